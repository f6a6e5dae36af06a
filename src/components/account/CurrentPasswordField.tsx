/** The current password, asked again before anything that protects the account changes (a session is not enough). */
export function CurrentPasswordField() {
  return (
    <label>
      Mot de passe actuel
      <input type="password" name="currentPassword" autoComplete="current-password" required />
    </label>
  )
}
