import type { Payload } from 'payload'

import { loadOrganisationName } from '@/settings/view'

/** Relais's mark, the logo of public/logo.svg: the admin's small icon (navigation, breadcrumbs). */
export function RelaisIcon() {
  // eslint-disable-next-line @next/next/no-img-element -- a static SVG of public/, no optimisation to gain
  return <img src="/logo.svg" alt="Relais" width={28} height={28} style={{ display: 'block' }} />
}

/** The admin's logo (login page): the mark, « Relais » and the organisation's name from the site settings. */
export async function RelaisLogo({ payload }: { payload: Payload }) {
  const organisation = await loadOrganisationName(payload).catch(() => null)
  return (
    <span className="relais-logo">
      {/* eslint-disable-next-line @next/next/no-img-element -- a static SVG of public/ */}
      <img src="/logo.svg" alt="" width={56} height={56} />
      <span>
        <strong>Relais</strong>
        {organisation ? <span>{organisation}</span> : null}
      </span>
    </span>
  )
}

/** At the top of the admin's navigation: back to the intranet, and whose intranet this is. */
export async function BackToIntranet({ payload }: { payload: Payload }) {
  const organisation = await loadOrganisationName(payload).catch(() => null)
  return (
    <div className="relais-nav-brand">
      <a href="/" className="relais-nav-brand__back">
        ← Retour à l’intranet
      </a>
      <span className="relais-nav-brand__name">
        {/* eslint-disable-next-line @next/next/no-img-element -- a static SVG of public/ */}
        <img src="/logo.svg" alt="" width={24} height={24} />
        <span>Relais{organisation ? <small> · {organisation}</small> : null}</span>
      </span>
    </div>
  )
}
