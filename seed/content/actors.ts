import type { ActorSeed } from './types'

/**
 * The actors of the Valais digital ecosystem, from the ARVr digital strategy 2022–25 (source 004): the
 * synoptic table of ANNEXE IV « Vue d'ensemble et missions des principaux acteurs du numérique en Valais »,
 * Figure 4 (section 9), the list of abbreviations (full names) and the partners named in ANNEXE III.
 *
 * `missions` are quotations, never paraphrases. For the ARVr, the Canton, the communes and the IT providers
 * they are the ANNEXE IV bullets, copied verbatim (straight apostrophes and « » as in the source) minus the
 * markdown `*`, the trailing « ; » or « . » and the closing « Etc. ». For the other actors, whom ANNEXE IV only
 * names, they are the passages or ANNEXE III measure titles of 004 that say what the actor does or brings;
 * the only near-verbatim one (the SAN's « mission principale », turned into an infinitive) is listed in
 * `tests/unit/seed/cartography-source.unit.spec.ts`, which checks every mission against the source.
 *
 * Levels: cantonal services and cantonal officers sit under `cantonal`; the FCV, a federation of the communes,
 * under `intercommunal`; the RWO, the Upper Valais counterpart of a regional centre, under `regional`. The
 * HES-SO, the eGov innovation center, the FDDM, the IT providers and the Conférence latine des directeurs du
 * numérique go to `partenaires`: ANNEXE IV groups them among the « autres acteurs pertinents » and the
 * « prestataires IT » outside the State levels, and an intercantonal conference is no cantonal authority of
 * Valais. No website, person or fact beyond the source: personal names of 004 are deliberately left out.
 */
