/**
 * The menu entry of the section a path belongs to: the longest entry that is the path or one of its parents
 * (`/guides/suivi` → « Suivi des checklists », `/guides/sauvegardes` → « Guides »; `/` only for the home page).
 */
export function currentSection(pathname: string, hrefs: string[]): string | undefined {
  const path = pathname.split(/[?#]/)[0]!.replace(/\/+$/, '') || '/'
  let best: string | undefined
  for (const href of hrefs) {
    const matches = href === '/' ? path === '/' : path === href || path.startsWith(`${href}/`)
    if (matches && (!best || href.length > best.length)) best = href
  }
  return best
}
