import type { I18nClient } from '@payloadcms/translations'
import type { Payload } from 'payload'

import { loadCoordinatorDashboard } from '@/dashboard/view'
import { translatorFor } from '@/i18n/translator'
import type { User } from '@/payload-types'

import { adminLanguage } from './adminLanguage'

/**
 * The admin's first page (`admin.components.beforeDashboard`): what waits for the coordinator, each line a link
 * to the page where it is dealt with. Read as the logged-in person; Payload's list of collections follows.
 */
export async function CoordinatorDashboard({ payload, user, i18n }: { payload: Payload; user?: User | null; i18n?: I18nClient }) {
  if (!user) return null
  const t = translatorFor(adminLanguage(i18n), 'adminUi')
  const sections = await loadCoordinatorDashboard(payload, user)
  const waiting = sections.reduce((sum, section) => sum + section.items.length, 0)
  return (
    <section className="relais-dashboard" aria-labelledby="relais-dashboard-title">
      <h1 id="relais-dashboard-title">{t('dashboardTitle')}</h1>
      <p className="relais-dashboard__summary">{t('dashboardWaiting', { count: waiting })}</p>
      <div className="relais-dashboard__grid">
        {sections.map((section) => (
          <section key={section.key} className="relais-dashboard__card" aria-labelledby={`relais-${section.key}`}>
            <h2 id={`relais-${section.key}`}>
              {section.heading} <span className="relais-dashboard__count">{section.items.length}</span>
            </h2>
            <p className="relais-dashboard__about">{section.about}</p>
            {section.items.length ? (
              <ul>
                {section.items.slice(0, 8).map((item) => (
                  <li key={item.key}>
                    <a href={item.href}>{item.title}</a>
                    <span>{item.detail}</span>
                    {item.also ? <a href={item.also.href}>{item.also.label}</a> : null}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="relais-dashboard__empty">{section.empty}</p>
            )}
            {section.items.length > 8 ? <a href={section.listHref}>{t('dashboardSeeAll', { count: section.items.length })}</a> : null}
          </section>
        ))}
      </div>
    </section>
  )
}
