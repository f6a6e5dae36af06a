import { useTranslations } from 'next-intl'

import { Button } from '@/components/ui/Button'

import { ChoiceSelect } from './ChoiceSelect'

/** For coordinators, who act for every commune: a small GET form choosing which commune a page shows. */
export function CommunePicker({ communes, selected }: { communes: { id: number; name: string }[]; selected?: number | null }) {
  const t = useTranslations('shell.communePicker')
  return (
    <form method="get" className="filters no-print" aria-label={t('label')}>
      <label>
        {t('commune')} <ChoiceSelect name="commune" choices={communeChoices(communes)} defaultValue={selected ? String(selected) : ''} />
      </label>
      <Button>{t('show')}</Button>
    </form>
  )
}

/** Communes as choices of a select, by id, in the order given (by name). */
export const communeChoices = (communes: { id: number; name: string }[]) => Object.fromEntries(communes.map((c) => [String(c.id), c.name]))
