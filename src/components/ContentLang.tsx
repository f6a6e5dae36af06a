import type React from 'react'

import type { Locale } from '@/i18n/locales'

/**
 * The `lang` attribute of an element holding content (a title, a text written by an editor): its own language, which
 * on a German page may be French (WCAG 3.1.2; the pseudo-language test leaves such text alone). Spread it on the
 * element: `<h1 {...langOf(guide)}>`. Interface text never goes inside such an element.
 */
export const langOf = (content: { lang?: Locale } | Locale | null | undefined): { lang?: Locale } => {
  const lang = typeof content === 'string' ? content : content?.lang
  return lang ? { lang } : {}
}

/** An element (a `div` unless `as` says otherwise) holding content in the language `lang`. */
export function ContentLang({
  lang,
  as: Tag = 'div',
  className,
  children,
}: {
  lang: Locale | undefined
  as?: 'div' | 'span' | 'p' | 'section' | 'h1' | 'h2' | 'h3'
  className?: string
  children: React.ReactNode
}) {
  return (
    <Tag className={className} {...langOf(lang)}>
      {children}
    </Tag>
  )
}
