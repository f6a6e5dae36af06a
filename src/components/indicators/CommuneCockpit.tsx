import Link from 'next/link'
import type { Payload } from 'payload'

import { type CockpitItem, loadCockpit } from '@/indicators/cockpit'
import { indicatorValue } from '@/indicators/format'
import type { TrainingRow } from '@/indicators/training'
import type { User } from '@/payload-types'

import { IndicatorHelp } from './IndicatorHelp'

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('fr-CH')} ${n > 1 ? many : one}`

function regional(item: CockpitItem): string {
  if (item.median === null) return 'Médiane régionale : pas publiée (moins de 3 communes concernées)'
  if (item.unit === 'yesno') return `Dans la région : ${item.regionalShare ?? 0} % des communes`
  return `Médiane régionale : ${indicatorValue(item.unit, item.median)}`
}

function Training({ rows }: { rows: TrainingRow[] }) {
  if (rows.length === 0) return <p className="cockpit__extra">Aucune inscription sur la période.</p>
  return (
    <ul className="cockpit__extra">
      {rows.map((row) => (
        <li key={row.type}>
          {row.label} : {plural(row.registered, 'inscription', 'inscriptions')}, {plural(row.attended, 'présence', 'présences')}
        </li>
      ))}
    </ul>
  )
}

/**
 * The commune cockpit at the top of « Ma commune » (issue 25, §2): one card per indicator with the commune's value,
 * the regional median (never another commune), its definition and a link to the detail.
 */
export async function CommuneCockpit({ payload, user, commune }: { payload: Payload; user: User; commune: number }) {
  const result = await loadCockpit(payload, user, commune)
  if (!result.ok) return null
  const { items, training } = result.cockpit
  return (
    <section aria-labelledby="tableau-de-bord" className="cockpit">
      <h2 id="tableau-de-bord">Où en est la commune</h2>
      <p className="muted">
        Chaque chiffre est comparé à la médiane des communes de la région : la moitié des communes sont au-dessus, l’autre moitié
        au-dessous. Aucune autre commune n’est nommée.
      </p>
      <ul className="cockpit__grid">
        {items.map((item) => (
          <li key={item.key} className="cockpit__card">
            <h3 className="cockpit__label">{item.label}</h3>
            <p className="cockpit__value">{indicatorValue(item.unit, item.value)}</p>
            <p className="cockpit__median">{regional(item)}</p>
            {item.key === 'staff-trained' && <Training rows={training} />}
            <div className="cockpit__links">
              <IndicatorHelp id={`definition-${item.key}`} label={item.label} definition={item.definition} />
              <Link href={item.href} className="cockpit__detail">
                Voir le détail<span className="visually-hidden"> : {item.label}</span>
              </Link>
            </div>
          </li>
        ))}
      </ul>
    </section>
  )
}
