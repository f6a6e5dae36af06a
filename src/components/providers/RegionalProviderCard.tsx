import { monthYear, numericDate } from '@/format/dates'
import { type Audience, communesWord as communes, contractsWord as contracts, type RegionalProvider } from '@/providers/regional'

/** One provider of the region's view: its communes and contracts, its most frequent gaps, its coming notice deadlines. */
export function RegionalProviderCard({ provider, audience }: { provider: RegionalProvider; audience: Audience }) {
  const coordination = audience === 'coordination'
  const deadlines = coordination ? (provider.deadlines ?? []).length : (provider.deadlineMonths ?? []).reduce((n, m) => n + m.contracts, 0)
  return (
    <section className="card" aria-labelledby={`prestataire-${provider.id}`}>
      <h2 className="card__title" id={`prestataire-${provider.id}`}>
        {provider.name}
      </h2>
      <dl className="measure-facts">
        <dt>Communes</dt>
        <dd data-testid="communes">
          {communes(provider.communes)}
          {coordination && provider.communeNames?.length ? ` : ${provider.communeNames.join(', ')}` : ''}
        </dd>
        <dt>Contrats</dt>
        <dd data-testid="contracts">{contracts(provider.contracts ?? 0)}</dd>
        <dt>Échéances à 12 mois</dt>
        <dd>{deadlines ? contracts(deadlines) : 'aucune'}</dd>
      </dl>
      <h3>Lacunes les plus fréquentes</h3>
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
        <p className="muted">Aucune lacune relevée dans les checklists de ces contrats.</p>
      )}
      <h3>Délais de résiliation dans les 12 mois</h3>
      {coordination ? (
        provider.deadlines?.length ? (
          <ul className="provider-deadlines" data-testid="deadlines">
            {provider.deadlines.map((d) => (
              <li key={d.contract}>
                <strong>{numericDate(d.day)}</strong> — {d.commune} : <a href={`/contrats/${d.contract}`}>{d.service}</a>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">Aucun délai de résiliation dans les 12 prochains mois.</p>
        )
      ) : provider.deadlineMonths?.length ? (
        <ul className="provider-deadlines" data-testid="deadlines">
          {provider.deadlineMonths.map((m) => (
            <li key={m.month}>
              <strong>{monthYear(m.month)}</strong> : {contracts(m.contracts)}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">Aucun délai de résiliation dans les 12 prochains mois.</p>
      )}
    </section>
  )
}
