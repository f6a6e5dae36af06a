import { monthYear, numericDate } from '@/format/dates'
import { getTranslations } from '@/i18n/getTranslations'
import { requestLocale } from '@/i18n/request'
import { type Audience, communesWord, contractsWord, type RegionalProvider } from '@/providers/regional'

/** One provider of the region's view: its communes and contracts, its most frequent gaps, its coming notice deadlines. */
export async function RegionalProviderCard({ provider, audience }: { provider: RegionalProvider; audience: Audience }) {
  const [t, locale] = await Promise.all([getTranslations('providers'), requestLocale()])
  const communes = (count: RegionalProvider['communes']) => communesWord(count, t)
  const contracts = (count: number) => contractsWord(count, t)
  const coordination = audience === 'coordination'
  const deadlines = coordination ? (provider.deadlines ?? []).length : (provider.deadlineMonths ?? []).reduce((n, m) => n + m.contracts, 0)
  return (
    <section className="card" aria-labelledby={`prestataire-${provider.id}`}>
      <h2 className="card__title" id={`prestataire-${provider.id}`}>
        {provider.name}
      </h2>
      <dl className="measure-facts">
        <dt>{t('card.communes')}</dt>
        <dd data-testid="communes">
          {communes(provider.communes)}
          {coordination && provider.communeNames?.length ? ` : ${provider.communeNames.join(', ')}` : ''}
        </dd>
        <dt>{t('card.contracts')}</dt>
        <dd data-testid="contracts">{contracts(provider.contracts ?? 0)}</dd>
        <dt>{t('card.terms')}</dt>
        <dd>{deadlines ? contracts(deadlines) : t('card.noTerms')}</dd>
      </dl>
      <h3>{t('card.gaps')}</h3>
      {provider.gaps?.length ? (
        <ol className="provider-gaps" data-testid="gaps">
          {provider.gaps.map((gap) => (
            <li key={gap.criterion}>
              {gap.title} —{' '}
              {coordination && gap.contracts !== null ? `${contracts(gap.contracts)}, ${communes(gap.communes)}` : communes(gap.communes)}
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">{t('card.noGaps')}</p>
      )}
      <h3>{t('card.deadlines')}</h3>
      {coordination ? (
        provider.deadlines?.length ? (
          <ul className="provider-deadlines" data-testid="deadlines">
            {provider.deadlines.map((d) => (
              <li key={d.contract}>
                <strong>{numericDate(d.day, locale)}</strong> — {d.commune} : <a href={`/contrats/${d.contract}`}>{d.service}</a>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('card.noDeadlines')}</p>
        )
      ) : provider.deadlineMonths?.length ? (
        <ul className="provider-deadlines" data-testid="deadlines">
          {provider.deadlineMonths.map((m) => (
            <li key={m.month}>
              <strong>{monthYear(m.month, locale)}</strong> : {contracts(m.contracts)}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('card.noDeadlines')}</p>
      )}
    </section>
  )
}
