import { useTranslations } from 'next-intl'

/** The current password, asked again before anything that protects the account changes (a session is not enough). */
export function CurrentPasswordField() {
  const t = useTranslations('auth.current')
  return (
    <label>
      {t('label')}
      <input type="password" name="currentPassword" autoComplete="current-password" required />
    </label>
  )
}
