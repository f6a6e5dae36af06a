import { decidesPriorities, isStaff, maintainsMeasures } from '../access/roles'
import type { User } from '../payload-types'

type Item = { href: string; label: string; description: string; visible?: (user: User) => boolean }

/** The intranet's sections; each capability adds its entry here when its pages exist. */
const items: Item[] = [
  { href: '/', label: 'Accueil', description: "Vue d'ensemble" },
  { href: '/guides', label: 'Guides', description: 'Guides pratiques et checklists de votre commune' },
  { href: '/mesures', label: 'Mesures', description: 'Les 38 mesures priorisées de la stratégie numérique' },
  { href: '/agenda', label: 'Agenda', description: 'Symposium, formations et webinaires : inscription et agenda' },
  { href: '/seances', label: 'Séances', description: 'Ordres du jour, procès-verbaux et décisions du Comité et du COTEC' },
  { href: '/modeles', label: 'Modèles', description: 'Cahiers des charges, stratégie, note de pilotage' },
  { href: '/faq', label: 'FAQ', description: 'Questions fréquentes' },
  {
    href: '/mesures/propositions',
    label: 'Propositions',
    description: 'Propositions de priorité en attente de décision',
    visible: (user) => decidesPriorities(user as never) || maintainsMeasures(user as never),
  },
  {
    href: '/guides/suivi',
    label: 'Suivi des checklists',
    description: 'Avancement régional des communes',
    visible: (user) => isStaff(user as never),
  },
  {
    href: '/ma-commune/demandes',
    label: 'Ma commune',
    description: 'Demandes de compte et comptes de la commune',
    visible: (user) => isStaff(user as never) || Boolean(user.communeValidator && user.commune),
  },
  {
    href: '/admin',
    label: 'Administration',
    description: 'Comptes, communes et paramètres',
    visible: (user) => isStaff(user as never),
  },
]

export const navigationFor = (user: User) => items.filter((item) => !item.visible || item.visible(user))
