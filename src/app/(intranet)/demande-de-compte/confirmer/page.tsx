import { confirmRequestAction } from '@/accounts/actions'
import { AuthPage } from '@/components/AuthPage'
import { ResultForm } from '@/components/ResultForm'

export const metadata = { title: 'Confirmer la demande de compte' }

/** A button rather than a side effect of opening the link: mail scanners open links, people press buttons. */
export default async function ConfirmRequestPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token = '' } = await searchParams
  return (
    <AuthPage title="Confirmer ma demande de compte">
      <ResultForm action={confirmRequestAction} className="auth-form" replaceOnSuccess label="Confirmation">
        <input type="hidden" name="token" value={token} />
        <p>Confirmez votre adresse e-mail pour transmettre votre demande au secrétariat de votre commune.</p>
        <button type="submit">Confirmer ma demande</button>
      </ResultForm>
    </AuthPage>
  )
}
