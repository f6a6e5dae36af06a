import Link from 'next/link'

import { committeesOf } from '@/access/roles'
import { requireSession } from '@/auth/currentUser'
import { CopyLink } from '@/components/events/CopyLink'
import { ResultForm } from '@/components/ResultForm'
import { renewFeedAction } from '@/events/actions'
import { calendarToken, feedUrls } from '@/events/feeds'
import { eventTypes } from '@/events/vocabulary'

export const metadata = { title: 'S’abonner dans mon agenda' }

/**
 * The person's own feed links (events, by type, and for committee members their meetings) with a copy button
 * each, how to add one to Outlook, Apple Calendar and Google Agenda, and the renewal that revokes them.
 */
export default async function SubscriptionPage() {
  const { payload, user } = await requireSession()
  const urls = feedUrls(await calendarToken(payload, user))
  const feeds = [
    { label: 'Tous les événements', url: urls.events },
    ...Object.entries(urls.byType).map(([type, url]) => ({ label: `${eventTypes[type as keyof typeof eventTypes]}s seulement`, url })),
    ...(committeesOf(user).length > 0 ? [{ label: 'Mes séances de comité (privé)', url: urls.meetings }] : []),
  ]
  return (
    <div className="subscription">
      <p className="breadcrumb">
        <Link href="/agenda">Agenda</Link> › Abonnement
      </p>
      <h1>S’abonner dans mon agenda</h1>
      <p className="lead">
        Ajoutez un de ces liens à votre agenda (Outlook, Apple Calendar ou Google Agenda) : les événements de Relais y apparaissent et se
        mettent à jour d’eux-mêmes, à l’heure de Zurich.
      </p>

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

      <h2>2. Ajoutez-le à votre agenda</h2>
      <p>Choisissez votre logiciel et suivez les étapes. Les noms des menus peuvent varier un peu selon la version.</p>
      <details className="howto">
        <summary>Outlook sur le web (et le nouvel Outlook pour Windows)</summary>
        <ol>
          <li>Ouvrez le calendrier d’Outlook.</li>
          <li>Dans la colonne de gauche, choisissez « Ajouter un calendrier ».</li>
          <li>Choisissez « S’abonner à partir du web ».</li>
          <li>Collez le lien, donnez un nom au calendrier (par exemple « Relais »), puis validez.</li>
        </ol>
      </details>
      <details className="howto">
        <summary>Outlook installé sur l’ordinateur (Windows, version classique)</summary>
        <ol>
          <li>Ouvrez le calendrier d’Outlook.</li>
          <li>Dans l’onglet « Accueil », choisissez « Ajouter un calendrier », puis « À partir d’Internet ».</li>
          <li>Collez le lien, cliquez sur « OK », puis confirmez l’abonnement.</li>
        </ol>
      </details>
      <details className="howto">
        <summary>Apple Calendar sur Mac</summary>
        <ol>
          <li>Ouvrez l’app Calendrier.</li>
          <li>Dans le menu « Fichier », choisissez « Nouvel abonnement à un calendrier ».</li>
          <li>Collez le lien, puis cliquez sur « S’abonner ».</li>
          <li>Pour le retrouver aussi sur votre iPhone, choisissez l’emplacement « iCloud », puis cliquez sur « OK ».</li>
        </ol>
      </details>
      <details className="howto">
        <summary>Apple Calendar sur iPhone ou iPad</summary>
        <ol>
          <li>Ouvrez cette page de Relais sur l’iPhone et copiez le lien.</li>
          <li>Ouvrez « Réglages », puis « Calendrier » (sur les versions récentes : « Réglages », « Apps », « Calendrier »).</li>
          <li>Touchez « Comptes », puis « Ajouter un compte », puis « Autre ».</li>
          <li>Touchez « Ajouter un calendrier avec abonnement », collez le lien, touchez « Suivant », puis « Enregistrer ».</li>
        </ol>
      </details>
      <details className="howto">
        <summary>Google Agenda</summary>
        <ol>
          <li>Ouvrez Google Agenda sur un ordinateur : l’application pour téléphone ne permet pas d’ajouter un lien.</li>
          <li>Dans la colonne de gauche, à côté de « Autres agendas », cliquez sur « + », puis sur « À partir de l’URL ».</li>
          <li>Collez le lien, puis cliquez sur « Ajouter un agenda ».</li>
          <li>
            L’agenda apparaît sous « Autres agendas », aussi sur votre téléphone. Google le met à jour de lui-même, parfois avec quelques
            heures de retard.
          </li>
        </ol>
      </details>
      <p className="muted">
        Votre agenda relit le lien régulièrement : un événement ajouté, déplacé ou annulé dans Relais y suit, selon votre logiciel après
        quelques minutes ou quelques heures. Vous ne pouvez pas modifier ces événements dans votre agenda.
      </p>

      <h2>Renouveler mes liens</h2>
      <ResultForm action={renewFeedAction} className="stacked-form" label="Renouveler mes liens">
        <p>Les anciens liens cessent aussitôt de fonctionner : il faudra ajouter le nouveau lien à votre agenda.</p>
        <button type="submit" className="secondary">
          Renouveler mes liens
        </button>
      </ResultForm>
    </div>
  )
}
