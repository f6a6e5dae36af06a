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
import { getTranslations } from '@/i18n/getTranslations'

export async function generateMetadata() {
  const t = await getTranslations('home')
  return { title: t('title') }
}

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
  const t = await getTranslations('home')

  return (
    <>
      <h1>{t('hello', { name: user.name })}</h1>
      <p className="lead" data-testid="commune">
        {commune ? t('commune', { name: commune.name }) : t('noCommune')}
        {user.function ? ` · ${user.function}` : ''}
      </p>
      <RequestDecidedNotice decided={decided} />
      <AlertBanner alerts={alerts} canCheck={isCommuneSteward(user)} hasCommune={communeOf(user) !== null} />

      <section className="home-section" aria-labelledby="home-todo" data-testid="home-todo">
        <h2 id="home-todo">{t('todo')}</h2>
        {hasTasks(home) ? (
          <TaskList home={home} staff={staff} />
        ) : (
          <p data-testid="home-nothing">
            {t('nothing')}{' '}
            {communeOf(user)
              ? t.rich('nothingCommune', { link: (chunks) => <Link href="/guides">{chunks}</Link> })
              : t.rich('nothingOther', {
                  guides: (chunks) => <Link href="/guides">{chunks}</Link>,
                  measures: (chunks) => <Link href="/mesures">{chunks}</Link>,
                })}
          </p>
        )}
      </section>

      {home.checklists && commune && <ChecklistProgress guides={home.checklists} communeName={commune.name} />}
      {!home.checklists && staff && (
        <section className="home-section" aria-labelledby="home-rollup">
          <h2 id="home-rollup">{t('rollupTitle')}</h2>
          <p>{t.rich('rollup', { link: (chunks) => <Link href="/guides/suivi">{chunks}</Link> })}</p>
        </section>
      )}
      <AgendaSection agenda={home.agenda} />
      <ChangesSection changes={home.changes} />
    </>
  )
}
