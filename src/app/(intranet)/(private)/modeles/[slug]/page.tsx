import { notFound } from 'next/navigation'

import { communeOf, isStaff } from '@/access/roles'
import { requireSession } from '@/auth/currentUser'
import { langOf } from '@/components/ContentLang'
import { ContentLanguageNote } from '@/components/ContentLanguageNote'
import { ReportContent } from '@/components/contentReports/ReportContent'
import { RichText } from '@/components/RichText'
import { loadOwnReports } from '@/contentReports/view'
import { getTranslations } from '@/i18n/getTranslations'
import type { Media } from '@/payload-types'
import { plainText } from '@/richtext/fromBlocks'
import { loadTemplate } from '@/templates/view'

type Props = { params: Promise<{ slug: string }> }

export default async function TemplatePage({ params }: Props) {
  const { payload, user } = await requireSession()
  const t = await getTranslations('templates.page')
  const { slug } = await params
  const template = await loadTemplate(payload, user, slug)
  if (!template) notFound()
  const reports = await loadOwnReports(payload, user, 'templates', [template.id])
  const forCommune = communeOf(user) !== null && !isStaff(user)
  const file = typeof template.file === 'object' ? (template.file as Media | null) : null

  return (
    <article>
      <p className="breadcrumb">
        <a href="/modeles">{t('breadcrumb')}</a>
      </p>
      <h1 {...langOf(template)}>{template.title}</h1>
      <ContentLanguageNote lang={template.lang} />
      <p className="lead" {...langOf(template)}>
        {template.description}
      </p>
      <p className="no-print">
        <a href={`/modeles/${template.slug}/telecharger`} download className="button">
          {t('download')}
        </a>{' '}
        {file?.url && (
          <a href={file.url} download>
            {t('attachment')}
          </a>
        )}{' '}
        {forCommune ? t('forCommune') : t('blank')}
      </p>
      {template.instructions && plainText(template.instructions) && (
        <section className="panel prose">
          <h2>{t('instructions')}</h2>
          <RichText data={template.instructions} />
        </section>
      )}
      {template.body && (
        <section className="prose template-body">
          <RichText data={template.body} />
        </section>
      )}
      {template.source && <p className="meta">{t('source', { source: template.source })}</p>}
      <ReportContent kind="templates" id={template.id} reports={reports.get(template.id) ?? []} />
    </article>
  )
}
