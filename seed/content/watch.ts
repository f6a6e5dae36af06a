import type { RichBlock } from '@/richtext/fromBlocks'
import type { WatchKind } from '@/watch/kinds'

/**
 * The first watch items, taken from the Stratégie numérique 2022–25 of the ARVr (version juin 2022,
 * /work/shared/seeds/004…): the measures that ask for a watch (ANNEXE III, mesures 21, 23, 24) and the findings of
 * the workshops behind them (ANNEXE II). Quotes and facts only; the « à faire » lines point at Relais's own guides.
 */
export type WatchSeed = {
  slug: string
  title: string
  kind: WatchKind
  summary: string
  body: RichBlock[]
  todo?: string
  sources: { title: string; url?: string }[]
  measureNumbers: number[]
  guideSlugs: string[]
}

const strategy = 'Antenne Région Valais romand (ARVr), Stratégie numérique 2022–25, version juin 2022'

export const watchItems: WatchSeed[] = [
  {
    slug: 'veille-cybersecurite-constats-des-ateliers',
    title: 'Veille cybersécurité : les constats de l’atelier de la stratégie',
    kind: 'cybersecurite',
    summary:
      'La mesure 23 de la stratégie numérique demande une veille active sur la cybersécurité : actualités et retours d’expériences. L’atelier « Cybersécurité » de la stratégie a relevé où en sont les communes.',
    body: [
      {
        p: 'La stratégie le justifie ainsi : « La cybersécurité évolue sans cesse et les communes n’ont pas forcément les ressources individuelles pour s’assurer que leurs prestataires historiques répondent à ces menaces. Une coordination est également à faire avec la cellule de crise du Canton du Valais. »',
      },
      { h2: 'Ce que l’atelier a constaté' },
      {
        ul: [
          'Les communes sont plus dans la réactivité que dans la proactivité.',
          'La cybersécurité est souvent déléguée aux fournisseurs externes, sans réelle vue d’ensemble de ceux-ci.',
          'Pas de procédures en cas de cyberattaque en place et entraînées : lors d’un exercice, aucune commune présente n’avait de checklist préparée.',
          'Peu de campagnes régulières de phishing ou de sensibilisation.',
          'Peu de rigueur dans les réflexes de base : mots de passe, contrôle des sauvegardes, vigilance des employés.',
        ],
      },
      { p: 'Cette veille réunit ici les actualités et les retours d’expériences utiles aux communes du Valais romand.' },
    ],
    todo: [
      'Vérifier que votre commune a une checklist en cas de cyberattaque (guide « Que faire en cas de cyberattaque ? La première heure »).',
      'Tester la restauration d’une sauvegarde (guide « Sauvegardes et tests de restauration »).',
    ].join('\n'),
    sources: [
      { title: `${strategy}, ANNEXE III, mesure 23 « Veille active sur la cybersécurité : actualités et retours d’expériences »` },
      { title: `${strategy}, ANNEXE II, atelier 3 « Cybersécurité »` },
    ],
    measureNumbers: [23],
    guideSlugs: ['incident-cyber', 'sauvegardes', 'mots-de-passe', 'phishing'],
  },
  {
    slug: 'veille-outils-de-cyberadministration',
    title: 'Outils de cyberadministration : une veille neutre, nourrie par les communes',
    kind: 'outils',
    summary:
      'La mesure 21 demande une veille active et neutre sur les outils de cyberadministration du marché, selon les besoins des communes, basée notamment sur les expériences des utilisateurs.',
    body: [
      {
        p: 'La stratégie le justifie ainsi : « Étant donné l’évolution rapide des systèmes d’information, il s’agit d’assurer une veille active sur les outils existants, d’en extraire les plus-values éventuelles pour les communes, notamment basées sur les expériences utilisateurs (en Valais ou ailleurs) et de les partager avec les administrations. »',
      },
      {
        p: 'La mesure 8 constate le manque d’information sur les outils existants, autres que ceux proposés ou imposés par les prestataires historiques, et demande un aperçu de ce qui est déjà utilisé par des communes, avec des retours d’utilisateurs : c’est la page « Qui utilise quoi » de Relais.',
      },
    ],
    todo: 'Tenir à jour l’inventaire des outils de votre commune (Ma commune) : il nourrit « Qui utilise quoi » pour les autres communes.',
    sources: [
      { title: `${strategy}, ANNEXE III, mesure 21 « Veille active et neutre sur les outils de cyberadministration du marché »` },
      { title: `${strategy}, ANNEXE III, mesure 8 « quels outils pour quels processus »` },
    ],
    measureNumbers: [21, 8],
    guideSlugs: [],
  },
  {
    slug: 'veille-inclusion-numerique',
    title: 'Inclusion numérique : partager les initiatives réussies (ou ratées)',
    kind: 'inclusion',
    summary:
      'La mesure 24 demande une veille active sur les initiatives d’inclusion digitale réussies (ou ratées) : difficile à l’échelle d’une commune, possible en commun.',
    body: [
      {
        p: 'La stratégie le justifie ainsi : « Les initiatives dans le domaine de l’inclusion florissent et sont nombreuses. Un monitoring actif est toutefois nécessaire pour un partage d’expérience réussi. La tâche n’est pas insurmontable en termes de ressources centralisées, mais est toutefois difficile à faire à l’échelle d’une commune individuelle. »',
      },
      { h2: 'Ce que l’atelier « Formations et inclusion sociale » a relevé' },
      {
        ul: [
          'Il manquerait des formations ciblées par typologies d’utilisateurs.',
          'Le manque de temps et de moyens pour s’informer et se former est clair.',
          'Les potentiels du digital restent largement méconnus ; des partages de bonnes pratiques seraient un plus.',
        ],
      },
    ],
    sources: [
      { title: `${strategy}, ANNEXE III, mesure 24 « Veille active sur les initiatives d’inclusions digitales réussies (ou ratées) »` },
      { title: `${strategy}, ANNEXE II, atelier 4 « Formations et inclusion sociale »` },
    ],
    measureNumbers: [24],
    guideSlugs: [],
  },
  {
    slug: 'arvr-mise-en-oeuvre-strategie-numerique',
    title: 'ARVr : les moyens décidés par le Comité en mai 2022',
    kind: 'arvr-canton',
    summary:
      'En mai 2022, le Comité ARVr a validé l’engagement d’une ressource en cyberadministration et les moyens de la mise en œuvre, sans financement supplémentaire attendu des communes du Valais romand.',
    body: [
      {
        p: 'Selon la stratégie : « Le Comité ARVr a validé, en mai 2022, le scénario consistant à engager une ressource « business analyst / chef de projet en cyberadministration » dès que possible. Une enveloppe budgétaire de CHF 80’000.- pour développer la plateforme d’intelligence collective (axe 1), ainsi que CHF 50’000.- annuels ont également été décidés pour la mise en œuvre de la stratégie numérique 2022–25. »',
      },
      { p: 'Pour celle-ci, aucun financement supplémentaire ne sera attendu de la part des communes du Valais romand.' },
    ],
    sources: [{ title: `${strategy}, chapitre 7 « Investissements et scénario retenu »` }],
    measureNumbers: [],
    guideSlugs: [],
  },
]
