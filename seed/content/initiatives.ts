import type { InitiativeSeed } from './types'

/**
 * Real digital initiatives named by the ARVr digital strategy 2022–25 (source 004): its sections, the
 * workshop findings of ANNEXE II and the measures of ANNEXE III (`measureNumbers`). The Vaud guichet of
 * source 000 is left out: it does not concern the communes of Valais.
 *
 * - `lead` and `partners` are slugs of `actors.ts`; partners are those the source names (e.g. the column
 *   « Existant / partenaires » of ANNEXE III). The « prestataires externes » of measures 29, 34 and 35 are
 *   the `prestataires-it` actor.
 * - The sources never say which individual communes take part, so `communeOfs` is always empty:
 *   `allCommunes: true` for what concerns every commune of the region or the canton, `false` for what concerns
 *   no commune directly (the creation of the ANS).
 * - `stage` is judged from the 2022 text: what it presents as decided or running is `en-cours`, what is
 *   finished `realisee`, what is only planned `en-preparation`.
 * - Dates only where the source gives them. Month-only dates (« en novembre 2020 ») use the 1st of the month;
 *   year-only dates (« en 2021 / 2022 ») are left out.
 */
export const initiatives: InitiativeSeed[] = [
  {
    slug: 'plateforme-intelligence-collective',
    title: 'Portail ARVr de partage d’informations (plateforme d’intelligence collective)',
    summary:
      'La plateforme propre à l’ARVr, à laquelle les communes se connectent de manière sécurisée pour partager informations et bonnes pratiques : c’est Relais.',
    description:
      'Premier axe de la stratégie : une plateforme « source de véritable intelligence collective en structurant et en permettant l’accès à l’information (bonnes pratiques, checklists, documents pédagogiques, modes d’emploi simplifiés, etc.) ». La préférence y est donnée au matériel déjà existant, adapté si besoin aux réalités communales. En mai 2022, le Comité ARVr a décidé une enveloppe de CHF 80’000.- pour la développer ; elle doit aussi offrir la vision d’ensemble des initiatives digitales existantes en Valais demandée par les communes (mesure 7). La stratégie précise qu’elle « pourrait être développée en partenariat avec le RWO ».',
    lead: 'arvr',
    partners: [],
    allCommunes: true,
    communeOfs: [],
    themes: ['gouvernance', 'formation'],
    level: 'regional',
    stage: 'en-cours',
    // « Le Comité ARVr a validé, en mai 2022 » the budget: month-only date.
    startDate: '2022-05-01',
    measureNumbers: [6, 7],
    source: 'Stratégie numérique ARVr 2022–25, section 5 (axe 1), section 7 et ANNEXE III (mesures 6 et 7)',
  },
  {
    slug: 'smarter',
    title: 'SmarTer (Smart Territories)',
    summary:
      'La plateforme numérique de l’ARVr qui facilite l’accès aux planifications et mesures territoriales, avec des accès différenciés pour les entités publiques.',
    description:
      'Le Comité ARVr a autorisé le développement de SmarTer, « interface de partage de stratégies territoriales ». Le besoin est né d’un meilleur suivi des mesures d’agglomération, puis s’est étendu aux plans directeurs intercommunaux et à d’autres thématiques territoriales. Développée par l’ARVr en 2021 / 2022, la plateforme « pourra servir de base à d’autres services, selon les besoins communaux » ; ses coûts sont intégrés au budget ordinaire de l’ARVr.',
    lead: 'arvr',
    partners: ['prestataires-it'],
    allCommunes: true,
    communeOfs: [],
    themes: ['donnees', 'infrastructure'],
    level: 'regional',
    stage: 'en-cours',
    measureNumbers: [34],
    source: 'Stratégie numérique ARVr 2022–25, « Contexte régional », section 7 et ANNEXE III (mesure 34)',
  },
  {
    slug: 'sous-zones-statistiques',
    title: 'Sous-zones statistiques à l’échelle du quartier ou du village',
    summary:
      'Un nouveau maillage territorial, plus fin que la commune, pour des statistiques utiles aux décisions communales tout en respectant l’anonymisation exigée par la LIPDA.',
    description:
      'La majorité des données statistiques sont fournies à l’échelle communale, alors que beaucoup de données existent à l’échelle de l’adresse. Il s’agit de « définir une couche intermédiaire permettant de respecter la LIPDA (anonymisation), mais également d’apporter une plus-value décisionnelle ». Mesure de priorité A, déjà appliquée et comprise dans les budgets « gouvernance numérique » de l’ARVr, avec l’OCSP et des prestataires externes.',
    lead: 'arvr',
    partners: ['ocsp', 'prestataires-it'],
    allCommunes: true,
    communeOfs: [],
    themes: ['donnees'],
    level: 'regional',
    stage: 'en-cours',
    measureNumbers: [35],
    source: 'Stratégie numérique ARVr 2022–25, ANNEXE III (mesure 35)',
  },
  {
    slug: 'valorisation-donnees-communales',
    title: 'Spécialiste des données au service des communes',
    summary:
      'Le spécialiste en sciences des données (data scientist) engagé par l’ARVr conseille les communes sur demande pour valoriser leurs données.',
    description:
      'Le Comité ARVr a autorisé l’engagement d’un spécialiste en sciences des données, dont les coûts sont intégrés au budget ordinaire de l’ARVr. « La donnée est omniprésente, mais toujours peu valorisée par les communes pour la prise de décision quotidienne » : sa présence au sein de l’ARVr permet une expertise et un partage d’informations au service des communes, en lien avec l’OCSP, l’OFS et le milieu académique.',
    lead: 'arvr',
    partners: ['ocsp'],
    allCommunes: true,
    communeOfs: [],
    themes: ['donnees'],
    level: 'regional',
    stage: 'en-cours',
    measureNumbers: [36],
    source: 'Stratégie numérique ARVr 2022–25, « Contexte régional », section 7 et ANNEXE III (mesure 36)',
  },
  {
    slug: 'cockpit-communal',
    title: 'Indicateurs politiques et cockpit communal de base',
    summary:
      'Des indicateurs courants pour la vie politique et un cockpit de base, que l’ARVr pourrait proposer aux communes avec des données dépendant du login.',
    description:
      'Plusieurs communes sont demandeuses de cockpits décisionnels, et « il ne ferait aucun sens que chaque commune doive développer son propre système ». La stratégie prévoit d’abord une liste d’indicateurs pertinents et calculables avec les données disponibles (mesure 37), puis un cockpit communal de base, possiblement à l’échelle du quartier (mesure 38). Mesures de priorité C (continu ou long terme).',
    lead: 'arvr',
    partners: ['ocsp', 'communes'],
    allCommunes: true,
    communeOfs: [],
    themes: ['donnees'],
    level: 'regional',
    stage: 'en-preparation',
    measureNumbers: [37, 38],
    source: 'Stratégie numérique ARVr 2022–25, ANNEXE III (mesures 37 et 38)',
  },
  {
    slug: 'strategie-services-numeriques-valais',
    title: 'Stratégie « Services numériques des autorités valaisannes »',
    summary:
      'La stratégie cantonale des services numériques, validée par le Conseil d’État en avril 2022 : des services de base mis à disposition et des prestations conjointes entre autorités.',
    description:
      'Elle repose sur deux piliers : « la mise à disposition d’une architecture et de services de base (p. ex. authentification, signature électronique et portail unique) » et « le développement de prestations conjointes (qui nécessitent l’interaction de plusieurs autorités) ». Pour les communes, cela signifie, dans le respect de leur autonomie, qu’elles seront encouragées à adhérer aux services et prestations numériques existants lors du renouvellement ou de l’évolution de certaines de leurs prestations numériques, et que leurs fournisseurs informatiques devront permettre que leur système d’information s’interface avec ces prestations. Une loi cantonale spécifique aux services numériques était en cours d’élaboration en avril 2022.',
    lead: 'san',
    partners: ['canton-du-valais'],
    allCommunes: true,
    communeOfs: [],
    themes: ['gouvernance', 'infrastructure'],
    level: 'cantonal',
    stage: 'realisee',
    // « validée par le Conseil d'État en avril 2022 »: month-only date.
    endDate: '2022-04-01',
    measureNumbers: [],
    source: 'Stratégie numérique ARVr 2022–25, « Contexte cantonal » et introduction',
  },
  {
    slug: 'guichet-numerique-cantonal',
    title: 'Guichet numérique cantonal (portail citoyens / entreprises)',
    summary:
      'Un portail centralisé, géré par le Canton, avec les briques de base (identité numérique, paiement) que le SAN veut mettre à disposition des communes.',
    description:
      'Lors des ateliers, la volonté des communes était claire : « avoir un portail centralisé, géré par le Canton », en respectant leurs identités visuelles et en pouvant intégrer des outils propres (permis de pêche, réservation de salles, médailles de chiens). Le SAN a pour ambition de proposer des services de base aux communes, y compris un portail citoyens / entreprises ; le Canton sera responsable de sa mise en œuvre « si la Lcyber est adoptée », avec un helpdesk 24/7. L’ARVr doit coordonner les normes minimales, partager un guide d’utilisation du guichet et faire remonter au SAN les besoins des communes.',
    lead: 'san',
    partners: ['sci', 'arvr', 'communes'],
    allCommunes: true,
    communeOfs: [],
    themes: ['guichet-virtuel', 'infrastructure'],
    level: 'cantonal',
    stage: 'en-preparation',
    measureNumbers: [18, 19, 25, 31],
    source: 'Stratégie numérique ARVr 2022–25, section 4, ANNEXE II (atelier 2.2) et ANNEXE III (mesures 18, 19, 25 et 31)',
  },
  {
    slug: 'cotech-numerique',
    title: 'COTECH numérique',
    summary:
      'Le comité technique qui met en œuvre la stratégie ARVr et revoit périodiquement la liste des mesures, avec des représentants des communes et du Canton.',
    description:
      'Le COTECH, « composé de représentants des communes, du Canton, mais également et selon les besoins d’acteurs privés, est chargé de l’opérationnel de la présente stratégie ». Il revoit la liste ordonnée des mesures pour proposition au Comité ARVr, qui valide la priorisation. Il doit notamment s’assurer de l’intégration fonctionnelle des briques de base proposées par le SAN : les Antennes servent de « courroie de transmission » entre les échelons institutionnels.',
    lead: 'arvr',
    partners: ['communes', 'canton-du-valais'],
    allCommunes: true,
    communeOfs: [],
    themes: ['gouvernance'],
    level: 'regional',
    stage: 'en-cours',
    measureNumbers: [26],
    source: 'Stratégie numérique ARVr 2022–25, section 6 et ANNEXE III (mesure 26)',
  },
  {
    slug: 'symposium-digital-annuel',
    title: 'Symposium « digital » annuel des communes',
    summary: 'Un symposium annuel à l’intention des communes, avec une thématique phare, en collaboration avec le Canton (SAN) et le RWO.',
    description:
      'Les communes attendent des Antennes régionales qu’elles reconduisent les ateliers « afin de favoriser l’échange d’information, possiblement sous forme de symposium annuel à l’échelle du Valais ». L’idée est de proposer chaque année une thématique phare, pour exposer les derniers développements et proposer des solutions. Mesure de priorité B (objectif été 2023).',
    lead: 'arvr',
    partners: ['san', 'rwo'],
    allCommunes: true,
    communeOfs: [],
    themes: ['gouvernance', 'formation'],
    level: 'regional',
    stage: 'en-preparation',
    measureNumbers: [27],
    source: 'Stratégie numérique ARVr 2022–25, ANNEXE II (atelier 4) et ANNEXE III (mesure 27)',
  },
  {
    slug: 'cellule-reaction-rapide-cyberattaque',
    title: 'Cellule de réaction rapide 24/7 en cas de cyberattaque',
    summary:
      'Une cellule cantonale disponible 24/7 en cas de cyberattaque, mise en place via le SSCM ; l’ARVr collabore pour qu’elle réponde aussi aux besoins des communes.',
    description:
      'Les ateliers ont relevé l’« absence d’une cellule de crise (cantonale) à disposition des communes 24/7 » ; début 2022, une cellule de crise était en cours de mise en place par le Canton. Elle doit être créée au niveau cantonal, via le Service de la sécurité civile et militaire ; les Antennes pourraient travailler dans des sous-groupes pour s’assurer de sa compatibilité communale, puis aider, avec la FCV, à communiquer les procédures établies aux communes.',
    lead: 'sscm',
    partners: ['arvr', 'fcv'],
    allCommunes: true,
    communeOfs: [],
    themes: ['cybersecurite'],
    level: 'cantonal',
    stage: 'en-cours',
    measureNumbers: [30],
    source: 'Stratégie numérique ARVr 2022–25, ANNEXE II (atelier 3) et ANNEXE III (mesure 30)',
  },
  {
    slug: 'formation-cybersecurite-personnel-communal',
    title: 'Outil de formation en ligne à la cybersécurité pour le personnel communal',
    summary: 'Un outil du SCI, par modules courts utilisables en journée, pour former le personnel communal à la cybersécurité.',
    description:
      'Les ateliers ont relevé qu’« aucun outil de formation “facile” et utilisable en journée, entre deux tâches, n’est à disposition des communes ». En 2022, le SCI était en phase de test avec l’ARVr pour proposer un tel outil aux communes dès 2023 ; il s’agit d’en faire passer l’information et d’en garantir l’accès aux communes. Idéalement, ces formations devraient être accompagnées de campagnes de phishing avec analyse des résultats.',
    lead: 'sci',
    partners: ['arvr'],
    allCommunes: true,
    communeOfs: [],
    themes: ['cybersecurite', 'formation'],
    level: 'cantonal',
    stage: 'en-cours',
    measureNumbers: [12],
    source: 'Stratégie numérique ARVr 2022–25, ANNEXE II (atelier 3) et ANNEXE III (mesure 12)',
  },
  {
    slug: 'tests-phishing',
    title: 'Campagnes de tests de phishing',
    summary:
      'Des campagnes de tests de phishing coordonnées pour les communes, que les petites communes auraient peine à organiser seules.',
    description:
      '« Toutes les communes devraient régulièrement effectuer des tests de phishing auprès de leur administration. » Pour les petites communes, ces campagnes sont difficiles à coordonner : l’ARVr pourrait faire le relais auprès de mandataires externes pour en faciliter la réalisation, en coordination avec les outils proposés par le Canton (SCI). Mesure de priorité B (objectif été 2023).',
    lead: 'arvr',
    partners: ['sci', 'prestataires-it'],
    allCommunes: true,
    communeOfs: [],
    themes: ['cybersecurite', 'formation'],
    level: 'regional',
    stage: 'en-preparation',
    measureNumbers: [29],
    source: 'Stratégie numérique ARVr 2022–25, ANNEXE II (atelier 3) et ANNEXE III (mesure 29)',
  },
  {
    slug: 'demarche-exploratoire-egov-2021-22',
    title: 'Démarche exploratoire « eGov 2021–22 » : sondage, ateliers et entretiens',
    summary:
      'Le sondage de novembre 2020 auprès des communes, quatre ateliers participatifs d’août 2021 à mars 2022 et des entretiens en février 2022, à l’origine de la stratégie numérique de l’ARVr.',
    description:
      'La période exploratoire s’est déroulée en trois phases. En novembre 2020, un sondage adressé aux présidents et secrétaires municipaux a recueilli les réponses de 40 communes sur 59, dont 95 % souhaitaient que l’ARVr s’implique dans le numérique. D’août 2021 à mars 2022, quatre ateliers thématiques ont réuni des communes volontaires, des services cantonaux et des experts : appréhension des données, cyberadministration et guichets virtuels, cybersécurité, formation et inclusion. En février 2022, des entretiens avec des présidents de commune absents des ateliers en ont confirmé les conclusions. La FDDM a géré les aspects participatifs des ateliers et l’eGov innovation center a soutenu la rédaction du questionnaire et les ateliers.',
    lead: 'arvr',
    partners: ['fddm', 'egov-innovation-center', 'communes'],
    allCommunes: true,
    communeOfs: [],
    themes: ['gouvernance', 'donnees', 'guichet-virtuel', 'cybersecurite', 'formation', 'inclusion'],
    level: 'regional',
    stage: 'realisee',
    // « En novembre 2020 » … « D'août 2021 à mars 2022 »: month-only dates.
    startDate: '2020-11-01',
    endDate: '2022-03-01',
    measureNumbers: [],
    source: 'Stratégie numérique ARVr 2022–25, remerciements, section 2, « Contexte régional » et ANNEXE II',
  },
  {
    slug: 'creation-ans',
    title: 'Création de l’Administration numérique suisse (ANS)',
    summary:
      'La Confédération et les cantons regroupent leurs ressources de cyberadministration dans une nouvelle organisation, active depuis le 1er janvier 2022.',
    description:
      'En avril 2020, le Conseil fédéral et l’Assemblée plénière de la Conférence des gouvernements cantonaux (CdC) ont décidé de regrouper les ressources humaines et financières existantes de la cyberadministration suisse et de la Conférence suisse sur l’informatique (CSI) au sein d’une nouvelle organisation : l’Administration numérique suisse (ANS), active depuis le 1er janvier 2022. La stratégie suisse de cyberadministration 2020-23 est téléchargeable sur son site.',
    lead: 'ans',
    partners: [],
    allCommunes: false,
    communeOfs: [],
    themes: ['gouvernance'],
    level: 'federal',
    stage: 'realisee',
    // Decision « en avril 2020 » (month-only), active « depuis le 1er janvier 2022 ».
    startDate: '2020-04-01',
    endDate: '2022-01-01',
    measureNumbers: [],
    source: 'Stratégie numérique ARVr 2022–25, « Contexte fédéral »',
  },
]
