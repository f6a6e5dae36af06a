import Link from 'next/link'

import { getTranslations } from '@/i18n/getTranslations'
import type { SiteSetting } from '@/payload-types'

/** The footer of every intranet page: whom to contact and where to find help (Administration › Paramètres du site). */
export async function SiteFooter({ settings, canEdit }: { settings: SiteSetting; canEdit: boolean }) {
  const { organisationName, contactEmail, contactPhone, postalAddress, helpText } = settings
  const t = await getTranslations('shell.footer')
  const hasContact = Boolean(contactEmail || contactPhone || postalAddress)
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <section aria-labelledby="footer-contact">
          <h2 id="footer-contact">{t('contact')}</h2>
          <address>
            <p>{organisationName}</p>
            {postalAddress && <p className="notes">{postalAddress}</p>}
            {contactEmail && (
              <p>
                <a href={`mailto:${contactEmail}`}>{contactEmail}</a>
              </p>
            )}
            {contactPhone && (
              <p>
                <a href={`tel:${contactPhone.replace(/[^\d+]/g, '')}`}>{contactPhone}</a>
              </p>
            )}
          </address>
          {!hasContact && canEdit && (
            <p>{t.rich('complete', { link: (chunks) => <Link href="/admin/globals/site-settings">{chunks}</Link> })}</p>
          )}
        </section>
        <section aria-labelledby="footer-help">
          <h2 id="footer-help">{t('help')}</h2>
          {helpText && <p className="notes">{helpText}</p>}
          <p>
            <Link href="/faq">{t('faq')}</Link>
          </p>
          <p>{t.rich('language', { link: (chunks) => <Link href="/compte#langue">{chunks}</Link> })}</p>
        </section>
      </div>
    </footer>
  )
}
