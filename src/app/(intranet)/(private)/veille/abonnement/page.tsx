import { requireSession } from '@/auth/currentUser'
import { CopyLink } from '@/components/events/CopyLink'
import { ResultForm } from '@/components/ResultForm'
import { PageHeader } from '@/components/ui'
import { renewFeedAction } from '@/events/actions'
import { calendarToken } from '@/events/feeds'
import { watchFeedUrls } from '@/watch/feeds'
import { watchKinds } from '@/watch/kinds'

export const metadata = { title: 'S’abonner à la veille' }

/**
 * The person's Atom feeds of the watch (all, and one per kind), how to add one to Outlook or Thunderbird, and the
 * renewal, which revokes these links and the calendar links at once (they share one secret).
 */
export default async function WatchSubscriptionPage() {
  const { payload, user } = await requireSession()
  const urls = watchFeedUrls(await calendarToken(payload, user))
  const feeds = [
    { label: 'Toute la veille', url: urls.all },
    ...Object.entries(urls.byKind).map(([kind, url]) => ({ label: `${watchKinds[kind as keyof typeof watchKinds]} seulement`, url })),
  ]
  return (
    <div className="subscription">
      <PageHeader
        title="S’abonner à la veille"
        breadcrumb={[{ href: '/veille', label: 'Veille' }]}
        lead="Ajoutez un de ces liens à Outlook, à Thunderbird ou à votre lecteur de flux : chaque nouvelle actualité de la veille y apparaît d’elle-même."
      />
      <h2>1. Copiez un lien</h2>
      <dl className="feeds">
        {feeds.map((feed) => (
          <div key={feed.url}>
            <dt>{feed.label}</dt>
            <dd>
              <CopyLink url={feed.url} label={feed.label} />
            </dd>
          </div>
        ))}
      </dl>
      <p className="message message--warning" role="note">
        Ces liens sont personnels : ne les transmettez à personne. Si un lien a circulé, renouvelez-les en bas de cette page.
      </p>

      <h2>2. Ajoutez-le à votre logiciel</h2>
      <p>Les noms des menus peuvent varier un peu selon la version.</p>
      <details className="howto">
        <summary>Outlook installé sur l’ordinateur (Windows, version classique)</summary>
        <ol>
          <li>Dans la liste des dossiers, faites un clic droit sur « Flux RSS ».</li>
          <li>Choisissez « Ajouter un nouveau flux RSS ».</li>
          <li>Collez le lien, cliquez sur « Ajouter », puis confirmez avec « Oui ».</li>
        </ol>
      </details>
      <details className="howto">
        <summary>Thunderbird</summary>
        <ol>
          <li>Dans le menu « Fichier », choisissez « Nouveau », puis « Compte de flux » ; donnez-lui un nom (par exemple « Relais »).</li>
          <li>Faites un clic droit sur ce compte, puis choisissez « S’abonner… ».</li>
          <li>Collez le lien dans « Adresse du flux », puis cliquez sur « Ajouter ».</li>
        </ol>
      </details>
      <p className="muted">
        Votre logiciel relit le lien régulièrement : une actualité publiée dans Relais y arrive, selon le logiciel, après quelques minutes
        ou quelques heures. Seules les actualités publiées y figurent.
      </p>

      <h2>Renouveler mes liens</h2>
      <ResultForm action={renewFeedAction} className="stacked-form" label="Renouveler mes liens">
        <p>
          Les anciens liens cessent aussitôt de fonctionner, ceux de la veille comme ceux de l’agenda : il faudra ajouter les nouveaux à vos
          logiciels.
        </p>
        <button type="submit" className="secondary">
          Renouveler mes liens
        </button>
      </ResultForm>
    </div>
  )
}
