import { useTranslations } from 'next-intl'

/** The banner of an editor's preview: what they see is the latest draft, not what members see. */
export function PreviewNotice({ editHref }: { editHref: string }) {
  const t = useTranslations('shell.preview')
  return (
    <p className="message message--warning" role="status" data-testid="preview-notice">
      <strong>{t('title')}</strong> : {t('text')} <a href={editHref}>{t('back')}</a>
    </p>
  )
}
