import { notFound } from 'next/navigation'
import { getPayload } from 'payload'

import { AuthPage } from '@/components/AuthPage'
import { Alert } from '@/components/ui/Alert'
import { checkUnsubscribe } from '@/follow/unsubscribe'
import type { PageParams } from '@/forms/searchParams'
import config from '@payload-config'

export const metadata = { title: 'Se désabonner' }

type Props = { params: Promise<{ token: string }>; searchParams: Promise<PageParams> }

/**
 * The page of an unsubscribe link of the digest (no session: the link is signed for one person and one kind). One
 * button confirms, so that a mail scanner opening the link unsubscribes nobody; mail apps use the one-click POST.
 */
export default async function UnsubscribePage({ params, searchParams }: Props) {
  const payload = await getPayload({ config })
  const { token } = await params
  const checked = await checkUnsubscribe(payload, token)
  if (!checked.ok) notFound()
  const doneNow = (await searchParams).fait === '1'
  return (
    <AuthPage title="Se désabonner">
      {doneNow ? (
        <Alert kind="success">
          C’est fait : vous ne recevrez plus « {checked.label} ». Vous pouvez changer d’avis dans Mon compte › Notifications.
        </Alert>
      ) : (
        <>
          <p>Vous ne voulez plus recevoir « {checked.label} » dans votre résumé par e-mail ?</p>
          <form method="post" action={`/desabonnement/${token}/confirmer`} className="auth-form">
            <button type="submit">Me désabonner</button>
          </form>
        </>
      )}
      <p className="auth-links">
        <a href="/compte/notifications">Gérer mes notifications</a> (connexion nécessaire)
      </p>
    </AuthPage>
  )
}
