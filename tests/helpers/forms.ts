/**
 * A browser without JavaScript, in a few lines: reads a page's form (its hidden inputs carry the server action
 * Next rendered into it) and posts it as multipart, the way the form submits before React has loaded.
 * Lets HTTP tests drive the French pages' server actions against the production build.
 */
const decode = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')

const attributes = (tag: string) => Object.fromEntries([...tag.matchAll(/([\w:$-]+)="([^"]*)"/g)].map((m) => [m[1]!, decode(m[2]!)]))

/** The HTML of the first form containing `marker` (a field name, label or text). */
export function formIn(html: string, marker: string): string {
  const form = [...html.matchAll(/<form[\s\S]*?<\/form>/g)].map((m) => m[0]).find((f) => f.includes(marker))
  if (!form) throw new Error(`no form containing ${marker}`)
  return form
}

export type FormResponse = { status: number; html: string; location: string | null; setCookie: string[] }

export async function postForm(
  url: string,
  form: string,
  fields: Record<string, string>,
  cookie?: string,
  extraHeaders: Record<string, string> = {},
): Promise<FormResponse> {
  const body = new FormData()
  for (const [, tag] of form.matchAll(/(<input[^>]*type="hidden"[^>]*>)/g)) {
    const { name, value } = attributes(tag!)
    if (name && !(name in fields)) body.append(name, value ?? '')
  }
  for (const [name, value] of Object.entries(fields)) body.append(name, value)
  const origin = new URL(url).origin
  const headers: Record<string, string> = { origin, ...extraHeaders }
  if (cookie) headers.cookie = cookie
  const response = await fetch(url, { method: 'POST', body, headers, redirect: 'manual' })
  return {
    status: response.status,
    html: await response.text(),
    location: response.headers.get('location'),
    setCookie: response.headers.getSetCookie(),
  }
}

/** `name=value` of a Set-Cookie list, for the next request's Cookie header. */
export const sessionCookie = (setCookie: string[], name = 'payload-token') => {
  const found = setCookie.find((c) => c.startsWith(`${name}=`))
  return found ? found.split(';')[0]! : null
}
