/**
 * Every page of the intranet (src/app/(intranet)/…/page.tsx) and who opens it in the responsive checks
 * (tests/e2e/responsive.e2e.spec.ts). A page whose content differs by role is listed with each of those roles;
 * a page that is the same for everyone is opened once, by the employee. A unit spec fails when a page.tsx is
 * missing here, so a new page is checked on phones from its first commit.
 */
export const viewers = ['visiteur', 'employé', 'secrétaire', 'COTEC', 'COPIL', 'coordination'] as const
export type Viewer = (typeof viewers)[number]

/** The demo accounts (seed/demo-users.ts) behind each viewer; the visitor is not logged in. */
export const demoAccount: Record<Exclude<Viewer, 'visiteur'>, string> = {
  employé: 'employe.sion@relais.test',
  secrétaire: 'secretaire.sion@relais.test',
  COTEC: 'cotec@relais.test',
  COPIL: 'copil@relais.test',
  coordination: 'coordination@relais.test',
}

/** The records the dynamic segments are filled with, looked up in the seeded data by the spec. */
export type SeededIds = {
  actor: string
  /** A published regional alert the spec raises (there is none in the demo seed), and an incident of Sion's log. */
  alert: number
  incident: number
  event: number
  contract: number
  guide: string
  initiative: string
  measure: number
  template: string
  /** One meeting per status the demo has (planned, held, approved): the page differs by status. */
  meetings: number[]
}

type Page = { route: string; viewers: Viewer[]; urls?: (ids: SeededIds) => string[] }

const everyMember: Viewer[] = ['employé', 'secrétaire', 'COTEC', 'COPIL', 'coordination']

