import type { Metadata } from 'next'
import { forbidden } from 'next/navigation'

import { isAdmin, isStaff } from '@/access/roles'
import { sendResetLinkAction, updateAccountAction } from '@/accounts/actions'
import { canDecide } from '@/accounts/requests'
import { loadCommuneAccounts } from '@/accounts/view'
import { requireSession } from '@/auth/currentUser'
import { loadCommuneNames } from '@/communes/view'
import { CommunePicker } from '@/components/CommunePicker'
import { ResultForm } from '@/components/ResultForm'
import { longDate } from '@/format/dates'
import { getTranslations } from '@/i18n/getTranslations'
import { requestLocale } from '@/i18n/request'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('accounts.list'))('titleAny') }
}

type Props = { searchParams: Promise<{ commune?: string }> }

export default async function AccountsPage({ searchParams }: Props) {
  const { payload, user } = await requireSession()
  if (!canDecide(user)) forbidden()
  const staff = isStaff(user)
  const own = typeof user.commune === 'object' ? user.commune?.id : user.commune
  const requested = Number((await searchParams).commune)
  const communeId = staff && Number.isInteger(requested) && requested > 0 ? requested : own
  const communes = await loadCommuneNames(payload, user)
  const commune = communes.find((c) => c.id === communeId)
  const accounts = communeId ? await loadCommuneAccounts(payload, user, communeId) : []
  const [t, locale] = await Promise.all([getTranslations('accounts.list'), requestLocale()])

  return (
    <>
      <h1>{commune ? t('title', { commune: commune.name }) : t('titleAny')}</h1>
      <p className="lead">{t('lead')}</p>
      <p>{t('resetHelp')}</p>
      <p className="no-print">
        <a href="/ma-commune/demandes">{t('requests')}</a>
      </p>
      {staff && <CommunePicker communes={communes} selected={communeId} />}
      <div className="table-scroll" role="region" aria-label={t('table')} tabIndex={0}>
        <table className="accounts table-cards">
          <thead>
            <tr>
              <th scope="col">{t('name')}</th>
              <th scope="col">{t('function')}</th>
              <th scope="col">{t('lastLogin')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col" className="no-print">
                {t('actions')}
              </th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((account) => (
              <tr key={account.id} data-account={account.email}>
                <th scope="row">
                  {account.name}
                  <br />
                  <span className="meta">{account.email}</span>
                </th>
                <td data-label={t('function')}>
                  {account.function}
                  {account.communeValidator ? t('validates') : ''}
                </td>
                <td data-label={t('lastLogin')}>{account.lastLoginAt ? longDate(account.lastLoginAt, locale) : t('never')}</td>
                <td data-label={t('status')}>
                  {account.disabled
                    ? account.disabledAt
                      ? t('disabledOn', { date: longDate(account.disabledAt, locale) })
                      : t('disabled')
                    : t('active')}
                </td>
                <td className="no-print">
                  {account.id !== user.id && (!isAdmin(account) || isAdmin(user)) && (
                    <ResultForm action={updateAccountAction} className="buttons" label={t('actionsFor', { name: account.name })}>
                      <input type="hidden" name="user" value={account.id} />
                      <button type="submit" name="change" value={account.disabled ? 'enable' : 'disable'} className="secondary">
                        {account.disabled ? t('enable') : t('disable')}
                      </button>
                      {!account.disabled && (
                        <button
                          type="submit"
                          name="change"
                          value={account.communeValidator ? 'undelegate' : 'delegate'}
                          className="secondary"
                        >
                          {account.communeValidator ? t('undelegate') : t('delegate')}
                        </button>
                      )}
                    </ResultForm>
                  )}
                  {account.id !== user.id && !account.disabled && (!isAdmin(account) || isAdmin(user)) && (
                    <ResultForm action={sendResetLinkAction} className="buttons" label={t('resetFor', { name: account.name })}>
                      <input type="hidden" name="user" value={account.id} />
                      <button type="submit" name="intent" value="reset-link" className="secondary">
                        {t('sendLink')}
                      </button>
                    </ResultForm>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}
