import { endEveryonesSessionsAction } from '@/auth/sessions/actions'
import { ResultForm } from '@/components/ResultForm'

/** For administrators: end every session of every account at once (suspected intrusion, leaked secret). */
export function IncidentSection() {
  return (
    <section aria-labelledby="incident-title" className="sessions">
      <h2 id="incident-title">En cas d’incident</h2>
      <p>
        Si vous soupçonnez qu’un compte ou un poste a été compromis, fermez toutes les sessions de tout le monde : chaque personne devra se
        reconnecter avec son mot de passe. Votre session actuelle reste ouverte. L’action est inscrite au journal des comptes. Pour un seul
        compte, utilisez « Fermer toutes ses sessions » dans Administration › Utilisateurs.
      </p>
      <ResultForm action={endEveryonesSessionsAction} className="stacked-form" label="Fermer toutes les sessions de tout le monde">
        <label className="inline">
          <input type="checkbox" name="confirm" required /> Je confirme : toutes les personnes connectées seront déconnectées.
        </label>
        <button type="submit" className="danger">
          Fermer toutes les sessions de tout le monde
        </button>
      </ResultForm>
    </section>
  )
}
