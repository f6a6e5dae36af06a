import { committeesOf } from '@/access/roles'
import { requireSession } from '@/auth/currentUser'
import { ResultForm } from '@/components/ResultForm'
import { renewFeedAction } from '@/events/actions'
import { calendarToken, feedUrls } from '@/events/feeds'
import { eventTypes } from '@/events/vocabulary'

export const metadata = { title: 'S’abonner dans mon agenda' }

/** The personal feed links (events, by type, and for committee members their meetings) and their renewal. */
export default async function SubscriptionPage() {
  const { payload, user } = await requireSession()
  const urls = feedUrls(await calendarToken(payload, user))
  return (
    <>
      <p className="breadcrumb">
        <a href="/agenda">Agenda</a> › Abonnement
      </p>
      <h1>S’abonner dans mon agenda</h1>
      <p className="lead">
        Copiez un lien dans Outlook (« Ajouter un calendrier » › « À partir d’Internet »), Apple Calendar (« Nouvel abonnement ») ou Google
        Agenda (« À partir de l’URL ») : les événements y apparaissent et s’y mettent à jour, à l’heure de Zurich.
      </p>
      <p>Ces liens sont personnels : ne les partagez pas. Si un lien a circulé, renouvelez-les ci-dessous.</p>
      <dl className="feeds">
        <dt>Tous les événements</dt>
        <dd>
          <code>{urls.events}</code>
        </dd>
        {Object.entries(urls.byType).map(([type, url]) => (
          <div key={type}>
            <dt>{eventTypes[type as keyof typeof eventTypes]}s seulement</dt>
            <dd>
              <code>{url}</code>
            </dd>
          </div>
        ))}
        {committeesOf(user).length > 0 && (
          <>
            <dt>Mes séances de comité (privé)</dt>
            <dd>
              <code>{urls.meetings}</code>
            </dd>
          </>
        )}
      </dl>
      <ResultForm action={renewFeedAction} className="stacked-form" label="Renouveler mes liens">
        <button type="submit" className="secondary">
          Renouveler mes liens (les anciens cessent de fonctionner)
        </button>
      </ResultForm>
    </>
  )
}
