import Link from 'next/link'

import { communeOf, isCommuneSteward, isStaff } from '@/access/roles'
import { loadRequest } from '@/accounts/view'
import { loadAlertBanner } from '@/alerts/view'
import { requireSession } from '@/auth/currentUser'
import { loadOwnCommune } from '@/communes/view'
import { RequestDecidedNotice } from '@/components/account/RequestDecidedNotice'
import { AlertBanner } from '@/components/alerts/AlertBanner'
import { AgendaSection, ChangesSection, ChecklistProgress } from '@/components/home/Sections'
import { hasTasks, TaskList } from '@/components/home/TaskList'
import { firstParam, type PageParams } from '@/forms/searchParams'
import { loadHome } from '@/home/view'
import { recordId } from '@/http/recordId'

export const metadata = { title: 'Accueil' }

/**
 * The person's home: what needs them first (requests to decide, actions, proposals, reviews, contract deadlines),
 * then their commune's checklists, their agenda and what is new since their previous login. Each line links to
 * where it is done; an account request is decided right here.
 */
export default async function HomePage({ searchParams }: { searchParams: Promise<PageParams> }) {
  const { payload, user } = await requireSession()
  const decidedId = recordId(firstParam((await searchParams).demande))
  const [commune, home, decided, alerts] = await Promise.all([
    loadOwnCommune(payload, user),
    loadHome(payload, user),
    decidedId ? loadRequest(payload, user, decidedId) : null,
    loadAlertBanner(payload, user),
  ])
  const staff = isStaff(user)

  return (
    <>
      <h1>Bonjour {user.name}</h1>
      <p className="lead" data-testid="commune">
        {commune ? `Commune de ${commune.name}` : "Vous n'êtes rattaché·e à aucune commune."}
        {user.function ? ` · ${user.function}` : ''}
      </p>
      <RequestDecidedNotice decided={decided} />
      <AlertBanner alerts={alerts} canCheck={isCommuneSteward(user)} hasCommune={communeOf(user) !== null} />

      <section className="home-section" aria-labelledby="home-todo" data-testid="home-todo">
        <h2 id="home-todo">À faire</h2>
        {hasTasks(home) ? (
          <TaskList home={home} staff={staff} />
        ) : (
          <p data-testid="home-nothing">
            Rien ne vous attend pour l’instant : ni demande à valider, ni action en retard, ni échéance proche.{' '}
            {communeOf(user) ? (
              <>
                Profitez-en pour avancer les <Link href="/guides">checklists des guides</Link> de votre commune.
              </>
            ) : (
              <>
                Les <Link href="/guides">guides</Link> et les <Link href="/mesures">mesures</Link> sont à jour ici.
              </>
            )}
          </p>
        )}
      </section>

      {home.checklists && commune && <ChecklistProgress guides={home.checklists} communeName={commune.name} />}
      {!home.checklists && staff && (
        <section className="home-section" aria-labelledby="home-rollup">
          <h2 id="home-rollup">Les checklists des communes</h2>
          <p>
            Vous n’êtes rattaché·e à aucune commune : l’avancement de chaque commune est dans le{' '}
            <Link href="/guides/suivi">suivi des checklists</Link>.
          </p>
        </section>
      )}
      <AgendaSection agenda={home.agenda} />
      <ChangesSection changes={home.changes} />
    </>
  )
}
