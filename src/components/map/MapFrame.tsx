'use client'

import { useRouter } from 'next/navigation'
import { type FocusEvent, type MouseEvent, type PointerEvent, type ReactNode, useState } from 'react'

type Tip = { text: string; x: number; y: number }

/** The commune link an event happened in (the map's <a data-tip> elements), if any. */
const communeLink = (target: EventTarget | null) =>
  target instanceof Element ? (target.closest('a[data-tip]') as (Element & { dataset?: DOMStringMap }) | null) : null

const tipOf = (link: Element | null): Tip | null => {
  const data = (link as HTMLElement | SVGElement | null)?.dataset
  if (!data?.tip) return null
  return { text: data.tip, x: Number(data.x), y: Number(data.y) }
}

/**
 * Around the server-rendered map: shows the commune's name next to it on hover and on keyboard focus (a visible
 * label, not only the SVG title a mouse must rest on), and turns a click on a commune into an in-page navigation
 * (the panel beside the map changes, the page stays where it is). Without JavaScript, the links load the page.
 */
export function MapFrame({ children }: { children: ReactNode }) {
  const router = useRouter()
  const [hovered, setHovered] = useState<Tip | null>(null)
  const [focused, setFocused] = useState<Tip | null>(null)
  const tip = hovered ?? focused

  const choose = (event: MouseEvent) => {
    const link = communeLink(event.target)
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    const href = link.getAttribute('href')
    if (!href) return
    event.preventDefault()
    router.push(href, { scroll: false })
    // On a phone the panel is under the map: bring it into view once it has changed.
    const panel = document.getElementById('commune')
    if (panel && panel.getBoundingClientRect().top > window.innerHeight) panel.scrollIntoView({ block: 'start' })
  }

  // Near an edge, the label opens inwards so that it never sticks out of the frame (no page wider than the screen).
  const align = !tip ? '' : tip.x < 25 ? ' map-tip--start' : tip.x > 75 ? ' map-tip--end' : ''
  const below = tip && tip.y < 20 ? ' map-tip--below' : ''
  return (
    <div
      className="map-frame"
      onClick={choose}
      onPointerOver={(event: PointerEvent) => setHovered(tipOf(communeLink(event.target)))}
      onPointerLeave={() => setHovered(null)}
      onFocus={(event: FocusEvent) => setFocused(tipOf(communeLink(event.target)))}
      onBlur={() => setFocused(null)}
    >
      {children}
      {tip && (
        <div className={`map-tip${align}${below}`} style={{ left: `${tip.x}%`, top: `${tip.y}%` }} aria-hidden="true" data-testid="map-tip">
          {tip.text}
        </div>
      )}
    </div>
  )
}
