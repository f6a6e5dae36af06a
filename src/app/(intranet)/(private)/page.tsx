import { asUser } from '@/auth/asUser'
import { requireSession } from '@/auth/currentUser'
import { navigationFor } from '@/components/navigation'

export const metadata = { title: 'Accueil' }

export default async function HomePage() {
  const { payload, user } = await requireSession()
  const communeId = typeof user.commune === 'object' ? user.commune?.id : user.commune
  const commune = communeId
    ? await payload.findByID({ collection: 'communes', id: communeId, ...asUser(user), depth: 0 })
    : null
  const sections = navigationFor(user).filter((item) => item.href !== '/')

  return (
    <>
      <h1>Bonjour {user.name}</h1>
      <p className="lead" data-testid="commune">
        {commune ? `Commune de ${commune.name}` : "Vous n'êtes rattaché·e à aucune commune."}
        {user.function ? ` · ${user.function}` : ''}
      </p>
      <p>
        Relais réunit les guides pratiques, les mesures prioritaires, les séances des comités et les événements de la
        stratégie numérique régionale.
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
