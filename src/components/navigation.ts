import { decidesPriorities, isStaff, maintainsMeasures } from '@/access/roles'
import type { User } from '@/payload-types'
import { providerAudience } from '@/providers/regional'
import { pictureAudience } from '@/regional/audience'

/** A section of the menu: its address and its key in the catalogue (`shell.nav.<key>`). */
type Item = { href: string; key: string; visible?: (user: User) => boolean }

/** The intranet's sections; each capability adds its entry here (and its name in messages/<lang>/shell.json). */
const items: Item[] = [
  { href: '/', key: 'home' },
  { href: '/guides', key: 'guides' },
  { href: '/mesures', key: 'measures' },
  { href: '/veille', key: 'watch' },
  { href: '/agenda', key: 'agenda' },
  { href: '/seances', key: 'meetings' },
  { href: '/carte', key: 'map' },
  { href: '/acteurs', key: 'actors' },
  { href: '/qui-utilise-quoi', key: 'whoUsesWhat' },
  { href: '/contrats', key: 'contracts' },
  { href: '/alertes', key: 'alerts' },
  { href: '/modeles', key: 'templates' },
  { href: '/faq', key: 'faq' },
  { href: '/mesures/propositions', key: 'proposals', visible: (user) => decidesPriorities(user) || maintainsMeasures(user) },
  { href: '/guides/suivi', key: 'checklistTracking', visible: (user) => isStaff(user) },
  { href: '/region', key: 'region', visible: (user) => pictureAudience(user) !== null },
  { href: '/prestataires', key: 'providers', visible: (user) => providerAudience(user) !== null },
  { href: '/ma-commune', key: 'myCommune', visible: (user) => isStaff(user) || Boolean(user.commune) },
  { href: '/admin', key: 'admin', visible: (user) => isStaff(user) },
]

/** The sections this person sees, named in their language (`label` translates a key of `shell.nav`). */
export const navigationFor = (user: User, label: (key: string) => string) =>
  items.filter((item) => !item.visible || item.visible(user)).map(({ href, key }) => ({ href, label: label(key) }))
