import { Button } from '@/components/ui/Button'
import { followAction } from '@/follow/actions'
import type { FollowTarget } from '@/follow/vocabulary'
import { getTranslations } from '@/i18n/getTranslations'

type Props = {
  target: FollowTarget
  itemKey: string
  /** What is followed, for screen readers (« Suivre le guide … »), in the page's language. */
  name: string
  following: boolean
  byDefault?: boolean
  /** The page to show again once done. */
  back: string
  /** In a list (/compte/notifications): the button alone, the line says what it is. */
  compact?: boolean
}

/**
 * « Suivre » / « Ne plus suivre » (a plain form: works without JavaScript). What changes then reaches the person's
 * digest; said beside the button, with the default of their role when it is one.
 */
export async function FollowButton({ target, itemKey, name, following, byDefault, back, compact = false }: Props) {
  const t = await getTranslations('follow.button')
  return (
    <form action={followAction} className="follow" data-testid="follow">
      <input type="hidden" name="target" value={target} />
      <input type="hidden" name="key" value={itemKey} />
      <input type="hidden" name="back" value={back} />
      <input type="hidden" name="follow" value={following ? 'non' : 'oui'} />
      <Button variant="secondary">
        {following ? t('unfollow') : t('follow')}
        {compact && <span className="visually-hidden">{t('for', { name })}</span>}
      </Button>
      {!compact && (
        <span className="follow__hint">
          {following ? t(byDefault ? 'followingByDefault' : 'following', { name }) : t('notFollowing', { name })}
        </span>
      )}
    </form>
  )
}
