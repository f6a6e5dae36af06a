import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import { getPayload } from 'payload'

import { escapeHtml } from '@/email/templates/layout'
import type { User } from '@/payload-types'
import { loadTemplate } from '@/templates/view'
import config from '@payload-config'

/**
 * GET /modeles/<slug>/telecharger: the template as a standalone HTML document that word processors
 * (Word, LibreOffice) open and save as .docx; read as the logged-in user like the page.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers })
  if (!user) return new Response('Connexion requise.', { status: 401 })
  const { slug } = await params
  const template = await loadTemplate(payload, user as User, slug, 0)
  if (!template) return new Response('Modèle introuvable.', { status: 404 })
  const body = template.body ? convertLexicalToHTML({ data: template.body as never }) : ''
  const html = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${escapeHtml(template.title)}</title></head>
<body><h1>${escapeHtml(template.title)}</h1>${body}${template.source ? `<p><small>Source : ${escapeHtml(template.source)}</small></p>` : ''}</body></html>`
  return new Response(html, {
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'content-disposition': `attachment; filename="${template.slug}.html"`,
      'cache-control': 'no-store',
    },
  })
}
