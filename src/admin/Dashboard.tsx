import type { Payload } from 'payload'

import { loadCoordinatorDashboard } from '@/dashboard/view'
import type { User } from '@/payload-types'

/**
 * The admin's first page (`admin.components.beforeDashboard`): what waits for the coordinator, each line a link
 * to the page where it is dealt with. Read as the logged-in person; Payload's list of collections follows.
 */
export async function CoordinatorDashboard({ payload, user }: { payload: Payload; user?: User | null }) {
  if (!user) return null
  const sections = await loadCoordinatorDashboard(payload, user)
  const waiting = sections.reduce((sum, section) => sum + section.items.length, 0)
  return (
    <section className="relais-dashboard" aria-labelledby="relais-dashboard-title">
      <h1 id="relais-dashboard-title">Ce qui vous attend</h1>
      <p className="relais-dashboard__summary">
        {waiting === 0 ? 'Rien n’attend pour le moment.' : waiting === 1 ? 'Un élément attend.' : `${waiting} éléments attendent.`}
      </p>
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
            {section.items.length > 8 ? <a href={section.listHref}>Voir les {section.items.length} éléments</a> : null}
          </section>
        ))}
      </div>
    </section>
  )
}
