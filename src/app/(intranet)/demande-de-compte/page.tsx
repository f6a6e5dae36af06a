import type { Metadata } from 'next'
import { getPayload } from 'payload'

import { requestAccountAction } from '@/accounts/actions'
import { formStamp } from '@/accounts/tokens'
import { loadRequestFormCommunes } from '@/accounts/view'
import { requestableRoleValues } from '@/accounts/vocabulary'
import { RequestAccountFields } from '@/components/account/RequestAccountFields'
import { AuthPage } from '@/components/AuthPage'
import { ResultForm } from '@/components/ResultForm'
import { getTranslations } from '@/i18n/getTranslations'
import config from '@payload-config'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('accounts.form'))('title') }
}

export default async function RequestAccountPage() {
  const payload = await getPayload({ config })
  const [communes, t, roleName] = await Promise.all([
    loadRequestFormCommunes(payload),
    getTranslations('accounts.form'),
    getTranslations('roles'),
  ])
  const roles = Object.fromEntries(requestableRoleValues.map((role) => [role, roleName(role)]))
  const words = {
    name: t('name'),
    email: t('email'),
    commune: t('commune'),
    chooseCommune: t('chooseCommune'),
    function: t('function'),
    functionHint: t('functionHint'),
    role: t('role'),
    comment: t('comment'),
  }
  return (
    <AuthPage title={t('title')}>
      <p>{t('intro')}</p>
      <ResultForm action={requestAccountAction} className="auth-form" replaceOnSuccess label={t('label')}>
        <input type="hidden" name="stamp" value={formStamp(payload.secret)} />
        <div className="trap" aria-hidden="true">
          <label>
            {t('trap')}
            <input type="text" name="website" tabIndex={-1} autoComplete="off" />
          </label>
        </div>
        <RequestAccountFields communes={communes} roles={roles} words={words} />
        <button type="submit">{t('submit')}</button>
      </ResultForm>
      <p className="auth-links">
        <a href="/connexion">{t('haveAccount')}</a>
      </p>
    </AuthPage>
  )
}
