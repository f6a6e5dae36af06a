/**
 * The 38 prioritised measures of the ARVr digital strategy 2022–25 (source 004, ANNEXE III « Liste priorisée
 * des actions proposées »). Every text field is copied verbatim from the table cell, only trimmed of surrounding
 * whitespace: straight apostrophes, « » guillemets with or without spaces, `–`, `y.c.` and the stray guillemets
 * wrapping whole cells (measures 14 and 33) are kept exactly as the source writes them.
 * `tests/unit/seed/measures-source.unit.spec.ts` re-parses the source table and checks every field.
 */

import type { MeasureAxis, MeasurePriority } from '@/measures/vocabulary'

export type SeedMeasure = {
  /** Measure number, 1 to 38, in the source's order. */
  number: number
  axis: MeasureAxis
  priority: MeasurePriority
  /** « Mesure proposée » */
  title: string
  /** « Existant / partenaires » (`-` when the source has none) */
  partners: string
  /** « Livrable » */
  deliverable: string
  /** « Justificatif / Descriptif détaillé » */
  justification: string
}

export const measures: SeedMeasure[] = [
  // — Partage d'informations (rows 1–15 have no axis cell: axis from the section header above them) —
  {
    number: 1,
    axis: 'partage-informations',
    priority: 'A',
    title: 'Guide sur les bonnes pratiques de sauvegardes / contrôles à effectuer',
    partners: 'Canton: SCI',
    deliverable: 'Guide (bonnes pratiques + actions minimales) mis à disposition sur le portail ARVr',
    justification:
      "Nombre d'administrations se reposent intégralement sur leurs prestataires externes pour leurs sauvegardes, sans avoir de détails sur la redondance de celles-ci et sans avoir testé les capacités de récupération. Il s'agit d'un danger primaire à corriger en urgence",
  },
  {
    number: 2,
    axis: 'partage-informations',
    priority: 'A',
    title: 'Cahier des charges types pour les postes liés au digital au sein des communes',
    partners: 'ARVr / Communes',
    deliverable: 'Modèles mis à disposition sur le portail ARVr',
    justification:
      "Plusieurs administrations sont confrontées au besoin d'engager (ou d'assigner à l'interne) des responsables pour l'archivage de documents, la protection des données, etc. Il semblerait pertinent que les communes aient accès à des exemples «types» desdits cahiers des charges. Nommer des responsables est une action urgente",
  },
  {
    number: 3,
    axis: 'partage-informations',
    priority: 'A',
    title: "Guide des bonnes pratiques de nommage universel des documents à l'interne d'une administration",
    partners: 'ARVr / communes / archiviste cantonal',
    deliverable: 'Guide pratique mis à disposition sur le portail ARVr',
    justification:
      "Les communes n'ont pas toujours de directives claires quant au nommage des documents. Ceux-ci sont laissés au bon vouloir des différents services et des habitudes prises depuis toujours. Une stratégie de nommage efficace est nécessaire en vue de l'implémentation d'une GED généralisée ainsi que pour le suivi des dossiers",
  },
  {
    number: 4,
    axis: 'partage-informations',
    priority: 'A',
    title: "Guide + outils didactiques sur les bons comportements à adopter en termes de sécurité de l'information (cybersécurité)",
    partners: 'Canton: SCI / ARVr',
    deliverable: 'Guide (bonnes pratiques + actions minimales) mis à disposition sur le portail ARVr + matériel didactique (posters, etc.)',
    justification:
      "Les actions de base liées à la cybersécurité se doivent d'être répétées afin de limiter le risque d'intrusion. Ces réflexes doivent être «matraqués» afin d'être enregistrés. Un guide à relire périodiquement ainsi que des posters visibles dans des endroits fréquentés sont des méthodes ayant fait leurs preuves",
  },
  {
    number: 5,
    axis: 'partage-informations',
    priority: 'A',
    title: 'Guide sur les bonnes pratiques à adopter pour une gestion efficace des mots de passe',
    partners: 'Canton: SCI / NCSC',
    deliverable: 'Guide (bonnes pratiques + actions minimales) mis à disposition sur le portail ARVr',
    justification:
      "Il semblerait que beaucoup de communes n'aient pas de politique stricte de gestion des mots de passe. Les post-its avec les ordinateurs portables sont une faille majeure de sécurité ! Tout comme les mots de passe à changer chaque mois, sans contraintes particulières. Une politique de base se doit d'être appliquée par tous. Des outils existent pour une meilleure gestion des mots de passe et peuvent / doivent être utilisés",
  },
  {
    number: 6,
    axis: 'partage-informations',
    priority: 'B',
    title: "Portail ARVr dédié aux communes pour le partage d'informations et de bonnes pratiques",
    partners: 'Fournisseur externe',
    deliverable: "Nouvelle page didactique sur l'extranet ARVr",
    justification:
      "Il s'agirait de pouvoir diffuser l'information créée de manière simple et efficace. L'idée serait d'utiliser les accès que les communes ont déjà sur l'extranet de l'ARVr en développant une page didactique adhoc",
  },
  {
    number: 7,
    axis: 'partage-informations',
    priority: 'B',
    title: "Vision d'ensemble des initiatives digitales existantes en Valais",
    partners: '-',
    deliverable: 'Information aux communes via le portail ARVr',
    justification:
      "Une demande émanant des communes aux ateliers serait d'avoir une vision d'ensemble des processus en cours (cybersécurité au niveau cantonal, guichet digital du SAN, etc.). L'ARVr peut fournir cette vision et se tenir à disposition des communes pour partager ses connaissances",
  },
  {
    number: 8,
    axis: 'partage-informations',
    priority: 'B',
    title:
      'Identification des processus primaires communs à toutes les administrations et information sur «quels outils pour quels processus»',
    partners: 'Communes / consultant',
    deliverable: 'Veille & partage de connaissances mis à disposition sur le portail ARVr',
    justification:
      "Un manque d'information sur les outils existants (autres que ceux proposés / imposés par les prestataires historiques) a été constaté. Il s'agirait de proposer un aperçu plus large (veille stratégique) de ce qui existe sur le marché, mais surtout de ce qui est déjà utilisé par des communes, avec des retours d'utilisateurs",
  },
  {
    number: 9,
    axis: 'partage-informations',
    priority: 'B',
    title: 'Guide pour la gestion du cycle de vie des données et leur archivage',
    partners: 'Archiviste cantonal',
    deliverable: 'Guide (bonnes pratiques + actions minimales) mis à disposition sur le portail ARVr',
    justification:
      "La gestion du cycle de vie des données est lacunaire dans la plupart des administrations. L'idée est de sensibiliser à la gestion précoce dudit cycle de vie, de la création d'un document à son archivage / destruction",
  },
  {
    number: 10,
    axis: 'partage-informations',
    priority: 'B',
    title: "Formation – différenciée par rôles – sur la bonne gestion du cycle des données et de l'archivage",
    partners: 'Archiviste cantonal',
    deliverable: "Soirée(s) de formation selon thématique d'actualité (y.c. remise d'un guide)",
    justification:
      "La gestion du cycle de vie des données est lacunaire dans la plupart des administrations. Il s'agirait d'organiser, en coordination avec l'archiviste cantonal, des formations adaptées aux publics cibles pertinents (décideur, admin, etc.)",
  },
  {
    number: 11,
    axis: 'partage-informations',
    priority: 'B',
    title: "Eléments clés d'un contrat liant les administrations communales aux prestataires externes",
    partners: 'ARVr / Communes / conseil juridique',
    deliverable: 'Résumé des éléments clés proposé sur le portail ARVr',
    justification:
      "Les communes ne «parlent pas informatique» et se reposent souvent sur des contrats avec leurs prestataires externes datant de plus de 10 ou 20 ans. Les services ont évolué et le cadre juridique également. Il s'agirait de proposer des «points minimaux» à considérer dans les relations avec des prestataires externes",
  },
  {
    number: 12,
    axis: 'partage-informations',
    priority: 'B',
    title: 'Outil de formation online lié à la cybersécurité à destination du personnel communal',
    partners: 'Canton: SCI',
    deliverable: "Formation: proposition d'outil de formation (par modules courts)",
    justification:
      "Beaucoup de communes sont désireuses de pouvoir accéder à des formations ciblées, mais courtes, pour leur personnel. Idéalement ces formations devraient être accompagnées de campagnes de phishing avec analyse des résultats et feedbacks. Le Canton (SCI) devrait proposer un tel outil début 2023, il s'agirait dès lors de faire passer l'information et d'en garantir l'accès pour les communes",
  },
  {
    number: 13,
    axis: 'partage-informations',
    priority: 'B',
    title: "Guide des bonnes pratiques de continuité de l'activité métier en cas de sinistre informatique",
    partners: 'Canton: SCI / NCSC',
    deliverable: 'Guide (bonnes pratiques + actions minimales) mis à disposition sur le portail ARVr',
    justification:
      "Peu d'administrations semblent, en 2022, avoir un plan très clair de continuité de leur activité en cas de défaillance majeure de leur système informatique, y compris en cas d'attaque. Il s'agirait à travers cette action de les sensibiliser, notamment à l'aide d'une checklist d'actions minimales à préparer et entraîner",
  },
  {
    number: 14,
    axis: 'partage-informations',
    priority: 'B',
    title: "Guides (selon typologie d'utilisateur) sur les bons comportements à adopter en termes de protection des données",
    partners: 'Préposé cantonal à la protection des données',
    deliverable: '«Guide (bonnes pratiques + checklists métiers) mis à disposition sur le portail ARVr»',
    justification:
      "Le personnel «au front» ne maîtrise pas la LIPDA dans son ensemble et se trouve confronté à des actions ne répondant pas aux exigences légales (trop ou trop peu). Un guide pratique et orienté métier rassemblant ces actions courantes et les comportements à adopter serait, d'après les communes, appréciable",
  },
  {
    number: 15,
    axis: 'partage-informations',
    priority: 'B',
    title: 'Guide sur les bonnes pratiques à adopter pour une gestion de crise de type cyberattaque (y.c. préparation)',
    partners: 'Canton: SCI / NCSC',
    deliverable: 'Guide (bonnes pratiques + actions minimales) mis à disposition sur le portail ARVr',
    justification:
      "Durant les ateliers, une simulation d'attaque a été réalisée et il s'est avéré qu'aucune commune présente n'avait une stratégie claire de réaction en cas de cyberattaque, ni même une préparation adéquate. Une coordination doit être faite avec le Canton pour fournir cette checklist et un service de réaction rapide adéquat",
  },
  // — Partage d'informations (rows 16–20 carry their own axis cell) —
  {
    number: 16,
    axis: 'partage-informations',
    priority: 'B',
    title: "Points d'attention et bonnes pratiques sur le « comment éviter l'exclusion digitale » interne comme externe",
    partners: 'HES-SO / Pro Senectute / Communes / Etc.',
    deliverable: 'Guide (actions minimales + exemples pratiques) mis à disposition sur le portail ARVr',
    justification:
      "Les risques d'exclusion existent autant pour le personnel interne moins à l'aise avec le digital que pour des catégories de citoyens (séniors, malvoyants, problème de langue, etc.). Des bonnes pratiques existent, tout comme des choses à éviter et il s'agirait de les partager pour toutes les communes",
  },
  {
    number: 17,
    axis: 'partage-informations',
    priority: 'C',
    title: 'Guide des bonnes pratiques pour une digitalisation durable',
    partners: 'FDDM',
    deliverable: 'Guide pratique / fiches concrètes mis à disposition sur le portail ARVr',
    justification:
      "Une utilisation non maîtrisée du numérique peut entraîner d'importants coûts environnementaux. Dans le cadre du plan climat VS, il s'agit de maîtriser ces coûts. Des actions simples peuvent (doivent) être proposées aux communes pour une certaine hygiène « physique » du numérique",
  },
  {
    number: 18,
    axis: 'partage-informations',
    priority: 'C',
    title:
      "Coordination Canton-communes-fournisseurs pour le fonctionnement d'un guichet virtuel cantonal, y.c. normes à adopter et réponses aux questions fréquentes",
    partners: 'Canton: SAN, SCI / Communes / ARVr',
    deliverable: 'Coordination continue + Guides sur normes minimales & FAQ sur portail ARVr',
    justification:
      "Le SAN a pour ambition de proposer des services de base aux communes, y.c. un portail citoyens / entreprises. Il s'agira de s'assurer que les communes ont la base d'information requise pour en faire bon usage, autant d'un point de vue fonctionnalités accessibles que d'un point de vue technique / normage des données",
  },
  {
    number: 19,
    axis: 'partage-informations',
    priority: 'C',
    title: "Guide pour l'utilisation du guichet numérique cantonal pour les communes",
    partners: 'Canton: SAN',
    deliverable: "Guide d'utilisation pour le guichet numérique cantonal – partagé sur le portail ARVr",
    justification:
      "Le SAN a pour ambition de proposer des services de base aux communes, y.c. un portail citoyens / entreprises. Il s'agira de s'assurer que les communes ont la base d'information requise pour en faire bon usage, autant d'un point de vue fonctionnalités accessibles que d'un point de vue technique / normage des données",
  },
  {
    number: 20,
    axis: 'partage-informations',
    priority: 'C',
    title: 'Flyer « votre portail digital » à disposition des communes',
    partners: '-',
    deliverable: "Flyer explicatif / guide à l'intention du citoyen pour le sensibiliser aux démarches digitales",
    justification:
      'Il est reconnu que la confiance du citoyen dans la gestion de ses données par les administrations est très faible. Une communication intelligente et orientée est nécessaire et devra être faite par tous les acteurs. Une proposition centralisée et partagée apparaît dès lors comme pertinente',
  },
  // — Accompagnements spécifiques —
  {
    number: 21,
    axis: 'accompagnements-specifiques',
    priority: 'C',
    title: 'Veille active et neutre sur les outils de cyberadministration du marché, selon besoins des communes',
    partners: 'Communes / consultant',
    deliverable: 'Veille & partage de connaissances mis à disposition sur le portail ARVr',
    justification:
      "Étant donné l'évolution rapide des systèmes d'information, il s'agit d'assurer une veille active sur les outils existants, d'en extraire les plus-values éventuelles pour les communes, notamment basées sur les expériences utilisateurs (en Valais ou ailleurs) et de les partager avec les administrations",
  },
  {
    number: 22,
    axis: 'accompagnements-specifiques',
    priority: 'C',
    title:
      "Conseils commercialement neutres en termes de systèmes d'information communaux (sur demande et pour des problèmes communs à plusieurs communes)",
    partners: 'eGov innov. Center',
    deliverable: 'Conseil sur demande',
    justification:
      "Cette demande a été faite à plusieurs reprises par des politiques et techniques qui ont stipulé qu'au sein de la commune, personne ne « parlait informatique » et qu'un haut degré de dépendance aux prestataires externes en découlait. Une expertise neutre est souhaitée",
  },
  {
    number: 23,
    axis: 'accompagnements-specifiques',
    priority: 'C',
    title: "Veille active sur la cybersécurité: actualités et retours d'expériences",
    partners: 'Canton: SCI + cellule de crise adhoc',
    deliverable: 'Veille & partage de connaissances mis à disposition sur le portail ARVr',
    justification:
      "La cybersécurité évolue sans cesse et les communes n'ont pas forcément les ressources individuelles pour s'assurer que leurs prestataires historiques répondent à ces menaces. Une coordination est également à faire avec la cellule de crise du Canton du Valais. Cette tâche pourrait être réalisée de manière centralisée par les Antennes, avec des feedbacks réguliers auprès des communes",
  },
  {
    number: 24,
    axis: 'accompagnements-specifiques',
    priority: 'C',
    title: "Veille active sur les initiatives d'inclusions digitales réussies (ou ratées)",
    partners: '-',
    deliverable: 'Veille & partage de connaissances mis à disposition sur le portail ARVr',
    justification:
      "Les initiatives dans le domaine de l'inclusion florissent et sont nombreuses. Un monitoring actif est toutefois nécessaire pour un partage d'expérience réussi. La tâche n'est pas insurmontable en termes de ressources centralisées, mais est toutefois difficile à faire à l'échelle d'une commune individuelle",
  },
  {
    number: 25,
    axis: 'accompagnements-specifiques',
    priority: 'C',
    title:
      'Écoute des besoins communaux quant aux prestations liées au guichet numérique cantonal + remontée des informations au Canton (SAN)',
    partners: 'Canton SAN / Communes',
    deliverable: "Relais d'information entre les besoins du terrain et la gouvernance du guichet cantonal",
    justification:
      "Si la solution d'un portail intercantonal était retenue, il s'agirait de monitorer les différents modules développés ailleurs et d'être à l'écoute des besoins des communes afin de pouvoir échanger cette information",
  },
  // — Convergence des actions —
  {
    number: 26,
    axis: 'convergence-actions',
    priority: 'A',
    title:
      "Organisation et coordination du COTECH numérique, notamment afin de s'assurer de l'intégration fonctionnelle des briques de bases proposées par le SAN",
    partners: 'ARVr / Communes / Canton / Consultant',
    deliverable: 'Coordination entre les acteurs et tenue de séances régulières',
    justification:
      "La stratégie cantonale a l'ambition de proposer des services de base aux communes (portail, identité numérique, systèmes de paiement, etc.). Les Antennes pourraient dès lors servir de courroie de transmission technique, mais également tactique, entre ces différents échelons institutionnels",
  },
  {
    number: 27,
    axis: 'convergence-actions',
    priority: 'B',
    title: "Symposium « digital » annuel (ou à définir) à l'intention des communes, en collaboration avec le Canton et le RWO",
    partners: '-',
    deliverable: 'Tenue des symposiums',
    justification:
      "L'idée serait de proposer un symposium aux communes, avec une thématique phare chaque année afin de leur exposer les derniers développements et proposer des solutions. En collaboration avec le SAN et le RWO",
  },
  {
    number: 28,
    axis: 'convergence-actions',
    priority: 'B',
    title:
      'Guide pour la digitalisation de divers processus communaux (étapes, calendrier, coûts): ordres de grandeur pour une démarche minimale',
    partners: 'Communes / consultant',
    deliverable: 'Guide (bonnes pratiques + actions minimales) mis à disposition sur le portail ARVr',
    justification:
      'Beaucoup de communes ont avoué vouloir mettre des budgets liés au digital, mais ne savent pas où faire le premier pas. Une réelle demande existe pour un guide résumant les outils minimaux, les actions à entreprendre, les coûts y étant relatifs et les calendriers de mise en oeuvre. Un ouvrage universel ne pourra pas être réalisé, mais certains processus sont communs à toutes les administrations et peuvent être modélisés',
  },
  {
    number: 29,
    axis: 'convergence-actions',
    priority: 'B',
    title: 'Organisation de tests de phishing',
    partners: 'Canton: SCI / prestataires externes',
    deliverable: 'Coordination et organisation de campagnes de test effectives (cybersécurité)',
    justification:
      "Toutes les communes devraient régulièrement effectuer des tests de phishing auprès de leur administration, afin de s'assurer de l'imperméabilité de leurs systèmes. Pour des petites communes, ces campagnes pourraient s'avérer difficiles à coordonner. L'ARVr pourrait faire le relais auprès de mandataires externes pour en assurer une réalisation facilitée, le tout en coordination avec les outils proposés par le Canton",
  },
  {
    number: 30,
    axis: 'convergence-actions',
    priority: 'B',
    title:
      "Collaboration avec le Service de la sécurité civile et militaire pour la mise en place d'une cellule de réaction rapide en cas de cyberattaque",
    partners: 'Canton: SSCM',
    deliverable: "Coordination pour la mise en place d'une cellule disponible 24/7 en cas de cyberattaque",
    justification:
      "Une cellule de réaction rapide en cas de cyberattaque est nécessaire et sera créée au niveau cantonal, via le service de la protection civile et militaire. Les Antennes pourraient être appelées à travailler dans des sous-groupes afin de s'assurer de la compatibilité communale d'une telle cellule. Les Antennes pourraient ensuite aider, avec la FCV, à communiquer les procédures établies aux Communes Valaisannes",
  },
  {
    number: 31,
    axis: 'convergence-actions',
    priority: 'C',
    title: "Représentation des besoins communaux dans la mise en œuvre d'un HELPDESK 24/7 pour le portail citoyen / entreprises",
    partners: 'Canton: SAN',
    deliverable: 'Coordination / soutien',
    justification:
      "Le Canton sera responsable de la mise en œuvre d'un portail citoyens / entreprises (si la Lcyber est adoptée). Il s'agira dès lors d'avoir un service de soutien 24/7 pour les communes et les citoyens. Les Antennes pourraient coordonner les besoins de terrain avec le Canton pour cette tâche spécifique",
  },
  {
    number: 32,
    axis: 'convergence-actions',
    priority: 'C',
    title:
      'Coordination avec le Canton, la Fédération des Communes Valaisannes et la RWO sur les aspects juridiques liés à la digitalisation',
    partners: 'Canton: SAN / FCV',
    deliverable: 'Coordination active et informations aux communes en collaboration avec la FCV',
    justification:
      "De nombreux acteurs sont présents autour des communes et la Fédération des Communes Valaisannes en est le plus important. Il sera vital de régulièrement se coordonner avec eux, notamment sur les questions législatives, afin d'extraire le maximum de valeur de leurs connaissances et des compétences opérationnelles des Antennes",
  },
  {
    number: 33,
    axis: 'convergence-actions',
    priority: 'C',
    title: 'Facilitation de mise en place de projets communaux / cantonaux liés aux nouvelles technologies',
    partners: '«Canton: SAN / Académique / ARVr / Communes»',
    deliverable: 'Proposition de projets pilotes selon les besoins communaux et les nouvelles technologies à disposition',
    justification:
      "Étant donné l'évolution rapide des technologies de l'information, nombre d'initiatives pourront être prises afin d'améliorer le quotidien des communes et les services fournis à la population. Citons notamment les domaines de l'intelligence artificielle, de la blockchain ou des bots. L'ARVr agirait comme intermédiaire entre les acteurs de terrain et les développements académiques / privés, notamment via son spécialiste en données",
  },
  // — Valorisation des données (measures already applied, in the 2021/2022 budgets) —
  {
    number: 34,
    axis: 'valorisation-donnees',
    priority: 'A',
    title: "Concevoir et entretenir une plateforme numérique pour faciliter l'accès aux planifications et mesures territoriales (SmarTer)",
    partners: 'Agglos / Prestataires externes',
    deliverable: 'Plateforme online accessible par les différentes entités publiques avec des accès différenciés',
    justification:
      "Le besoin est né d'un meilleur suivi des mesures d'agglomération. Ce besoin s'est ensuite étendu aux Plans Directeurs intercommunaux et à d'autres thématiques territoriales. La plateforme « SmarTer » a été développée par l'ARVr en 2021 / 2022 et pourra servir de base à d'autres services, selon les besoins communaux",
  },
  {
    number: 35,
    axis: 'valorisation-donnees',
    priority: 'A',
    title:
      "Développement de sous-zones statistiques (échelle quartier ou village) permettant une granularité décisionnelle plus fine qu'actuellement",
    partners: 'Canton: OCSP / ARVr / prestataires externes',
    deliverable: 'Nouveau maillage territorial correspondant aux besoins décisionnels communaux',
    justification:
      "Actuellement, la majorité des données statistiques sont fournies à une échelle communale, alors que beaucoup de données existent à l'échelle de l'adresse individuelle. Il s'agirait de définir une couche intermédiaire permettant de respecter la LIPDA (anonymisation), mais également d'apporter une plus-value décisionnelle",
  },
  {
    // Listed under the « Valorisation des données » header, but the row's own axis cell says
    // « Accompagnements spécifiques »: the row's cell is kept, as the source writes it.
    number: 36,
    axis: 'accompagnements-specifiques',
    priority: 'B',
    title: 'Soutenir les communes dans la valorisation de leurs données',
    partners: 'Canton: OCSP / OFS / Académique',
    deliverable: 'Conseil sur demande',
    justification:
      "La donnée est omniprésente, mais toujours peu valorisée par les communes pour la prise de décision quotidienne. La présence d'un spécialiste de la donnée (data scientist) au sein de l'ARVr permet une expertise en la matière et un partage d'informations au service des communes",
  },
  {
    number: 37,
    axis: 'valorisation-donnees',
    priority: 'C',
    title: "Développement d'indicateurs politiques courants",
    partners: 'Communes / consultant',
    deliverable: "Liste d'indicateurs pertinents et calculables avec les données disponibles",
    justification:
      "Les données statistiques sont multiples et parfois illisibles. Il s'agirait de développer les indicateurs les plus courants / utiles pour la vie politique et de les agréger à une échelle adéquate afin de favoriser la prise de décision politique, respectivement technique",
  },
  {
    number: 38,
    axis: 'valorisation-donnees',
    priority: 'C',
    title: "Développement d'un cockpit communal de base, permettant de visualiser les données sélectionnées et les indicateurs retenus",
    partners: 'Canton: OCSP / SEFH / BlueArk / etc.',
    deliverable: 'Visualisation statistique des indicateurs retenus, possiblement à une échelle de quartier',
    justification:
      "Plusieurs communes sont demandeuses de cockpits décisionnels afin de suivre le développement, respectivement les besoins de leurs communes. Il ne ferait aucun sens que chaque commune doive développer son propre système. Un cockpit de base pourrait être proposé par l'ARVr avec des données dépendant du login",
  },
]
