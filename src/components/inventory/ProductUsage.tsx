import { getTranslations } from '@/i18n/getTranslations'
import { intlLocale } from '@/i18n/locales'
import { requestLocale } from '@/i18n/request'
import type { ProductUsage } from '@/inventory/anonymise'
import { minimumCommunes } from '@/inventory/vocabulary'

/**
 * What « Qui utilise quoi » may say of one product (src/inventory/anonymise.ts): how many communes (« moins de
 * 3 » under the threshold), the named ones with their référent to write to, the average rating and comments.
 */
export async function ProductUsageDetails({ usage }: { usage: ProductUsage }) {
  const [t, locale] = await Promise.all([getTranslations('inventory.usage'), requestLocale()])
  const average = usage.average === null ? '' : new Intl.NumberFormat(intlLocale(locale)).format(usage.average)
  return (
    <>
      <p>
        <strong>{t('usedBy', { communes: t('communes', { exact: usage.communes.exact ?? 0, minimum: minimumCommunes }) })}</strong>
        {usage.providers.length > 0 && <> · {t('providers', { names: usage.providers.join(', ') })}</>}
        {' · '}
        {usage.average === null ? <span className="muted">{t('noAverage', { minimum: minimumCommunes })}</span> : t('average', { average })}
      </p>
      {usage.named.length > 0 && (
        <>
          <p className="usage__heading">{t('named')}</p>
          <ul className="usage__contacts">
            {usage.named.map((contact) => (
              <li key={contact.commune}>
                <strong>{contact.commune}</strong>
                {contact.referentName && <> — {contact.referentName}</>}
                {contact.referentEmail && (
                  <>
                    {' '}
                    <a href={`mailto:${contact.referentEmail}?subject=${encodeURIComponent(t('mailSubject', { product: usage.name }))}`}>
                      {t('write', { email: contact.referentEmail })}
                    </a>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {usage.unnamed !== null && usage.unnamed > 0 && <p className="muted">{t('unnamed', { count: usage.unnamed })}</p>}
      {usage.comments.length > 0 && <p className="usage__heading">{t('comments')}</p>}
      {usage.comments.length > 0 && (
        <ul className="usage__comments">
          {usage.comments.map((comment, index) => (
            <li key={index}>
              {t('quoted', { text: comment.text })}
              {comment.commune ? <span className="muted"> — {comment.commune}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
