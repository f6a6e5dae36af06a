import { forbidden } from 'next/navigation'

import { isStaff } from '@/access/roles'
import { requireSession } from '@/auth/currentUser'
import { checklistRollup, rollupColumns } from '@/checklists/rollup'
import { getTranslations } from '@/i18n/getTranslations'

export async function generateMetadata() {
  const t = await getTranslations('checklists.rollup')
  return { title: t('title') }
}

export default async function RollupPage() {
  const { payload, user } = await requireSession()
  if (!isStaff(user)) forbidden()
  const [t, states] = await Promise.all([getTranslations('checklists.rollup'), getTranslations('vocab.checklists.states')])
  const { communes, guides } = await checklistRollup(payload, user)
  const columns = rollupColumns.map((key) => [key, states(key)] as const)

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">
        {t('lead', { communes })}{' '}
        <a href="/guides/suivi/export" download>
          {t('export')}
        </a>{' '}
        · {t.rich('region', { link: (chunks) => <a href="/region">{chunks}</a> })}
      </p>
      {guides.map((guide) => (
        <section key={guide.id} aria-labelledby={`rollup-${guide.id}`} className="rollup">
          <h2 id={`rollup-${guide.id}`}>
            <a href={`/guides/${guide.slug}`}>{guide.title}</a>
          </h2>
          <table className="table-cards">
            <thead>
              <tr>
                <th scope="col">{t('action')}</th>
                {columns.map(([key, label]) => (
                  <th key={key} scope="col">
                    {label}
                  </th>
                ))}
                <th scope="col" aria-label={t('spread')}>
                  {t('spread')}
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
            <summary>{t('notStarted', { count: guide.notStarted.length })}</summary>
            <p data-testid={`not-started-${guide.slug}`}>{guide.notStarted.join(', ') || t('allStarted')}</p>
          </details>
        </section>
      ))}
    </>
  )
}
