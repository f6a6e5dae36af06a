import { forbidden } from 'next/navigation'

import { isStaff } from '@/access/roles'
import { requireSession } from '@/auth/currentUser'
import { checklistRollup } from '@/checklists/rollup'

export const metadata = { title: 'Suivi régional des checklists' }

const columns = [
  ['done', 'Fait'],
  ['partial', 'En partie'],
  ['todo', 'Pas fait'],
  ['na', 'Non applicable'],
  ['none', 'Sans réponse'],
] as const

export default async function RollupPage() {
  const { payload, user } = await requireSession()
  if (!isStaff(user)) forbidden()
  const { communes, guides } = await checklistRollup(payload, user)

  return (
    <>
      <h1>Suivi régional des checklists</h1>
      <p className="lead">
        Pour chaque guide publié et chaque action, le nombre de communes (sur {communes}) par état.{' '}
        <a href="/guides/suivi/export" download>
          Exporter en CSV
        </a>{' '}
        · La vue commune par commune, avec les indicateurs : <a href="/region">Où en est la région</a>.
      </p>
      {guides.map((guide) => (
        <section key={guide.id} aria-labelledby={`rollup-${guide.id}`} className="rollup">
          <h2 id={`rollup-${guide.id}`}>
            <a href={`/guides/${guide.slug}`}>{guide.title}</a>
          </h2>
          <table className="table-cards">
            <thead>
              <tr>
                <th scope="col">Action</th>
                {columns.map(([key, label]) => (
                  <th key={key} scope="col">
                    {label}
                  </th>
                ))}
                <th scope="col" aria-label="Répartition">
                  Répartition
                </th>
              </tr>
            </thead>
            <tbody>
              {guide.items.map((item) => (
                <tr key={item.key}>
                  <th scope="row">{item.label}</th>
                  {columns.map(([key, label]) => (
                    <td key={key} data-count={key} data-label={label}>
                      {item.counts[key]}
                    </td>
                  ))}
                  <td>
                    <div className="bar" aria-hidden="true">
                      {columns.map(([key]) => (
                        <span
                          key={key}
                          className={`bar__${key}`}
                          style={{ width: `${(item.counts[key] / Math.max(communes, 1)) * 100}%` }}
                        />
                      ))}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <details>
            <summary>
              {guide.notStarted.length} commune{guide.notStarted.length > 1 ? 's' : ''} n’ont pas commencé
            </summary>
            <p data-testid={`not-started-${guide.slug}`}>{guide.notStarted.join(', ') || 'Toutes les communes ont commencé.'}</p>
          </details>
        </section>
      ))}
    </>
  )
}
