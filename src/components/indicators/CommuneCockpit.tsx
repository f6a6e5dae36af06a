import Link from 'next/link'
import type { Payload } from 'payload'

import { getTranslations } from '@/i18n/getTranslations'
import type { UiLocale } from '@/i18n/locales'
import { requestLocale } from '@/i18n/request'
import { type CockpitItem, loadCockpit } from '@/indicators/cockpit'
import { indicatorValue } from '@/indicators/format'
import type { TrainingRow } from '@/indicators/training'
import type { User } from '@/payload-types'

import { IndicatorHelp } from './IndicatorHelp'

type T = (key: string, values?: Record<string, string | number>) => string

function regional(item: CockpitItem, t: T, locale: UiLocale): string {
  if (item.median === null) return t('medianHidden')
  if (item.unit === 'yesno') return t('regionalShare', { share: item.regionalShare ?? 0 })
  return t('median', { value: indicatorValue(item.unit, item.median, locale) })
}

function Training({ rows, t }: { rows: TrainingRow[]; t: T }) {
  if (rows.length === 0) return <p className="cockpit__extra">{t('noRegistration')}</p>
  return (
    <ul className="cockpit__extra">
      {rows.map((row) => (
        <li key={row.type}>{t('training', { label: row.label, registered: row.registered, attended: row.attended })}</li>
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
  const locale = await requestLocale()
  const t = await getTranslations('indicators.cockpit')
  return (
    <section aria-labelledby="tableau-de-bord" className="cockpit">
      <h2 id="tableau-de-bord">{t('title')}</h2>
      <p className="muted">{t('lead')}</p>
      <ul className="cockpit__grid">
        {items.map((item) => (
          <li key={item.key} className="cockpit__card">
            <h3 className="cockpit__label">{item.label}</h3>
            <p className="cockpit__value">{indicatorValue(item.unit, item.value, locale)}</p>
            <p className="cockpit__median">{regional(item, t, locale)}</p>
            {item.key === 'staff-trained' && <Training rows={training} t={t} />}
            <div className="cockpit__links">
              <IndicatorHelp
                id={`definition-${item.key}`}
                label={t('forIndicator', { label: item.label })}
                definition={item.definition}
                toggle={t('definition')}
              />
              <Link href={item.href} className="cockpit__detail">
                {t('detail')}
                <span className="visually-hidden">{t('forIndicator', { label: item.label })}</span>
              </Link>
            </div>
          </li>
        ))}
      </ul>
    </section>
  )
}
