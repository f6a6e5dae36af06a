'use client'

import { useTranslations } from 'next-intl'
import { useEffect, useId, useRef, useState } from 'react'

import type { Suggestion } from '@/search/types'

/**
 * The header's search box: a form to /recherche (works without JavaScript) that suggests titles as the user
 * types, following the ARIA combobox pattern (arrow keys, Enter, Escape; the active option is announced).
 */
export function SearchBox({ initialQuery = '' }: { initialQuery?: string }) {
  const t = useTranslations('client.shell.search')
  const types = useTranslations('client.search.types')
  const [query, setQuery] = useState(initialQuery)
  const [found, setFound] = useState<Suggestion[]>([])
  const [active, setActive] = useState(-1)
  const [open, setOpen] = useState(false)
  const listId = useId()
  const request = useRef<AbortController | null>(null)

  useEffect(() => {
    const q = query.trim()
    if (q.length < 2) return
    // Wait for a pause in typing; a newer keystroke cancels the older request.
    const timer = setTimeout(async () => {
      request.current?.abort()
      const controller = new AbortController()
      request.current = controller
      try {
        const response = await fetch(`/api/search/suggest?q=${encodeURIComponent(q)}`, { signal: controller.signal })
        if (!response.ok) return setFound([])
        const { suggestions } = (await response.json()) as { suggestions: Suggestion[] }
        setFound(suggestions)
        setActive(-1)
      } catch {
        // Aborted or offline: the form still submits to the results page.
      }
    }, 120)
    return () => clearTimeout(timer)
  }, [query])

  // Under two letters nothing is suggested (an older answer is not shown either).
  const suggestions = query.trim().length < 2 ? [] : found
  const expanded = open && suggestions.length > 0
  const go = (url: string) => window.location.assign(url)

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && suggestions.length) {
      event.preventDefault()
      setOpen(true)
      setActive((index) => (index + 1) % suggestions.length)
    } else if (event.key === 'ArrowUp' && suggestions.length) {
      event.preventDefault()
      setActive((index) => (index <= 0 ? suggestions.length - 1 : index - 1))
    } else if (event.key === 'Escape') {
      setOpen(false)
      setActive(-1)
    } else if (event.key === 'Enter' && expanded && active >= 0) {
      event.preventDefault()
      go(suggestions[active]!.url)
    }
  }

  return (
    <form role="search" action="/recherche" method="get" className="search-box">
      <input
        type="search"
        name="q"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value)
          setOpen(true)
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        placeholder={t('placeholder')}
        aria-label={t('label')}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        autoComplete="off"
        maxLength={200}
        minLength={2}
        required
      />
      <button type="submit">{t('submit')}</button>
      <ul id={listId} role="listbox" aria-label={t('suggestions')} className="search-box__list" hidden={!expanded}>
        {suggestions.map((suggestion, index) => (
          <li
            key={suggestion.url}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            onMouseDown={(event) => {
              event.preventDefault()
              go(suggestion.url)
            }}
          >
            <span className="badge">{types(suggestion.type)}</span> {suggestion.title}
          </li>
        ))}
      </ul>
      <span className="visually-hidden" role="status">
        {expanded ? t('count', { count: suggestions.length }) : ''}
      </span>
    </form>
  )
}
