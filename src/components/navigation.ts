import { decidesPriorities, isStaff, maintainsMeasures } from '@/access/roles'
import type { User } from '@/payload-types'
import { providerAudience } from '@/providers/regional'
import { pictureAudience } from '@/regional/audience'

type Item = { href: string; label: string; description: string; visible?: (user: User) => boolean }

/** The intranet's sections; each capability adds its entry here when its pages exist. */
const items: Item[] = [
  { href: '/', label: 'Accueil', description: "Vue d'ensemble" },
  { href: '/guides', label: 'Guides', description: 'Guides pratiques et checklists de votre commune' },
  { href: '/mesures', label: 'Mesures', description: 'Les 38 mesures priorisées de la stratégie numérique' },
  {
    href: '/veille',
    label: 'Veille',
    description: 'Cybersécurité, outils, inclusion numérique : ce qui bouge pour les communes',
  },
  { href: '/agenda', label: 'Agenda', description: 'Symposium, formations et webinaires : inscription et agenda' },
  { href: '/seances', label: 'Séances', description: 'Ordres du jour, procès-verbaux et décisions du Comité et du COTEC' },
  { href: '/carte', label: 'Carte', description: 'Les initiatives numériques de la région, commune par commune' },
  { href: '/acteurs', label: 'Acteurs', description: 'Qui fait quoi dans l’écosystème numérique valaisan' },
  {
    href: '/qui-utilise-quoi',
    label: 'Qui utilise quoi',
    description: 'Les outils des communes, processus par processus, et qui contacter',
  },
  { href: '/contrats', label: 'Contrats', description: 'Les points clés d’un contrat informatique et les contrats de votre commune' },
  { href: '/alertes', label: 'Alertes', description: 'Alertes régionales à vérifier dans votre commune' },
  { href: '/modeles', label: 'Modèles', description: 'Cahiers des charges, stratégie, note de pilotage' },
  { href: '/faq', label: 'FAQ', description: 'Questions fréquentes' },
  {
    href: '/mesures/propositions',
    label: 'Propositions',
    description: 'Propositions de priorité en attente de décision',
    visible: (user) => decidesPriorities(user) || maintainsMeasures(user),
  },
  {
    href: '/guides/suivi',
    label: 'Suivi des checklists',
    description: 'Avancement régional des communes',
    visible: (user) => isStaff(user),
  },
  {
    href: '/region',
    label: 'Où en est la région',
    description: 'Avancement des communes guide par guide, indicateurs et évolution (anonymisé pour le Comité)',
    visible: (user) => pictureAudience(user) !== null,
  },
  {
    href: '/prestataires',
    label: 'Prestataires',
    description: 'Les prestataires de la région : communes, contrats, lacunes et échéances',
    visible: (user) => providerAudience(user) !== null,
  },
  {
    href: '/ma-commune',
    label: 'Ma commune',
    description: 'Registre numérique : référent, décisions, incidents, contrats, inventaire des outils',
    visible: (user) => isStaff(user) || Boolean(user.commune),
  },
  {
    href: '/admin',
    label: 'Administration',
    description: 'Comptes, communes et paramètres',
    visible: (user) => isStaff(user),
  },
]

export const navigationFor = (user: User) => items.filter((item) => !item.visible || item.visible(user))
