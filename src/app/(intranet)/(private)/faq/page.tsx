import { requireSession } from '@/auth/currentUser'
import { langOf } from '@/components/ContentLang'
import { ContentLanguageNote } from '@/components/ContentLanguageNote'
import { ReportContent } from '@/components/contentReports/ReportContent'
import { RichText } from '@/components/RichText'
import { loadOwnReports } from '@/contentReports/view'
import { loadFaqs } from '@/faqs/view'
import { faqThemes } from '@/faqs/vocabulary'
import { getTranslations } from '@/i18n/getTranslations'

export async function generateMetadata() {
  const t = await getTranslations('faq')
  return { title: t('title') }
}

type Search = { question?: string | string[]; signaler?: string | string[] }

/** The address of a question opened with its report form (`?signaler=`), at the form. */
const reportAt = (id: number) => `/faq?question=${id}&signaler=${id}#report-faqs-${id}`

/**
 * `?question=<id>` (the link search results give) opens that question; `?signaler=<id>` also shows its form
 * « Signaler un contenu à mettre à jour », which the other questions offer as a link.
 */
export default async function FaqPage({ searchParams }: { searchParams: Promise<Search> }) {
  const { payload, user } = await requireSession()
  const [t, themes] = await Promise.all([getTranslations('faq'), getTranslations('vocab.faqs.themes')])
  const search = await searchParams
  const opened = String(search.question ?? '')
  const reporting = String(search.signaler ?? '')
  const docs = await loadFaqs(payload, user)
  const reports = await loadOwnReports(
    payload,
    user,
    'faqs',
    docs.map((doc) => doc.id),
  )
  return (
    <>
      <h1>{t('title')}</h1>
      <ContentLanguageNote lang={docs.map((doc) => doc.lang)} />
      {faqThemes.map((theme) => {
        const questions = docs.filter((doc) => doc.theme === theme)
        if (questions.length === 0) return null
        return (
          <section key={theme} aria-labelledby={`faq-${theme}`} className="faq">
            <h2 id={`faq-${theme}`}>{themes(theme)}</h2>
            {questions.map((faq) => (
              <details key={faq.id} id={`question-${faq.id}`} open={[opened, reporting].includes(String(faq.id))}>
                <summary {...langOf(faq)}>{faq.question}</summary>
                <div className="prose" {...langOf(faq)}>
                  <RichText data={faq.answer} />
                </div>
                {(faq.sources?.length ?? 0) > 0 && (
                  <p className="faq__sources muted">
                    {t('sources', { count: faq.sources!.length })}{' '}
                    {faq.sources!.map((source, index) => (
                      <span key={source.id ?? source.title}>
                        {index > 0 && ' ; '}
                        {source.url ? <a href={source.url}>{source.title}</a> : source.title}
                        {source.publisher ? ` — ${source.publisher}` : ''}
                      </span>
                    ))}
                  </p>
                )}
                <ReportContent
                  kind="faqs"
                  id={faq.id}
                  reports={reports.get(faq.id) ?? []}
                  {...(String(faq.id) === reporting ? { unfolded: true } : { formAt: reportAt(faq.id) })}
                />
              </details>
            ))}
          </section>
        )
      })}
    </>
  )
}
