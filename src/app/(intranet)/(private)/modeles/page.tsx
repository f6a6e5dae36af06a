import { requireSession } from '@/auth/currentUser'
import { langOf } from '@/components/ContentLang'
import { loadTemplates } from '@/templates/view'
import { templateCategories } from '@/templates/vocabulary'

export const metadata = { title: 'Modèles' }

export default async function TemplatesPage() {
  const { payload, user } = await requireSession()
  const docs = await loadTemplates(payload, user)
  return (
    <>
      <h1>Modèles à télécharger</h1>
      <p className="lead">Des modèles prêts à adapter : cahiers des charges, stratégie numérique communale, note de pilotage.</p>
      {Object.entries(templateCategories).map(([category, label]) => {
        const inCategory = docs.filter((doc) => doc.category === category)
        if (inCategory.length === 0) return null
        return (
          <section key={category} aria-labelledby={`cat-${category}`}>
            <h2 id={`cat-${category}`}>{label}</h2>
            <ul className="cards">
              {inCategory.map((doc) => (
                <li key={doc.id}>
                  <a href={`/modeles/${doc.slug}`} {...langOf(doc)}>
                    <strong>{doc.title}</strong>
                    <span>{doc.description}</span>
                  </a>
                </li>
              ))}
            </ul>
          </section>
        )
      })}
    </>
  )
}
