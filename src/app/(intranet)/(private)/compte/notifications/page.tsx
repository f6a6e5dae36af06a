import { requireSession } from '@/auth/currentUser'
import { FollowButton } from '@/components/follow/FollowButton'
import { ResultForm } from '@/components/ResultForm'
import { Button } from '@/components/ui/Button'
import { EmptyState } from '@/components/ui/EmptyState'
import { PageHeader } from '@/components/ui/PageHeader'
import { digestSettingsAction } from '@/follow/actions'
import { loadNotificationSettings } from '@/follow/view'
import { digestFrequencies, notificationKinds } from '@/follow/vocabulary'

export const metadata = { title: 'Notifications' }

const back = '/compte/notifications'

/** The person's digest (how often, which kinds) and everything they follow, each with « Ne plus suivre ». */
export default async function NotificationsPage() {
  const { payload, user } = await requireSession()
  const settings = await loadNotificationSettings(payload, user)
  const following = settings.lines.filter((line) => line.following)
  const turnedOff = settings.lines.filter((line) => !line.following && line.byDefault)
  return (
    <>
      <PageHeader
        title="Notifications"
        breadcrumb={[{ href: '/compte', label: 'Mon compte' }]}
        lead="Ce qui change dans ce que vous suivez vous arrive en un seul e-mail, le résumé. Les alertes régionales, les convocations aux séances et les confirmations d’inscription restent envoyées tout de suite."
      />

      <section aria-labelledby="resume">
        <h2 id="resume">Votre résumé par e-mail</h2>
        <ResultForm action={digestSettingsAction} className="stacked-form" label="Votre résumé par e-mail">
          <fieldset className="checklist-item">
            <legend>Fréquence</legend>
            {Object.entries(digestFrequencies).map(([value, label]) => (
              <label key={value} className="inline">
                <input type="radio" name="frequency" value={value} defaultChecked={settings.frequency === value} /> {label}
              </label>
            ))}
          </fieldset>
          <fieldset className="checklist-item">
            <legend>Ce que le résumé contient</legend>
            {Object.entries(notificationKinds).map(([value, label]) => (
              <div key={value}>
                <label className="inline">
                  <input type="checkbox" name="kinds" value={value} defaultChecked={!settings.muted.includes(value as never)} /> {label}
                </label>
              </div>
            ))}
          </fieldset>
          <Button>Enregistrer</Button>
        </ResultForm>
      </section>

      <section aria-labelledby="suivis">
        <h2 id="suivis">Ce que vous suivez</h2>
        {following.length === 0 ? (
          <EmptyState title="Vous ne suivez rien pour l’instant.">
            Sur la page d’un guide, d’une mesure, d’un comité (Séances) ou d’un produit (Qui utilise quoi), choisissez « Suivre ».
          </EmptyState>
        ) : (
          <ul className="follow-list">
            {following.map((line) => (
              <li key={`${line.target}-${line.key}`}>
                <span>
                  {line.href ? <a href={line.href}>{line.label}</a> : line.label}
                  {line.byDefault && <span className="meta"> — par défaut, selon votre rôle</span>}
                </span>
                <FollowButton target={line.target} itemKey={line.key} name={line.label} following back={back} compact />
              </li>
            ))}
          </ul>
        )}
        {turnedOff.length > 0 && (
          <>
            <h3>Suivis par défaut que vous avez arrêtés</h3>
            <ul className="follow-list">
              {turnedOff.map((line) => (
                <li key={`${line.target}-${line.key}`}>
                  <span>{line.href ? <a href={line.href}>{line.label}</a> : line.label}</span>
                  <FollowButton target={line.target} itemKey={line.key} name={line.label} following={false} back={back} compact />
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="veille">
        <h2 id="veille">Veille</h2>
        <p>Les nouveaux articles de veille des thèmes que vous suivez arrivent dans votre résumé.</p>
        <ul className="follow-list">
          {settings.watch.map((watch) => (
            <li key={watch.kind}>
              <span>{watch.label}</span>
              <FollowButton
                target="watch-kind"
                itemKey={watch.kind}
                name={`la veille « ${watch.label} »`}
                following={watch.following}
                back={back}
                compact
              />
            </li>
          ))}
        </ul>
      </section>
    </>
  )
}
