import Link from 'next/link'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { requireSession } from '@/auth/currentUser'
import { communeProgress } from '@/checklists/communeProgress'
import { completion } from '@/checklists/completion'
import { actionAnchor, nextAction } from '@/checklists/nextAction'
import { effectiveState } from '@/checklists/recurrence'
import { isReviewOverdue, reviewDueDate } from '@/checklists/review'
import { checklistToday } from '@/checklists/today'
import { ChecklistItem } from '@/components/ChecklistItem'
import { langOf } from '@/components/ContentLang'
import { ContentLanguageNote } from '@/components/ContentLanguageNote'
import { ReportContent } from '@/components/contentReports/ReportContent'
import { FollowButton } from '@/components/follow/FollowButton'
import { ReviewHistory } from '@/components/guides/ReviewHistory'
import { PreviewNotice } from '@/components/PreviewNotice'
import { ProgressBar } from '@/components/ProgressBar'
import { RichText } from '@/components/RichText'
import { loadOwnReports } from '@/contentReports/view'
import { isSlug } from '@/fields/slug'
import { isNewAction } from '@/follow/guideChanges'
import { loadFollowButton } from '@/follow/view'
import { longDate } from '@/format/dates'
import type { PageParams } from '@/forms/searchParams'
import { posterFormats, posterHref, posterOf } from '@/guides/poster'
import { loadGuide, loadReviewHistory } from '@/guides/view'
import { getTranslations } from '@/i18n/getTranslations'
import { requestLocale } from '@/i18n/request'
import type { Media, User } from '@/payload-types'
import { isPreview } from '@/preview/preview'

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<PageParams> }

/** One read per request, shared by the metadata and the page. */
const findGuide = cache(async (slug: string, draft: boolean) => {
  const { payload, user } = await requireSession()
  // Anything but a slug (a NUL byte would make PostgreSQL fail) is no guide.
  return isSlug(slug) ? loadGuide(payload, user, slug, { draft }) : undefined
})

/** `?apercu=1`: an editor's preview of the draft (src/preview/preview.ts); anyone else is refused. */
const previewOf = async (searchParams: Props['searchParams']) => isPreview(await searchParams, (await requireSession()).user)

export async function generateMetadata({ params, searchParams }: Props) {
  const guide = await findGuide((await params).slug, await previewOf(searchParams))
  return { title: guide?.title ?? (await getTranslations('guides.page'))('notFound') }
}

