import type { I18nClient } from '@payloadcms/translations'
import type { Payload } from 'payload'

import { translatorFor } from '@/i18n/translator'
import { loadOrganisationName } from '@/settings/view'

import { adminLanguage } from './adminLanguage'

/** The product's name: the same in every language. */
const productName = 'Relais'

/** Relais's mark, the logo of public/logo.svg: the admin's small icon (navigation, breadcrumbs). */
export function RelaisIcon() {
  // eslint-disable-next-line @next/next/no-img-element -- a static SVG of public/, no optimisation to gain
  return <img src="/logo.svg" alt={productName} width={28} height={28} style={{ display: 'block' }} />
}

/** The admin's logo (login page): the mark, « Relais » and the organisation's name from the site settings. */
export async function RelaisLogo({ payload }: { payload: Payload }) {
  const organisation = await loadOrganisationName(payload).catch(() => null)
  return (
    <span className="relais-logo">
      {/* eslint-disable-next-line @next/next/no-img-element -- a static SVG of public/ */}
      <img src="/logo.svg" alt="" width={56} height={56} />
      <span>
        <strong>{productName}</strong>
        {organisation ? <span>{organisation}</span> : null}
      </span>
    </span>
  )
}

/** At the top of the admin's navigation: back to the intranet, and whose intranet this is. */
export async function BackToIntranet({ payload, i18n }: { payload: Payload; i18n?: I18nClient }) {
  const t = translatorFor(adminLanguage(i18n), 'adminUi')
  const organisation = await loadOrganisationName(payload).catch(() => null)
  return (
    <div className="relais-nav-brand">
      <a href="/" className="relais-nav-brand__back">
        {t('backToIntranet')}
      </a>
      <span className="relais-nav-brand__name">
        {/* eslint-disable-next-line @next/next/no-img-element -- a static SVG of public/ */}
        <img src="/logo.svg" alt="" width={24} height={24} />
        <span>
          {productName}
          {organisation ? <small> · {organisation}</small> : null}
        </span>
      </span>
    </div>
  )
}
