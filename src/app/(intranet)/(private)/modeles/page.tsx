import { requireSession } from '@/auth/currentUser'
import { langOf } from '@/components/ContentLang'
import { getTranslations } from '@/i18n/getTranslations'
import { loadTemplates } from '@/templates/view'
import { templateCategories } from '@/templates/vocabulary'

export async function generateMetadata() {
  const t = await getTranslations('templates.list')
  return { title: t('title') }
}

export default async function TemplatesPage() {
  const { payload, user } = await requireSession()
  const [t, categories] = await Promise.all([getTranslations('templates.list'), getTranslations('vocab.templates.categories')])
  const docs = await loadTemplates(payload, user)
  return (
    <>
      <h1>{t('heading')}</h1>
      <p className="lead">{t('lead')}</p>
      {templateCategories.map((category) => {
        const inCategory = docs.filter((doc) => doc.category === category)
        if (inCategory.length === 0) return null
        return (
          <section key={category} aria-labelledby={`cat-${category}`}>
            <h2 id={`cat-${category}`}>{categories(category)}</h2>
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
