import Link from 'next/link'

import { alertSeverities } from '@/alerts/vocabulary'
import { longDate } from '@/format/dates'
import type { RegionalAlert } from '@/payload-types'

/**
 * The regional alerts still to check, at the top of the home page: each says what to check and links to where the
 * commune marks it « vérifié chez nous ». Gone once the commune has checked it, or when it expires.
 */
export function AlertBanner({ alerts, canCheck, hasCommune }: { alerts: RegionalAlert[]; canCheck: boolean; hasCommune: boolean }) {
  if (!alerts.length) return null
  return (
    <section className="message message--warning alert-banner" aria-labelledby="home-alerts" data-testid="alert-banner">
      <h2 id="home-alerts" className="message__title">
        {alerts.length > 1 ? `${alerts.length} alertes régionales à vérifier` : 'Alerte régionale à vérifier'}
      </h2>
      <ul>
        {alerts.map((alert) => (
          <li key={alert.id}>
            <Link href={`/alertes/${alert.id}`}>{alert.title}</Link>{' '}
            <span className="meta">
              ({alertSeverities[alert.severity]}, jusqu’au {longDate(alert.expiresOn)})
            </span>
          </li>
        ))}
      </ul>
      <p>
        {!hasCommune
          ? 'Chaque commune la vérifie de son côté ; le bandeau disparaît à son expiration.'
          : canCheck
            ? `Vérifiez ${alerts.length > 1 ? 'chacune' : 'ce point'} dans votre commune, puis marquez-${alerts.length > 1 ? 'les' : 'la'} « vérifié chez nous ».`
            : 'Le ou la secrétaire municipal·e ou le ou la référent·e numérique de votre commune la marque « vérifié chez nous » une fois la vérification faite.'}
      </p>
    </section>
  )
}