export const intranetPages: Page[] = [
  { route: '/connexion', viewers: ['visiteur'], urls: () => ['/connexion', '/connexion?next=/agenda'] },
  { route: '/demande-de-compte', viewers: ['visiteur'] },
  { route: '/demande-de-compte/confirmer', viewers: ['visiteur'], urls: () => ['/demande-de-compte/confirmer?token=inconnu'] },
  // A link this app did not sign: the French « lien non valable » (a signed one is opened by tests/int/follow.int.spec.ts).
  { route: '/desabonnement/[token]', viewers: ['visiteur'], urls: () => ['/desabonnement/1.tout.inconnu'] },
  { route: '/mot-de-passe-oublie', viewers: ['visiteur'] },
  { route: '/reinitialiser-mot-de-passe', viewers: ['visiteur'], urls: () => ['/reinitialiser-mot-de-passe?token=inconnu'] },
  { route: '/', viewers: everyMember },
  { route: '/[...inconnu]', viewers: ['employé'], urls: () => ['/page-qui-n-existe-pas'] },
  { route: '/acteurs', viewers: ['employé'] },
  { route: '/acteurs/[slug]', viewers: ['employé'], urls: (ids) => [`/acteurs/${ids.actor}`] },
  { route: '/agenda', viewers: ['employé'] },
  { route: '/alertes', viewers: ['employé', 'coordination'] },
  { route: '/alertes/[id]', viewers: ['employé', 'secrétaire', 'coordination'], urls: (ids) => [`/alertes/${ids.alert}`] },
  { route: '/agenda/[id]', viewers: ['employé', 'coordination'], urls: (ids) => [`/agenda/${ids.event}`] },
  { route: '/agenda/abonnement', viewers: ['employé', 'COTEC'] },
  {
    route: '/carte',
    viewers: ['employé', 'coordination'],
    urls: () => ['/carte', '/carte?commune=6266', '/carte?indicateur=checklist-completion&commune=6266'],
  },
  { route: '/compte', viewers: ['employé', 'coordination'] },
  { route: '/compte/securite', viewers: ['employé', 'coordination'] },
  { route: '/compte/notifications', viewers: ['employé', 'secrétaire', 'COTEC'] },
  { route: '/contrats', viewers: ['employé', 'secrétaire', 'coordination'] },
  { route: '/contrats/[id]', viewers: ['employé', 'secrétaire', 'coordination'], urls: (ids) => [`/contrats/${ids.contract}`] },
  { route: '/faq', viewers: ['employé'] },
  { route: '/guides', viewers: ['employé'] },
  { route: '/guides/[slug]', viewers: ['employé', 'coordination'], urls: (ids) => [`/guides/${ids.guide}`] },
  { route: '/guides/suivi', viewers: ['coordination'] },
  { route: '/region', viewers: ['COPIL', 'coordination'], urls: () => ['/region', '/region?tri=global&ordre=desc'] },
  { route: '/initiatives/[slug]', viewers: ['employé'], urls: (ids) => [`/initiatives/${ids.initiative}`] },
  { route: '/ma-commune', viewers: ['employé', 'secrétaire', 'coordination'] },
  { route: '/ma-commune/comptes', viewers: ['secrétaire', 'coordination'] },
  { route: '/ma-commune/demandes', viewers: ['secrétaire', 'coordination'] },
  {
    route: '/ma-commune/incidents/[id]/partager',
    viewers: ['secrétaire'],
    urls: (ids) => [`/ma-commune/incidents/${ids.incident}/partager`],
  },
  { route: '/ma-commune/journal', viewers: ['secrétaire', 'coordination'] },
  { route: '/mesures', viewers: ['employé'] },
  { route: '/mesures/[number]', viewers: ['employé', 'COTEC', 'COPIL'], urls: (ids) => [`/mesures/${ids.measure}`] },
  { route: '/mesures/propositions', viewers: ['COTEC', 'COPIL', 'coordination'] },
  // The Comité's report (default period), and a refused period: 404 with its reason and the period form.
  {
    route: '/mesures/rapport',
    viewers: ['coordination'],
    urls: () => ['/mesures/rapport', '/mesures/rapport?du=2026-06-30&au=2026-01-01'],
  },
  { route: '/modeles', viewers: ['employé'] },
  { route: '/modeles/[slug]', viewers: ['employé'], urls: (ids) => [`/modeles/${ids.template}`] },
  { route: '/prestataires', viewers: ['COPIL', 'coordination'] },
  { route: '/prestataires/fusionner', viewers: ['coordination'] },
  { route: '/qui-utilise-quoi', viewers: ['employé'] },
  {
    route: '/qui-utilise-quoi/produit/[key]',
    viewers: ['employé'],
    urls: () => ['/qui-utilise-quoi/produit/exemple-logiciel-de-controle-des-habitants'],
  },
  { route: '/recherche', viewers: ['employé'], urls: () => ['/recherche', '/recherche?q=mot+de+passe'] },
  { route: '/seances', viewers: ['employé', 'COTEC'] },
  {
    route: '/seances/[id]',
    viewers: ['employé', 'COTEC', 'COPIL', 'coordination'],
    urls: (ids) => ids.meetings.map((id) => `/seances/${id}`),
  },
  { route: '/seances/actions', viewers: ['employé', 'COTEC'] },
  { route: '/seances/nouvelle', viewers: ['COTEC', 'COPIL'] },
  { route: '/veille', viewers: ['employé'], urls: () => ['/veille', '/veille?type=cybersecurite&mesure=23'] },
  // A seeded item (seed/content/watch.ts): summary, « à faire » box, sources, linked measure and guides.
  { route: '/veille/[slug]', viewers: ['employé'], urls: () => ['/veille/veille-cybersecurite-constats-des-ateliers'] },
  { route: '/veille/abonnement', viewers: ['employé'] },
]

/** The addresses `viewer` opens, in the order of the list. */
export const pagesFor = (viewer: Viewer, ids: SeededIds): string[] =>
  intranetPages.filter((page) => page.viewers.includes(viewer)).flatMap((page) => (page.urls ? page.urls(ids) : [page.route]))
