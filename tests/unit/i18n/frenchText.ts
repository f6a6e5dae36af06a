import fs from 'node:fs'
import path from 'node:path'

import ts from 'typescript'

/**
 * Finds interface text written into the code instead of the catalogues (messages/<lang>/*.json): JSX text, the
 * human-facing JSX attributes, and any string literal that reads as a French phrase (an accented letter, or a French
 * word among several words). Identifiers, paths, CSS classes and single technical words are not text.
 */
const humanAttributes = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label', 'aria-description', 'summary'])
const frenchWord =
  /(?:^|[\s'’(«])(le|la|les|des|du|de|un|une|et|est|pour|avec|sur|dans|aux|au|votre|vos|pas|ou|ce|cette|qui|que|sont|aucun|aucune|par|plus|vous|nous|il|elle|à|été|être|fait|faire|sans|mais)(?=$|[\s.,;:!?’'»)])/i
const accented = /[àâäçéèêëîïôöùûüÿœæÀÂÇÉÈÊËÎÏÔÖÙÛÜŒ]/

export function looksFrench(text: string): boolean {
  const trimmed = text.trim()
  if (!/\p{L}{2}/u.test(trimmed)) return false
  if (accented.test(trimmed)) return true
  return /\s/.test(trimmed) && frenchWord.test(trimmed)
}

export type Finding = { file: string; line: number; text: string }

export function frenchTextIn(file: string): Finding[] {
  const source = ts.createSourceFile(
    file,
    fs.readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  )
  const findings: Finding[] = []
  const report = (node: ts.Node, text: string) =>
    findings.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: text.trim().slice(0, 80) })
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return
    if (ts.isJsxText(node)) {
      if (/\p{L}/u.test(node.text)) report(node, node.text)
    } else if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    ) {
      const attribute = ts.isJsxAttribute(node.parent) ? node.parent.name.getText() : null
      const inCall = ts.isCallExpression(node.parent) ? node.parent.expression.getText() : ''
      // Messages for operators (logs) and keys given to the translator are not interface text.
      const technical =
        /^(console\.|payload\.logger\.|req\.payload\.logger\.|logger\.|t$|t\.rich|t\.has|translate|useTranslations|getTranslations|translatorFor|label|localizedOptions|messageAt)/.test(
          inCall,
        )
      if (!technical && ((attribute && humanAttributes.has(attribute) && /\p{L}/u.test(node.text)) || looksFrench(node.text)))
        report(node, node.text)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return findings
}

/** The code that shows or sends text: pages, components, e-mails, exports, collections and globals (admin labels). */
export const scannedRoots = ['src', 'collections', 'globals']
const skipped = [/^src\/migrations\//, /^src\/payload-types\.ts$/, /\.d\.ts$/]

export function scannedFiles(): string[] {
  const files: string[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (/\.tsx?$/.test(entry.name) && !skipped.some((pattern) => pattern.test(full))) files.push(full)
    }
  }
  for (const root of scannedRoots) walk(root)
  return files.sort()
}