export default async function GuidePage({ params, searchParams }: Props) {
  const { payload, user } = await requireSession()
  const [t, vocab, locale] = await Promise.all([getTranslations('guides.page'), getTranslations('vocab.guides'), requestLocale()])
  const preview = await previewOf(searchParams)
  const guide = await findGuide((await params).slug, preview)
  if (!guide) notFound()

  const items = guide.checklist ?? []
  const hasCommune = Boolean(user.commune)
  const [progress, history, reports] = await Promise.all([
    hasCommune ? communeProgress(payload, user, guide.id) : Promise.resolve(new Map()),
    loadReviewHistory(payload, guide.id),
    loadOwnReports(payload, user, 'guides', [guide.id]),
  ])
  const today = checklistToday()
  const periods = new Map(items.map((item) => [item.key, item.recurrence ?? null]))
  // A recurring action done too long ago counts as to do again (src/checklists/recurrence.ts).
  const states = new Map([...progress].map(([key, value]) => [key, effectiveState(value, periods.get(key), today)]))
  const percent = completion(
    items.map((item) => item.key),
    states,
  )
  const next = nextAction(items, states)
  const owner = guide.owner as User | null | undefined
  const attachments = (guide.attachments ?? []).filter((file): file is Media => typeof file === 'object')
  const poster = posterOf(guide)
  const followed = preview ? null : await loadFollowButton(payload, user, { target: 'guide', key: String(guide.id) })
  const now = new Date()

  return (
    <article className="guide">
      {preview && <PreviewNotice editHref={`/admin/collections/guides/${guide.id}`} />}
      <p className="breadcrumb">
        <Link href="/guides">{t('breadcrumb')}</Link> › {vocab(`themes.${guide.theme}`)}
      </p>
      <h1 {...langOf(guide)}>{guide.title}</h1>
      <ContentLanguageNote lang={guide.lang} />
      <p className="meta">
        {t('audiences', { audiences: guide.audiences.map((a) => vocab(`audiences.${a}`)).join(', ') })} ·{' '}
        {t('reviewed', { date: longDate(guide.lastReviewedAt, locale) })}
        {owner?.name ? ` · ${t('owner', { name: owner.name })}` : ''}
      </p>
      {isReviewOverdue(guide) && (
        <p className="message message--warning" role="note">
          {t('reviewOverdue', { date: longDate(reviewDueDate(guide), locale) })}
        </p>
      )}
      <p className="lead" {...langOf(guide)}>
        {guide.summary}
      </p>
      {followed && (
        <FollowButton
          target="guide"
          itemKey={String(guide.id)}
          name={t('followName')}
          following={followed.following}
          byDefault={followed.byDefault}
          back={`/guides/${guide.slug}`}
        />
      )}

      {hasCommune && items.length > 0 && (
        <aside className="next-action" aria-labelledby="next-action-title" data-testid="next-action">
          <h2 id="next-action-title">{t('nextTitle')}</h2>
          <p>
            {t('checklistProgress')} <ProgressBar value={percent} />
          </p>
          {next ? (
            <p>
              {t.rich('nextAction', {
                label: next.label,
                strong: (chunks) => <strong>{chunks}</strong>,
                link: (chunks) => <a href={`#${actionAnchor(next.key)}`}>{chunks}</a>,
              })}
              {states.get(next.key) === 'partial' && t('partial')}
            </p>
          ) : (
            <p>{t.rich('allDone', { strong: (chunks) => <strong>{chunks}</strong> })}</p>
          )}
        </aside>
      )}

      {guide.body && (
        <section className="prose" {...langOf(guide)}>
          <RichText data={guide.body} />
        </section>
      )}

      <section aria-labelledby="checklist" className="checklist">
        <h2 id="checklist">{t('checklistTitle')}</h2>
        {hasCommune ? (
          <p data-testid="completion">{t.rich('completion', { percent, strong: (chunks) => <strong>{chunks}</strong> })}</p>
        ) : (
          <p>{t('noCommune')}</p>
        )}
        <ol>
          {items.map((item) => (
            <ChecklistItem
              key={item.key}
              guideId={guide.id}
              slug={guide.slug}
              item={{ key: item.key, label: item.label, help: item.help ?? null }}
              progress={progress.get(item.key) ?? null}
              editable={hasCommune}
              isNew={hasCommune && isNewAction(item, progress.has(item.key), now)}
              recurrence={item.recurrence ?? null}
              today={today}
            />
          ))}
        </ol>
      </section>

      {(poster || attachments.length > 0) && (
        <section aria-labelledby="attachments">
          <h2 id="attachments">{t('downloads')}</h2>
          <ul>
            {poster &&
              posterFormats.map((format) => (
                <li key={format}>
                  <a href={posterHref(guide.slug, format)} download>
                    {t('posterLink', { format })}
                  </a>
                </li>
              ))}
            {attachments.map((file) => (
              <li key={file.id}>
                <a href={file.url ?? '#'} download>
                  {file.alt || file.filename}
                </a>
              </li>
            ))}
          </ul>
          {poster && <p className="muted">{t('posterNote')}</p>}
        </section>
      )}

      {(guide.measureNumbers?.length ?? 0) > 0 && (
        <p>
          {t('measures')}{' '}
          {guide.measureNumbers!.map((n, i) => (
            <span key={n}>
              {i > 0 && ', '}
              <Link href={`/mesures/${n}`}>{t('measure', { number: n })}</Link>
            </span>
          ))}
        </p>
      )}

      {(guide.sources?.length ?? 0) > 0 && (
        <section aria-labelledby="sources">
          <h2 id="sources">{t('sources')}</h2>
          <ul className="sources">
            {guide.sources!.map((source) => (
              <li key={source.id ?? source.title}>
                {source.url ? <a href={source.url}>{source.title}</a> : source.title}
                {source.publisher ? ` — ${source.publisher}` : ''}
              </li>
            ))}
          </ul>
        </section>
      )}

      <ReviewHistory entries={history} />
      <ReportContent kind="guides" id={guide.id} reports={reports.get(guide.id) ?? []} />
    </article>
  )
}
