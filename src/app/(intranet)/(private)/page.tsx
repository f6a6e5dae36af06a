import { requireSession } from '@/auth/currentUser'
import { loadOwnCommune } from '@/communes/view'
import { navigationFor } from '@/components/navigation'

export const metadata = { title: 'Accueil' }

export default async function HomePage() {
  const { payload, user } = await requireSession()
  const commune = await loadOwnCommune(payload, user)
  const sections = navigationFor(user).filter((item) => item.href !== '/')

  return (
    <>
      <h1>Bonjour {user.name}</h1>
      <p className="lead" data-testid="commune">
        {commune ? `Commune de ${commune.name}` : "Vous n'êtes rattaché·e à aucune commune."}
        {user.function ? ` · ${user.function}` : ''}
      </p>
      <p>
        Relais réunit les guides pratiques, les mesures prioritaires, les séances des comités et les événements de la stratégie numérique
        régionale.
      </p>
      {sections.length > 0 && (
        <ul className="cards">
          {sections.map((item) => (
            <li key={item.href}>
              <a href={item.href}>
                <strong>{item.label}</strong>
                <span>{item.description}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
