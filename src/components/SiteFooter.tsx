import Link from 'next/link'

import type { SiteSetting } from '@/payload-types'

/** The footer of every intranet page: whom to contact and where to find help (Administration › Paramètres du site). */
export function SiteFooter({ settings, canEdit }: { settings: SiteSetting; canEdit: boolean }) {
  const { organisationName, contactEmail, contactPhone, postalAddress, helpText } = settings
  const hasContact = Boolean(contactEmail || contactPhone || postalAddress)
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <section aria-labelledby="footer-contact">
          <h2 id="footer-contact">Contact</h2>
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
            <p>
              Coordonnées à compléter dans <Link href="/admin/globals/site-settings">Administration › Paramètres du site</Link>.
            </p>
          )}
        </section>
        <section aria-labelledby="footer-help">
          <h2 id="footer-help">Aide</h2>
          {helpText && <p className="notes">{helpText}</p>}
          <p>
            <Link href="/faq">Questions fréquentes</Link>
          </p>
        </section>
      </div>
    </footer>
  )
}