export const actors: ActorSeed[] = [
  {
    slug: 'arvr',
    name: 'Antenne Région Valais romand',
    acronym: 'ARVr',
    level: 'regional',
    summary:
      'Centre de développement régional des communes du Valais romand, actif dans le développement territorial, la politique des agglomérations, le tourisme, l’économie et la culture. Sa stratégie numérique 2022–25 le positionne comme « facilitateur neutre » et « interlocuteur de référence » des communes pour leurs évolutions digitales.',
    missions: [
      // PARTAGE D'INFORMATIONS
      "Mise à disposition d'une plateforme d'intelligence collective (accès facilité à l'information)",
      'Information sur les initiatives digitales',
      'Partage de bonnes pratiques',
      'Guides et fiches spécifiques (nommage, cybersécurité, sauvegardes, LIPDA, social, etc.)',
      // ACCOMPAGNEMENTS SPÉCIFIQUES
      'Veille technologique et expertise neutre',
      "Soutien à l'organisation de formations ciblées",
      "Accompagnement dans l'adoption de prestations conjointes",
      // CONVERGENCE DES ACTIONS
      "Gestion d'un COTECH et mise à jour des mesures prioritaires",
      'Relais auprès du Canton des besoins et visions des communes',
      'Soutien aux communes à la mise en œuvre de la stratégie cantonale',
      // VALORISATION DE LA DONNÉE
      'Compétences centralisées en science des données',
      "Valorisation de l'open data",
      "Partage d'indicateurs spécifiques",
      'SmarTer (interface numérique)',
    ],
    source: 'Stratégie numérique ARVr 2022–25, ANNEXE IV (quatre axes), sections 1, 2 et « Contexte régional »',
  },
  {
    slug: 'canton-du-valais',
    name: 'Canton du Valais',
    level: 'cantonal',
    summary:
      'L’État du Valais, dont le rôle est décrit comme « primordial » par les communes. Sa stratégie « Services numériques des autorités valaisannes » a été validée par le Conseil d’État en avril 2022.',
    missions: [
      "Gestion d'une cellule « cybersécurité »",
      'Offre de formations « cybersécurité »',
      'Architecture et services de base nécessaires pour les prestations numériques',
      'Prestations conjointes entre les différents niveaux institutionnels',
      'Base légale, gouvernance, organisation et financement pour la transformation numérique des services publics',
      'Gestion et valorisation de la donnée numérique (tout au long du cycle de vie)',
      'Promotion des prestations numériques',
    ],
    source: 'Stratégie numérique ARVr 2022–25, ANNEXE IV et « Contexte cantonal »',
  },
  {
    slug: 'san',
    name: "Service cantonal de l'administration numérique",
    acronym: 'SAN',
    level: 'cantonal',
    summary:
      'Service de l’État du Valais créé en 2021, lors de la répartition des départements pour la législature 2021–2025, « dont la mission principale est d’accompagner et d’accélérer la transformation numérique de l’administration publique valaisanne ». La stratégie ARVr a été élaborée en étroite coordination avec lui.',
    missions: [
      // Near-verbatim: « dont la mission principale est d'accompagner et d'accélérer la transformation… ».
      "Accompagner et accélérer la transformation numérique de l'administration publique valaisanne",
      "Proposer les « briques de base » nécessaires à la digitalisation des autorités (au sens de la LIPDA, art. 3) telles qu'une identité numérique, des moyens de paiements électroniques ou encore un guichet virtuel partagé",
      'Prendre en charge le développement de projets portés par plusieurs autorités, dont le Canton',
      // The two pillars of the strategy « Services numériques des autorités valaisannes ».
      "Mise à disposition d'une architecture et de services de base (p. ex. authentification, signature électronique et portail unique)",
      "Développement de prestations conjointes (qui nécessitent l'interaction de plusieurs autorités)",
    ],
    source: 'Stratégie numérique ARVr 2022–25, liste des abréviations, section 4 « Stratégie cantonale » et « Contexte cantonal »',
  },
  {
    slug: 'sci',
    name: "Service cantonal de l'informatique",
    acronym: 'SCI',
    level: 'cantonal',
    summary:
      'Service informatique de l’État du Valais. En 2022, il testait avec l’ARVr un outil de formation à la cybersécurité à proposer aux communes dès 2023 ; il est le partenaire des guides de cybersécurité de la stratégie (sauvegardes, mots de passe, continuité, gestion de crise).',
    missions: [
      'Outil de formation online lié à la cybersécurité à destination du personnel communal',
      'Organisation de tests de phishing',
      "Veille active sur la cybersécurité: actualités et retours d'expériences",
    ],
    source:
      'Stratégie numérique ARVr 2022–25, liste des abréviations, ANNEXE II (atelier 3) et ANNEXE III (mesures 1, 4, 5, 12, 13, 15, 23 et 29)',
  },
  {
    slug: 'sscm',
    name: 'Service cantonal de la sécurité civile et militaire',
    acronym: 'SSCM',
    level: 'cantonal',
    summary:
      'Service de l’État du Valais par lequel « une cellule de réaction rapide en cas de cyberattaque […] sera créée au niveau cantonal » ; l’ARVr collabore à sa mise en place pour qu’elle convienne aux communes.',
    missions: ["Mise en place d'une cellule disponible 24/7 en cas de cyberattaque"],
    source: 'Stratégie numérique ARVr 2022–25, liste des abréviations et ANNEXE III (mesure 30)',
  },
  {
    slug: 'ocsp',
    name: 'Office cantonal des statistiques et péréquation',
    acronym: 'OCSP',
    level: 'cantonal',
    summary:
      'Office de l’État du Valais, partenaire de l’ARVr pour la valorisation des données communales : sous-zones statistiques, soutien aux communes et cockpit communal.',
    missions: [
      "Développement de sous-zones statistiques (échelle quartier ou village) permettant une granularité décisionnelle plus fine qu'actuellement",
      'Soutenir les communes dans la valorisation de leurs données',
      "Développement d'un cockpit communal de base, permettant de visualiser les données sélectionnées et les indicateurs retenus",
    ],
    source: 'Stratégie numérique ARVr 2022–25, liste des abréviations et ANNEXE III (mesures 35, 36 et 38)',
  },
  {
    slug: 'archiviste-cantonal',
    name: 'Archiviste cantonal',
    level: 'cantonal',
    summary:
      'Partenaire des mesures de l’ARVr sur le nommage des documents, le cycle de vie des données et l’archivage : les formations sont à organiser « en coordination avec l’archiviste cantonal ».',
    missions: [
      "Guide des bonnes pratiques de nommage universel des documents à l'interne d'une administration",
      'Guide pour la gestion du cycle de vie des données et leur archivage',
      "Formation – différenciée par rôles – sur la bonne gestion du cycle des données et de l'archivage",
    ],
    source: 'Stratégie numérique ARVr 2022–25, ANNEXE III (mesures 3, 9 et 10)',
  },
  {
    slug: 'prepose-protection-donnees',
    name: 'Préposé cantonal à la protection des données',
    level: 'cantonal',
    summary:
      'Partenaire de la mesure 14 : des guides pratiques sur la protection des données, parce que le personnel « au front » ne maîtrise pas la LIPDA dans son ensemble.',
    missions: ["Guides (selon typologie d'utilisateur) sur les bons comportements à adopter en termes de protection des données"],
    source: 'Stratégie numérique ARVr 2022–25, ANNEXE III (mesure 14)',
  },
  {
    slug: 'communes',
    name: 'Communes du Valais romand',
    level: 'communal',
    summary:
      'Les 59 communes du Valais romand accompagnées par l’ARVr ; 40 d’entre elles ont répondu au sondage de novembre 2020. Selon la démarche exploratoire de l’ARVr, elles n’ont « ni les ressources humaines, ni financières » pour gérer seules leur développement numérique.',
    missions: [
      'Stratégie numérique & responsabilités internes',
      'Gestion technique & applications métiers',
      'Aspects sociétaux & applications transversales',
      'Relations avec citoyen.ne.s & autres niveaux étatiques',
    ],
    source: 'Stratégie numérique ARVr 2022–25, ANNEXE IV « Missions digitales majeures incombant aux communes »',
  },
  {
    slug: 'fcv',
    name: 'Fédération des Communes Valaisannes',
    acronym: 'FCV',
    level: 'intercommunal',
    summary:
      'La fédération des communes du Valais : parmi les nombreux acteurs présents autour des communes, la stratégie la décrit comme « le plus important ». L’ARVr ne veut pas se substituer à elle.',
    missions: [
      'Coordination avec le Canton, la Fédération des Communes Valaisannes et la RWO sur les aspects juridiques liés à la digitalisation',
      'Communiquer les procédures établies aux Communes Valaisannes',
    ],
    source:
      'Stratégie numérique ARVr 2022–25, liste des abréviations, ANNEXE IV (autres acteurs pertinents), section 8 et ANNEXE III (mesures 30 et 32)',
  },
  {
    slug: 'rwo',
    name: 'Regions- und Wirtschaftszentrum Oberwallis AG',
    acronym: 'RWO',
    level: 'regional',
    summary:
      'Le centre régional et économique du Haut-Valais, avec lequel la vision de la stratégie ARVr a été concertée. La plateforme d’intelligence collective de l’ARVr « pourrait être développée en partenariat avec le RWO ».',
    missions: [
      "Symposium « digital » annuel (ou à définir) à l'intention des communes, en collaboration avec le Canton et le RWO",
      'Coordination avec le Canton, la Fédération des Communes Valaisannes et la RWO sur les aspects juridiques liés à la digitalisation',
    ],
    source:
      'Stratégie numérique ARVr 2022–25, liste des abréviations, section 2, section 5 (axe 1), ANNEXE IV et ANNEXE III (mesures 27 et 32)',
  },
  {
    slug: 'ans',
    name: 'Administration numérique suisse',
    acronym: 'ANS',
    level: 'federal',
    summary:
      'Organisation créée sur décision du Conseil fédéral et de la Conférence des gouvernements cantonaux (CdC) en avril 2020, active depuis le 1er janvier 2022. La stratégie suisse de cyberadministration 2020-23 est téléchargeable sur son site.',
    missions: [
      "Regrouper les ressources humaines et financières existantes de la cyberadministration suisse et de la Conférence suisse sur l'informatique (CSI)",
    ],
    source: 'Stratégie numérique ARVr 2022–25, « Contexte fédéral » et ANNEXE IV (autres acteurs pertinents)',
  },
  {
    slug: 'ofcs',
    name: 'Office fédéral de la cybersécurité',
    acronym: 'OFCS',
    level: 'federal',
    summary:
      'Centre de compétences de la Confédération en matière de cybersécurité (en allemand BACS), qui reçoit notamment les signalements de cyberincidents. Jusqu’au 31 décembre 2023, il s’appelait Centre national pour la cybersécurité (NCSC) : c’est sous ce nom que la stratégie le cite comme partenaire des guides de l’ARVr sur les mots de passe, la continuité de l’activité et la gestion d’une cyberattaque.',
    missions: [
      'Guide sur les bonnes pratiques à adopter pour une gestion efficace des mots de passe',
      "Guide des bonnes pratiques de continuité de l'activité métier en cas de sinistre informatique",
      'Guide sur les bonnes pratiques à adopter pour une gestion de crise de type cyberattaque (y.c. préparation)',
    ],
    source:
      'Stratégie numérique ARVr 2022–25, liste des abréviations et ANNEXE III (mesures 5, 13 et 15) ; nom actuel depuis le 1er janvier 2024 : Office fédéral de la cybersécurité (OFCS), « L’OFCS », ncsc.admin.ch',
  },
  {
    slug: 'hes-so',
    name: 'Haute école spécialisée de Suisse occidentale',
    acronym: 'HES-SO',
    level: 'partenaires',
    summary:
      'Haute école citée par la stratégie parmi le « milieu académique ». Seuls 20 % des communes y avaient déjà suivi des formations au moment des ateliers ; elle est partenaire de la mesure sur l’exclusion digitale.',
    missions: [
      'Formations auprès de la HES-SO (outils informatiques, bureautique, cybersécurité, etc.)',
      "Points d'attention et bonnes pratiques sur le « comment éviter l'exclusion digitale » interne comme externe",
    ],
    source: 'Stratégie numérique ARVr 2022–25, ANNEXE IV (autres acteurs pertinents), ANNEXE II (atelier 4) et ANNEXE III (mesure 16)',
  },
  {
    slug: 'egov-innovation-center',
    name: 'eGov innovation center',
    level: 'partenaires',
    summary:
      'Il a soutenu la rédaction du questionnaire initial et les ateliers de la stratégie ARVr ; il est le partenaire cité pour des conseils commercialement neutres aux communes.',
    missions: [
      'Soutien à la rédaction du questionnaire initial et aux ateliers',
      "Conseils commercialement neutres en termes de systèmes d'information communaux (sur demande et pour des problèmes communs à plusieurs communes)",
    ],
    source: 'Stratégie numérique ARVr 2022–25, remerciements, ANNEXE IV et ANNEXE III (mesure 22)',
  },
  {
    slug: 'fddm',
    name: 'Fondation pour le développement durable des régions de montagne',
    acronym: 'FDDM',
    level: 'partenaires',
    summary:
      'Fondation qui a géré les aspects participatifs des ateliers de la stratégie ARVr et qui est partenaire du guide pour une digitalisation durable.',
    missions: ['Gestion des aspects participatifs des ateliers', 'Guide des bonnes pratiques pour une digitalisation durable'],
    source: 'Stratégie numérique ARVr 2022–25, liste des abréviations, remerciements et ANNEXE III (mesure 17)',
  },
  {
    slug: 'conference-latine-directeurs-numerique',
    name: 'Conférence latine des directeurs du numérique',
    level: 'partenaires',
    summary:
      'Conférence intercantonale que l’ANNEXE IV range parmi les « autres acteurs pertinents » de l’écosystème numérique valaisan, sans détailler ses missions.',
    // The source names it without any mission: nothing to quote.
    missions: [],
    source: 'Stratégie numérique ARVr 2022–25, ANNEXE IV (autres acteurs pertinents)',
  },
  {
    slug: 'prestataires-it',
    name: 'Prestataires IT',
    level: 'partenaires',
    summary:
      'Les fournisseurs informatiques privés des communes. La stratégie veut « ne pas se substituer aux prestataires informatiques privés actuels », mais les ateliers relèvent une forte dépendance des communes à leur égard, faute de compétences internes.',
    missions: [
      'Expertise technique et référent pour les communes (soutien direct)',
      "Proposition et mise en place d'outils métier (GED, ERP, etc.)",
      'Gestion des sauvegardes',
      'Soutien en cybersécurité',
    ],
    source: 'Stratégie numérique ARVr 2022–25, ANNEXE IV « Prestataires IT », section 8 et ANNEXE II',
  },
]

/**
 * Actors an earlier seed created under another slug. The seed moves the stored row to the new slug (so that it is
 * not created twice) and, when it still holds the earlier seeded name, gives it the current name, acronym, summary
 * and source: the NCSC became the Federal Office for Cyber Security (OFCS) on 1 January 2024.
 */
export const renamedActors: { from: string; to: string; formerName: string }[] = [
  { from: 'ncsc', to: 'ofcs', formerName: 'National Cyber Security Center' },
]
