import type { TemplateSeed } from './types'

/**
 * Models a commune copies and fills in. Passages between « [ ] » are placeholders. The strategy template
 * follows document 001, the steering note document 003; the four job descriptions answer measure 2 of the
 * ARVr strategy (004), which names archiving and data protection, and the wish for « cahiers des charges plus
 * formels » of ANNEXE II. Facts about archives and data protection come from the public pages of the Archives de
 * l'Etat du Valais, of the Préposé cantonal and of the ARVr named in each model's `source`; no article is cited.
 */
export const templates: TemplateSeed[] = [
  {
    slug: 'strategie-numerique-communale',
    title: 'Stratégie numérique communale (modèle pour petites communes)',
    category: 'strategie',
    description:
      'Un modèle de stratégie numérique qu’un conseil municipal peut adapter et approuver, avec la création d’une Commission numérique et d’un crédit-cadre annuel. Destiné aux petites communes, à compléter par le secrétariat et l’exécutif.',
    instructions: [
      {
        p: 'Mode d’emploi : ce modèle a été créé avec la commune de Grellingen dans le cadre de l’initiative « Conseiller numérique », soutenue par l’Administration numérique suisse (ANS), l’Association des Communes Suisses (ACS) et l’association « Ma commune », puis adapté au contexte romand. Il ne s’agit que d’un document de base : adaptez-le à la taille et au contexte de votre commune et remplacez les passages entre crochets.',
      },
      {
        p: 'Note : le montant de CHF 10.00 par habitant est l’exemple du modèle original, qui mentionne 4 ans dans la planification financière et 5 ans dans la décision ; choisissez une seule durée et reportez-la dans les deux passages.',
      },
    ],
    body: [
      { h2: 'Situation' },
      {
        p: 'Le conseil municipal de « [nom de la commune] » veut répondre aux attentes de la population et des collaborateur·trice·s de son administration en matière de transition numérique. En collaboration avec les employé·e·s communaux, il a élaboré la stratégie numérique suivante.',
      },
      { h2: 'Vision et objectifs' },
      {
        p: 'La commune de « [nom de la commune] » vise à devenir une commune connectée, proche de l’humain et sûre, en offrant des services efficaces et conviviaux, en augmentant son attractivité pour les habitant·e·s et les entreprises, en modernisant l’administration et en favorisant la communication avec les différents groupes d’intérêt. Les objectifs principaux sont l’amélioration du service aux habitant·e·s et aux entreprises, l’augmentation de l’efficacité interne et la création d’un environnement numérique attrayant et sûr.',
      },
      {
        ol: [
          '**Infrastructures numériques** : nous créons une infrastructure numérique moderne permettant des connexions Internet rapides, des équipements de travail performants et un accès numérique à l’information pour toutes et tous.',
          '**Prestations numériques** : en numérisant les processus administratifs, nous gérons plus efficacement les tâches répétitives et libérons du temps de personnel pour des tâches plus exigeantes. Les prestations numériques augmentent la disponibilité et la rapidité des processus et permettent de consacrer plus de temps à celles et ceux qui en ont besoin.',
          '**Promotion des compétences numériques** : nous encourageons l’acquisition de compétences numériques par nos employé·e·s et les intégrons au développement du personnel. La population est accompagnée par des actions de médiation numérique.',
          '**Sûreté et protection des données** : nous nous assurons que tous les services numériques sont conformes aux règles en vigueur sur la protection des données et que la sûreté des informations est garantie.',
          '**Partenariats et coopérations** : nous recherchons activement des coopérations régionales, cantonales ou fédérales pour regrouper les ressources et réaliser des projets communs.',
          '**Transparence et participation** : nous informons régulièrement sur les progrès de la transition numérique et impliquons activement les habitant·e·s et les différents groupes d’intérêt.',
          '**Durabilité, climat et accessibilité** : nous utilisons la technologie au service de la transition énergétique et des objectifs climatiques et durables. Nous assurons que les prestations communales, numériques ou non, sont accessibles à toutes et tous.',
          '**Gouvernance et mise en œuvre** : une commission municipale, la « Commission numérique », dédiée à la mise en œuvre de la stratégie, est chargée de prioriser et de surveiller les réalisations.',
        ],
      },
      {
        p: 'La Commission numérique examine aussi régulièrement les effets et les succès des initiatives numériques et adapte la stratégie aux développements et aux besoins.',
      },
      { h2: 'Considérations' },
      { h3: 'Commission numérique' },
      {
        p: 'La mise en œuvre d’une stratégie numérique demande une planification à long terme et un suivi continu. Il est donc logique de créer une Commission numérique chargée de la mise en œuvre et du contrôle des progrès, de vérifier régulièrement les effets des initiatives numériques, de recueillir et d’analyser les commentaires des usager·ère·s et d’adapter la stratégie. Sont prévus comme membres :',
      },
      {
        ul: [
          '1 délégué·e du conseil municipal : « [nom] »',
          '1 délégué·e des cadres de l’administration : « [nom] »',
          '1 responsable informatique : « [nom] »',
          '1 responsable des finances : « [nom] »',
          '1 représentant·e des collaborateur·trice·s : « [nom] »',
          '1 représentant·e de la société civile (habitant·e ou représentant·e d’un groupe d’intérêt), ou une démarche participative : « [nom ou démarche] »',
          'Éventuellement 1 expert·e externe en numérisation : « [nom] »',
        ],
      },
      {
        p: 'La Commission est nommée par le conseil municipal et a une fonction consultative. La durée du mandat correspond à celle du conseil municipal. Les détails sont réglés par le règlement de la Commission. La Commission se constitue elle-même et désigne au minimum sa présidence et la personne chargée du procès-verbal.',
      },
      { h3: 'Sécurité et protection des données' },
      {
        p: 'La commune assure en tout temps la sécurité des informations et respecte les règles de protection des données. Des directives et des procédures garantissent la sécurité de l’infrastructure numérique ainsi que la confidentialité, l’intégrité et la disponibilité des données. Tous les services numériques doivent être conformes aux règles de protection des données, ce qui implique de choisir soigneusement les fournisseurs de technologie et de surveiller leur conformité.',
      },
      { h3: 'Cyberadministration (e-government)' },
      {
        p: 'Un élément central de la stratégie est la mise en place de prestations en ligne, qui permettent aux usager·ère·s d’accéder en permanence aux prestations communales, avec plus d’efficacité et de convivialité. Ces prestations doivent être définies et introduites de manière sûre.',
      },
      { h3: 'Contexte cantonal et fédéral' },
      {
        p: 'Les cantons, les communes par leur association faîtière et la Confédération ont créé l’Administration numérique suisse (ANS) pour accélérer et rationaliser la transition numérique en Suisse. Les cantons mettent en place des infrastructures, des bases légales et une organisation pour soutenir les communes dans leur transition numérique.',
      },
      {
        p: 'Complément pour le Valais : le Canton a créé en 2021 le Service de l’administration numérique (SAN), et sa stratégie « Services numériques des autorités valaisannes », validée par le Conseil d’État en avril 2022, repose sur la mise à disposition de services de base (authentification, signature électronique, portail unique) et sur des prestations conjointes entre autorités. Lors du renouvellement de ses prestations numériques, la commune examine en priorité ces services réutilisables. Elle s’appuie aussi sur la stratégie numérique 2022–25 de l’Antenne Région Valais romand (ARVr) et sur ses guides publiés dans Relais.',
      },
      { h3: 'Communication et participation' },
      {
        p: 'Pour que la transition numérique corresponde aux attentes et aux besoins de la population et des entreprises, la commune mène une communication ouverte et transparente : elle informe régulièrement sur les progrès et les avantages de la numérisation et implique activement les parties prenantes, par exemple par des plateformes de participation, des sondages ou des ateliers.',
      },
      { h3: 'Financement' },
      {
        p: 'La mise en œuvre de la stratégie implique des ressources financières dont le montant exact n’est pas encore connu. Elles servent à soutenir la mise en œuvre de la stratégie (par exemple prestations en ligne centrées sur l’usager, interfaces facilitant le travail administratif, formation du personnel, lutte contre l’obsolescence, cybersécurité). Le renouvellement de l’infrastructure informatique ou le remplacement d’un logiciel existant passe par les canaux de financement existants. Le conseil municipal propose la création d’un crédit-cadre annuel de CHF « [10.00] » par habitant·e, à prévoir au prochain budget et dans la planification financière des « [nombre] » prochaines années.',
      },
      { h2: 'Décision' },
      {
        p: 'La stratégie numérique offre à la commune de « [nom de la commune] » de nombreuses occasions d’améliorer ses services, de travailler plus efficacement et de devenir plus attrayante pour les habitant·e·s, les entreprises et les employé·e·s. Pour les saisir, il faut une stratégie fondée sur les risques, les besoins et les ressources propres à la commune. La présente décision en pose la base. Toutes les parties prenantes doivent être impliquées, et la mise en œuvre suivie et adaptée en continu.',
      },
      {
        p: 'Le « [conseil municipal / conseil général] » prend les décisions suivantes :',
      },
      {
        ol: [
          'La stratégie numérique est approuvée.',
          'La création de la Commission numérique est approuvée. Sa composition tient compte des différents groupes d’âge et d’intérêt.',
          'La création d’un crédit-cadre correspondant à CHF « [10.00] » par habitant·e et par an pour les « [nombre] » prochaines années est approuvée, sous réserve de l’approbation du budget communal.',
        ],
      },
      {
        p: '« [Lieu] », le « [date] » — Pour le conseil municipal : « [le/la président·e] », « [le/la secrétaire municipal·e] »',
      },
    ],
    source:
      'Modèle « Ma commune » / ACS, Modèle 04, septembre 2023 (document 001), adapté au contexte valaisan ; répond à l’axe 1 de la Stratégie numérique ARVr 2022–25.',
  },

  {
    slug: 'note-pilotage-numerique',
    title: 'Note interne : pilotage numérique communal',
    category: 'pilotage',
    description:
      'Une note courte que l’exécutif adopte pour désigner le référent numérique, répartir les responsabilités et tenir un journal des décisions et des incidents. Pensée pour les communes de moins de 2’000 habitant·e·s.',
    instructions: [],
    body: [
      {
        p: 'Commune de « [nom de la commune] » — Note adoptée par le conseil municipal le « [date] ». Objectif : vers une administration numérique communale souveraine.',
      },
      { h2: '1. Contexte et objectif de la note' },
      {
        p: 'La transformation numérique concerne aujourd’hui l’ensemble des activités de notre commune : gestion administrative, finances, communication, prestations à la population et organisation interne.',
      },
      {
        p: 'Comme de nombreuses communes de petite taille, notre approche du numérique s’est développée de manière pragmatique, au fil des besoins, en s’appuyant largement sur des prestataires externes. Cette démarche a permis des gains d’efficacité, mais elle comporte aussi des risques : dépendance accrue, manque de vision d’ensemble et perte progressive de maîtrise décisionnelle.',
      },
      {
        p: 'La présente note pose un cadre simple et proportionné de pilotage du numérique communal, afin que la commune conserve sa capacité à décider, comprendre et réagir, même avec des moyens limités. Elle ne constitue pas une stratégie informatique exhaustive : elle fixe un cadre de gouvernance minimal, opérationnel et adapté à la taille de la commune.',
      },
      { h2: '2. Principes de pilotage' },
      {
        ul: [
          '**Proportionnalité** : les mesures sont adaptées aux ressources réelles de la commune.',
          '**Clarté des responsabilités** : les rôles et les décisions sont explicitement assumés.',
          '**Maîtrise minimale** : la commune comprend les outils numériques essentiels qu’elle utilise, même si leur gestion technique est externalisée.',
          '**Traçabilité allégée** : les décisions numériques importantes sont documentées de manière succincte.',
        ],
      },
      { h2: '3. Désignation du référent numérique communal' },
      { h3: '3.1 Désignation' },
      {
        p: 'La commune désigne comme référent·e numérique communal·e : « [prénom, nom, fonction] ». Ce rôle est en principe assumé par le/la secrétaire communal·e, ou par un membre du conseil exécutif ou une personne externe dans certains cas. Il ne donne pas lieu à la création d’une fonction spécifique.',
      },
      { h3: '3.2 Missions du référent numérique communal' },
      {
        ul: [
          'disposer d’une vue d’ensemble des outils numériques utilisés par la commune ;',
          'coordonner les relations avec les prestataires informatiques ;',
          'préparer les éléments nécessaires aux décisions de l’exécutif communal ;',
          'assurer le suivi des incidents numériques significatifs ;',
          'veiller à la cohérence des choix numériques dans le temps ;',
          'faire le lien, selon les besoins, avec les dispositifs de coordination régionale ou intercommunale en matière de numérique ;',
          'échanger avec d’autres communes afin de partager les bonnes pratiques et d’identifier des solutions mutualisées lorsque cela est pertinent.',
        ],
      },
      {
        p: 'Il n’est pas attendu du référent qu’il dispose de compétences techniques spécialisées, mais qu’il assure un pilotage administratif et décisionnel.',
      },
      { h2: '4. Répartition des responsabilités' },
      { h3: 'Exécutif communal' },
      {
        ul: [
          'définit les orientations générales en matière de numérique ;',
          'valide les décisions ayant un impact durable ou significatif ;',
          'est informé des incidents affectant les prestations ou les données.',
        ],
      },
      { h3: 'Administration communale' },
      {
        ul: [
          'met en œuvre les décisions ;',
          'utilise les outils numériques au quotidien ;',
          'signale les besoins, dysfonctionnements et risques identifiés.',
        ],
      },
      { h3: 'Prestataires externes' },
      {
        ul: [
          'fournissent les prestations techniques convenues ;',
          'conseillent la commune sur les aspects techniques ;',
          'n’assument aucune responsabilité décisionnelle.',
        ],
      },
      { h2: '5. Décisions numériques' },
      {
        p: 'Toute décision numérique ayant un impact durable (choix d’un outil, d’un prestataire ou d’une solution engageant la commune dans le temps) est portée à la connaissance de l’exécutif communal. Les décisions sont documentées de manière succincte dans le journal des décisions (annexe 1), notamment : l’outil ou le service concerné, le motif du choix, les principaux risques identifiés.',
      },
      { h2: '6. Gestion des incidents numériques' },
      {
        ul: [
          'le référent numérique est informé sans délai ;',
          'les prestataires concernés sont contactés ;',
          'l’exécutif communal est informé si les prestations à la population ou la sécurité des données sont affectées.',
        ],
      },
      {
        p: 'Une documentation minimale de chaque incident numérique significatif est conservée dans le journal des incidents (annexe 2).',
      },
      { h2: '7. Entrée en vigueur et suivi' },
      {
        p: 'La présente note entre en vigueur dès son adoption par l’exécutif communal, le « [date] ». Elle peut être adaptée en fonction de l’évolution des besoins, sans qu’il soit nécessaire d’adopter une nouvelle stratégie formelle.',
      },
      {
        p: '**Objectif prioritaire : garantir que la commune ne subisse pas ses choix numériques, même avec des moyens limités.**',
      },
      { h2: 'Annexe 1 — Journal des décisions numériques' },
      {
        p: 'Une ligne par décision ayant un impact durable. Les trois colonnes essentielles sont celles de la note ; la date et la mention de l’exécutif facilitent le suivi.',
      },
      {
        ul: [
          'Date : « [AAAA-MM-JJ] »',
          '**Outil ou service concerné** : « [par ex. logiciel de gestion des salaires, messagerie, prestataire de sauvegarde] »',
          '**Motif du choix** : « [besoin couvert, alternatives examinées, coût] »',
          '**Principaux risques identifiés** : « [dépendance au fournisseur, données personnelles, durée d’engagement, sortie du contrat] »',
          'Porté à la connaissance de l’exécutif le : « [date, séance] »',
        ],
      },
      { h2: 'Annexe 2 — Journal des incidents numériques' },
      {
        p: 'Documentation minimale, une ligne par incident significatif :',
      },
      {
        ul: [
          'Date et heure de détection : « [AAAA-MM-JJ hh:mm] »',
          'Ce qui a été constaté : « [description courte] »',
          'Prestations ou données touchées : « [lesquelles, données personnelles oui/non] »',
          'Personnes informées et quand : « [référent, prestataire, exécutif, autorités] »',
          'Mesures prises : « [isolement, restauration, changement de mots de passe, signalement] »',
          'Clôture et enseignements : « [date, ce qui change désormais] »',
        ],
      },
      {
        p: 'Dans Relais, ces deux journaux peuvent être tenus dans le registre de la commune (page « Ma commune »), visible uniquement par les membres de la commune et par les coordinateurs de l’ARVr.',
      },
    ],
    source: 'Modèle de note interne « Pilotage numérique communal » pour les communes de moins de 2’000 habitants (document 003).',
  },

  {
    slug: 'cahier-des-charges-referent-numerique',
    title: 'Cahier des charges : référent·e numérique communal·e',
    category: 'cahier-des-charges',
    description:
      'Un cahier des charges type pour la personne qui pilote le numérique de la commune, en général en plus d’une autre fonction. À compléter par le secrétariat et à faire valider par l’exécutif.',
    instructions: [
      {
        p: 'Pourquoi ce modèle : la stratégie numérique de l’ARVr relève que la politique informatique de la plupart des communes repose sur les épaules d’une seule personne « un peu plus à l’aise que les autres », avec le risque de laisser un grand vide en cas d’accident, de démission ou de retraite. Les communes souhaitent des **cahiers des charges plus formels, avec des formations ad hoc** ; nommer des responsables est jugé urgent (mesure 2, priorité A). Les missions reprennent celles de la note « Pilotage numérique communal ».',
      },
    ],
    body: [
      { h2: 'Fonction' },
      {
        ul: [
          'Intitulé : référent·e numérique communal·e de « [nom de la commune] »',
          'Titulaire : « [prénom, nom] », par ailleurs « [secrétaire municipal·e / membre de l’exécutif / autre fonction] »',
          'Suppléant·e : « [prénom, nom] »',
          'Entrée en fonction : « [date] »',
        ],
      },
      { h2: 'Mission' },
      {
        p: 'Assurer le pilotage administratif et décisionnel du numérique communal, afin que la commune conserve sa capacité à décider, comprendre et réagir, même lorsque la gestion technique est confiée à des prestataires. Des compétences techniques spécialisées ne sont pas attendues.',
      },
      { h2: 'Tâches' },
      {
        ul: [
          'Tenir à jour l’inventaire des outils numériques, des prestataires et des contrats de la commune, avec leurs échéances.',
          'Coordonner les relations avec les prestataires informatiques et suivre leurs prestations.',
          'Préparer les éléments nécessaires aux décisions de l’exécutif et tenir le journal des décisions numériques (outil, motif du choix, principaux risques).',
          'Être informé·e sans délai des incidents numériques significatifs, en assurer le suivi, informer l’exécutif lorsque les prestations ou les données sont touchées et tenir le journal des incidents.',
          'Tenir à jour la liste des contacts d’urgence et le plan de continuité.',
          'Veiller à la cohérence des choix numériques dans le temps.',
          'Suivre les checklists d’actions minimales de Relais pour la commune (sauvegardes, mots de passe, incidents, etc.).',
          'Faire le lien avec la coordination régionale (ARVr) et échanger avec d’autres communes pour partager les bonnes pratiques et identifier des solutions mutualisées.',
        ],
      },
      { h2: 'Compétences requises' },
      {
        ul: [
          'Bonne connaissance du fonctionnement et des prestations de l’administration communale.',
          'Sens de l’organisation, rigueur dans la documentation, capacité à coordonner des intervenants externes.',
          'Intérêt pour le numérique et aptitude à expliquer simplement des questions techniques à l’exécutif et au personnel.',
          'Notions de base en sécurité de l’information et en protection des données (LIPDA), acquises au besoin par la formation.',
          'Discrétion.',
        ],
      },
      { h2: 'Taux d’activité' },
      {
        p: 'Ce rôle ne crée pas de fonction spécifique : il s’ajoute à la fonction principale du ou de la titulaire, pour « [x] % » de son temps, soit environ « [nombre] » heures par mois. Réservez un temps fixe, par exemple une demi-journée par mois, plutôt qu’un engagement « au besoin » qui passe toujours après l’urgence.',
      },
      { h2: 'Rattachement' },
      {
        p: 'Le ou la référent·e rend compte à l’exécutif communal, par l’intermédiaire de « [le/la président·e de commune / le membre de l’exécutif en charge du numérique] ». Les prestataires le ou la conseillent sur les aspects techniques mais n’assument aucune responsabilité décisionnelle.',
      },
      { h2: 'Formation' },
      {
        ul: [
          'Prise en main des guides et des checklists de Relais dès l’entrée en fonction.',
          'Formations en cybersécurité proposées par le Canton et formations ciblées selon le type d’utilisateur, comme le demandaient les ateliers de l’ARVr.',
          'Participation aux rencontres et au symposium proposés par l’ARVr et aux échanges entre référent·e·s des communes.',
          'Budget de formation annuel : CHF « [montant] ».',
        ],
      },
    ],
    source:
      'Stratégie numérique ARVr 2022–25, mesure 2 « Cahier des charges types pour les postes liés au digital au sein des communes » et ANNEXE II (atelier 2.1) ; missions selon la note interne « Pilotage numérique communal » (document 003).',
  },

  {
    slug: 'cahier-des-charges-responsable-informatique',
    title: 'Cahier des charges : responsable informatique communal·e',
    category: 'cahier-des-charges',
    description:
      'Un cahier des charges type pour la personne chargée de l’informatique de la commune, engagée ou désignée à l’interne, éventuellement partagée entre plusieurs communes. À adapter par l’exécutif et le secrétariat.',
    instructions: [
      {
        p: 'Pourquoi ce modèle : plusieurs administrations doivent engager ou désigner à l’interne des responsables liés au numérique, et la stratégie numérique de l’ARVr propose des cahiers des charges types (mesure 2, priorité A). Les ateliers ont relevé une délégation de la cybersécurité aux fournisseurs « sans réelle vue d’ensemble » et un manque de mutualisation des compétences entre communes. Ce poste travaille avec le ou la référent·e numérique, qui garde le pilotage décisionnel.',
      },
    ],
    body: [
      { h2: 'Fonction' },
      {
        ul: [
          'Intitulé : responsable informatique de « [nom de la commune / des communes partenaires] »',
          'Titulaire : « [prénom, nom] »',
          'Suppléance : « [collaborateur·trice ou prestataire désigné] »',
          'Entrée en fonction : « [date] »',
        ],
      },
      { h2: 'Mission' },
      {
        p: 'Garantir la disponibilité, l’intégrité et la confidentialité des systèmes d’information de la commune, en les exploitant directement ou en pilotant les prestataires externes, et conseiller le ou la référent·e numérique et l’exécutif sur les choix techniques.',
      },
      { h2: 'Tâches' },
      { h3: 'Exploitation' },
      {
        ul: [
          'Tenir l’inventaire du matériel, des logiciels, des licences et des accès.',
          'Gérer les comptes et les droits : un compte personnel par personne, ouverture à l’arrivée, fermeture le jour du départ.',
          'Assurer les mises à jour des postes, des serveurs et des équipements réseau.',
          'Assister les utilisateur·trice·s au quotidien.',
        ],
      },
      { h3: 'Sécurité et sauvegardes' },
      {
        ul: [
          'Garantir des sauvegardes selon la règle 3-2-1, dont une copie hors ligne ou immuable, et organiser au moins un test de restauration par an, avec procès-verbal.',
          'Appliquer la politique de mots de passe et l’authentification à deux facteurs, en priorité sur la messagerie et les accès à distance.',
          'Conduire la réaction technique aux incidents selon le guide « La première heure » et alimenter le journal des incidents.',
          'Organiser la sensibilisation du personnel et les campagnes de test de hameçonnage, en coordination avec l’offre du Canton (SCI).',
          'Suivre les alertes et recommandations de l’Office fédéral de la cybersécurité (OFCS).',
        ],
      },
      { h3: 'Continuité et prestataires' },
      {
        ul: [
          'Tenir à jour le plan de continuité et participer à l’exercice annuel.',
          'Suivre les contrats et les niveaux de service des prestataires, et vérifier les points clés de chaque contrat (mesure 11).',
          'Préparer les cahiers des charges techniques des acquisitions et veiller à ce que les systèmes puissent s’interfacer avec les services de base du Canton (SAN).',
        ],
      },
      { h3: 'Données et documents' },
      {
        ul: [
          'Mettre en place et faire respecter la convention de nommage et l’arborescence commune.',
          'Collaborer avec l’archiviste cantonal pour le cycle de vie des données et avec la personne chargée de la protection des données (LIPDA).',
        ],
      },
      { h2: 'Compétences requises' },
      {
        ul: [
          'Formation : « [CFC d’informaticien·ne, brevet fédéral, diplôme HES ou expérience jugée équivalente] ».',
          'Maîtrise des postes de travail, des serveurs, des réseaux et des services en nuage utilisés par la commune (« [par ex. Microsoft 365] »).',
          'Bonnes connaissances en sécurité de l’information : sauvegardes, gestion des accès, réaction aux incidents.',
          'Capacité à piloter des prestataires et à conduire de petits projets.',
          'Aptitude à expliquer simplement et à former des utilisateur·trice·s non spécialistes.',
          'Discrétion absolue ; connaissance de l’allemand : « [un atout / requise] ».',
        ],
      },
      { h2: 'Taux d’activité' },
      {
        p: 'Poste à « [x] % ». En cas de poste partagé entre plusieurs communes, la répartition du temps et des coûts est fixée par « [convention intercommunale, date] ».',
      },
      { h2: 'Rattachement' },
      {
        p: 'Hiérarchique : « [le/la secrétaire municipal·e / chef·fe de service] ». Fonctionnel : le ou la référent·e numérique, qui porte les décisions devant l’exécutif. Le ou la responsable informatique informe sans délai le ou la référent·e de tout incident significatif.',
      },
      { h2: 'Formation' },
      {
        ul: [
          'Formation continue annuelle en cybersécurité, notamment les offres du Canton.',
          'Formations spécialisées (par exemple auprès de la HES-SO) selon les outils de la commune : « [liste] ».',
          'Participation aux échanges entre communes et, le cas échéant, aux travaux du COTECH de l’ARVr.',
          'Budget de formation annuel : CHF « [montant] ».',
        ],
      },
    ],
    source:
      'Stratégie numérique ARVr 2022–25, mesure 2 « Cahier des charges types pour les postes liés au digital au sein des communes » et ANNEXE II (ateliers 1, 2.1 et 3).',
  },

  {
    slug: 'cahier-des-charges-responsable-archives',
    title: 'Cahier des charges : responsable des archives communales',
    category: 'cahier-des-charges',
    description:
      'Un cahier des charges type pour la personne qui tient les documents et les archives de la commune, du classement à la conservation ou à la destruction, en général à temps partiel ou en plus d’une autre fonction. À adapter par l’exécutif et le secrétariat.',
    instructions: [
      {
        p: 'Pourquoi ce modèle : la stratégie numérique de l’ARVr relève que plusieurs administrations doivent engager, ou désigner à l’interne, des **responsables pour l’archivage des documents**, et juge urgent de nommer des responsables (mesure 2, priorité A). Les ateliers ont constaté l’absence de vue d’ensemble du cycle de vie des données, « en particulier de l’archivage », et peu de discipline dans la gestion de l’archivage dès la création d’un document, « souvent par manque d’information et de responsable désigné plus que de volonté ».',
      },
      {
        p: 'Les **Archives de l’Etat du Valais (AEV)** conseillent les responsables d’archives communales, coordonnent les pratiques des communes et en exercent la surveillance. Elles publient le « Guide de gestion des documents et des archives pour les communes valaisannes », avec des outils et des modèles : c’est la référence de ce poste.',
      },
    ],
    body: [
      { h2: 'Fonction' },
      {
        ul: [
          'Intitulé : responsable des archives de « [nom de la commune / des communes partenaires] »',
          'Titulaire : « [prénom, nom] », par ailleurs « [fonction principale, le cas échéant] »',
          'Suppléant·e : « [prénom, nom] »',
          'Entrée en fonction : « [date] »',
        ],
      },
      { h2: 'Mission' },
      {
        p: 'Organiser la gestion des documents de la commune, papier et numériques, de leur création à leur conservation définitive ou à leur destruction, afin que la commune retrouve ses documents, prouve ses décisions et garde sa mémoire. Le ou la responsable applique les recommandations des Archives de l’Etat du Valais et en est l’interlocuteur·trice.',
      },
      { h2: 'Tâches' },
      { h3: 'Classer' },
      {
        ul: [
          'Tenir à jour le **plan de classement** de la commune et veiller à ce que tous les services l’appliquent, dans les classeurs comme dans les dossiers partagés et la gestion électronique des documents (GED).',
          'Faire appliquer la convention de nommage des documents, avec le ou la responsable informatique (voir le guide « Nommer et classer les documents »).',
          'Conseiller les collègues sur ce qu’il faut garder, où et sous quel nom.',
        ],
      },
      { h3: 'Conserver ou détruire' },
      {
        ul: [
          'Tenir à jour le **calendrier de conservation** : pour chaque type de document, la durée de conservation et le sort final (conserver définitivement ou détruire), en s’appuyant sur les règles de conservation proposées par les AEV.',
          'Organiser chaque année le transfert des dossiers clos des services vers les archives, avec une liste de ce qui est transféré.',
          'Organiser la **destruction** des documents arrivés au terme de leur durée de conservation, de manière sûre (données personnelles comprises), et la consigner dans un **procès-verbal d’élimination** : quoi, quelle période, quand, autorisé par qui.',
          'Tenir l’**inventaire** des archives de la commune.',
        ],
      },
      { h3: 'Protéger' },
      {
        ul: [
          'Veiller à de bonnes conditions de conservation : local, matériel d’archivage, accès limité.',
          'Tenir à jour un **plan d’urgence** pour les archives (incendie, dégât d’eau), sur le modèle proposé par les AEV.',
          'Pour les documents numériques : participer au choix des logiciels et de la GED, vérifier qu’ils permettent de classer, de conserver, d’exporter et de détruire selon le calendrier, et que les formats restent lisibles dans le temps.',
        ],
      },
      { h3: 'Communiquer' },
      {
        ul: [
          'Répondre aux demandes de consultation des archives (services, population, chercheur·euse·s) en respectant la protection des données, avec le ou la conseiller·ère à la protection des données.',
          'Être l’interlocuteur·trice des AEV : conseils, visites, et le cas échéant dépôt de fonds d’archives.',
        ],
      },
      { h2: 'Compétences requises' },
      {
        ul: [
          'Formation : « [CFC d’agent·e en information documentaire, formation en archivistique, ou expérience jugée équivalente] ».',
          'Bonne connaissance du fonctionnement et des dossiers de l’administration communale.',
          'Rigueur, sens de l’organisation, aptitude à expliquer des règles simples et à les faire appliquer.',
          'Notions de protection des données et de sécurité de l’information, acquises au besoin par la formation.',
          'Discrétion.',
        ],
      },
      { h2: 'Taux d’activité' },
      {
        p: 'Poste à « [x] % », ou « [x] % » du temps du ou de la titulaire en plus de sa fonction principale. En cas de poste partagé entre plusieurs communes, la répartition du temps et des coûts est fixée par « [convention intercommunale, date] ».',
      },
      { h2: 'Rattachement' },
      {
        p: 'Hiérarchique : « [le/la secrétaire municipal·e] ». Le ou la responsable des archives travaille avec le ou la référent·e numérique, le ou la responsable informatique et le ou la conseiller·ère à la protection des données.',
      },
      { h2: 'Formation' },
      {
        ul: [
          'Cours de formation proposés par les Archives de l’Etat du Valais, dès l’entrée en fonction.',
          'Prise en main du « Guide de gestion des documents et des archives pour les communes valaisannes » et de ses modèles.',
          'Formations sur le cycle de vie des données organisées avec l’archiviste cantonal (mesure 10 de la stratégie ARVr), dès qu’elles sont proposées.',
          'Budget de formation annuel : CHF « [montant] ».',
        ],
      },
      { h2: 'Références' },
      {
        ul: [
          'Antenne Région Valais romand (ARVr), Stratégie numérique 2022–25 : mesure 2 « Cahier des charges types pour les postes liés au digital au sein des communes », mesures 9 et 10, ANNEXE II (ateliers 1 et 2.1).',
          'Archives de l’Etat du Valais, « Guide de gestion des documents et des archives pour les communes valaisannes », version 1.2, mai 2020, et ses outils et modèles (www.vs.ch/aev).',
          'Archives de l’Etat du Valais, « Politique des Archives de l’Etat du Valais vis-à-vis des communes », version 2.0, avril 2020.',
          'Archives de l’Etat du Valais, page « Conseil et soutien aux communes municipales et bourgeoisiales » (conseil, surveillance, prise en charge des fonds).',
          'Loi sur l’information du public, la protection des données et l’archivage (LIPDA) du 9 octobre 2008, canton du Valais.',
        ],
      },
    ],
    source:
      'Stratégie numérique ARVr 2022–25, mesure 2 et ANNEXE II (ateliers 1 et 2.1) ; Archives de l’Etat du Valais, « Guide de gestion des documents et des archives pour les communes valaisannes » (version 1.2, 2020).',
  },

  {
    slug: 'cahier-des-charges-conseiller-protection-donnees',
    title: 'Cahier des charges : conseiller·ère à la protection des données',
    category: 'cahier-des-charges',
    description:
      'Un cahier des charges type pour la personne qui conseille l’exécutif et les services sur la protection des données personnelles et tient le registre des traitements de la commune. Rôle souvent à temps partiel, éventuellement partagé entre plusieurs communes. À adapter par l’exécutif.',
    instructions: [
      {
        p: 'Pourquoi ce modèle : la stratégie numérique de l’ARVr relève que plusieurs administrations doivent engager, ou désigner à l’interne, des **responsables pour la protection des données**, et juge urgent de nommer des responsables (mesure 2, priorité A). Les ateliers ont constaté peu de connaissances spécifiques en protection des données et un manque de documents synthétiques sur les droits et devoirs des employé·e·s communaux ; le personnel « au front » ne maîtrise pas la LIPDA dans son ensemble (mesure 14).',
      },
      {
        p: 'Les communes valaisannes sont soumises à la loi cantonale sur l’information du public, la protection des données et l’archivage (**LIPDA**), sous la surveillance du **Préposé cantonal à la protection des données et à la transparence** et de la Commission cantonale de protection des données et de transparence. Selon l’ARVr, depuis l’entrée en vigueur de la LIPDA révisée en janvier 2024, la **tenue d’un registre des traitements** est obligatoire pour les administrations communales. Ce que la loi exige de votre commune pour ce rôle se vérifie auprès du Préposé cantonal : ce modèle décrit les tâches, pas les obligations légales.',
      },
    ],
    body: [
      { h2: 'Fonction' },
      {
        ul: [
          'Intitulé : conseiller·ère à la protection des données de « [nom de la commune / des communes partenaires] »',
          'Titulaire : « [prénom, nom] », par ailleurs « [fonction principale, le cas échéant] »',
          'Suppléant·e : « [prénom, nom] »',
          'Entrée en fonction : « [date] »',
        ],
      },
      { h2: 'Mission' },
      {
        p: 'Aider la commune à traiter les données personnelles de ses habitant·e·s et de son personnel comme le prévoit la LIPDA : des données collectées pour des buts précis et annoncés, protégées, conservées le temps nécessaire, puis archivées ou détruites. Le ou la conseiller·ère conseille et vérifie ; les décisions restent à l’exécutif et aux services.',
      },
      { h2: 'Tâches' },
      { h3: 'Connaître les traitements' },
      {
        ul: [
          'Tenir à jour le **registre des traitements** de la commune : pour chaque traitement (contrôle des habitants, impôts, social, salaires, écoles, etc.), le but, les données, les personnes qui y ont accès, les prestataires, la durée de conservation.',
          'Vérifier avec les services que seules les données nécessaires sont collectées, et que les personnes concernées savent dans quel but.',
        ],
      },
      { h3: 'Conseiller' },
      {
        ul: [
          'Conseiller l’exécutif et les services (guichet, contrôle des habitants, services sociaux, finances) sur les questions de données personnelles du quotidien : quoi communiquer, à qui, sous quelle forme.',
          'Donner un avis, avant la décision, sur tout nouvel outil, service en nuage ou contrat qui traite des données personnelles, avec le ou la référent·e numérique (journal des décisions : « principaux risques »).',
          'Veiller à ce que les contrats avec les prestataires règlent le traitement des données, leur lieu de stockage et leur restitution en fin de contrat (voir la checklist des contrats de Relais, mesure 11).',
        ],
      },
      { h3: 'Répondre et réagir' },
      {
        ul: [
          'Coordonner les réponses aux personnes qui demandent à consulter ou à faire corriger les données qui les concernent, et aux demandes d’accès aux documents officiels.',
          'En cas d’incident touchant des données personnelles (vol, perte, envoi à la mauvaise personne, cyberattaque) : aider le ou la référent·e numérique à évaluer ce qui est touché et prendre contact avec le Préposé cantonal pour savoir ce qu’il faut annoncer, et à qui (voir le guide « Que faire en cas de cyberattaque ? »).',
          'Être l’interlocuteur·trice du Préposé cantonal pour la commune.',
        ],
      },
      { h3: 'Former' },
      {
        ul: [
          'Sensibiliser le personnel et les élu·e·s, au moins une fois par an, avec les guides et les checklists de Relais.',
          'Fixer avec le ou la responsable des archives les durées de conservation et la destruction sûre des données personnelles.',
        ],
      },
      { h2: 'Compétences requises' },
      {
        ul: [
          'Connaissance de la LIPDA et de son règlement d’exécution, ou volonté de l’acquérir rapidement par la formation.',
          'Bonne connaissance des prestations de l’administration communale et des données qu’elles utilisent.',
          'Capacité à expliquer simplement une règle et à dire non lorsqu’un traitement ne se justifie pas.',
          'Notions de sécurité de l’information (accès, sauvegardes, mots de passe).',
          'Discrétion absolue ; indépendance de jugement.',
        ],
      },
      { h2: 'Taux d’activité' },
      {
        p: 'Poste à « [x] % », ou « [x] % » du temps du ou de la titulaire en plus de sa fonction principale. En cas de poste partagé entre plusieurs communes, la répartition du temps et des coûts est fixée par « [convention intercommunale, date] ». Évitez de confier ce rôle à la personne qui décide des traitements qu’elle devrait vérifier.',
      },
      { h2: 'Rattachement' },
      {
        p: 'Le ou la conseiller·ère rend compte à l’exécutif communal et y a un accès direct : « [le/la président·e de commune / le membre de l’exécutif désigné] ». Il ou elle travaille avec le ou la référent·e numérique, le ou la responsable informatique et le ou la responsable des archives.',
      },
      { h2: 'Formation' },
      {
        ul: [
          'Informations et conseils du Préposé cantonal à la protection des données et à la transparence.',
          'Guides, fiches thématiques et documents types de l’ARVr sur la LIPDA révisée, et les guides de protection des données par métier de Relais (mesure 14).',
          'Budget de formation annuel : CHF « [montant] ».',
        ],
      },
      { h2: 'Références' },
      {
        ul: [
          'Antenne Région Valais romand (ARVr), Stratégie numérique 2022–25 : mesure 2 « Cahier des charges types pour les postes liés au digital au sein des communes », mesure 14, ANNEXE II (atelier 1).',
          'Préposé cantonal à la protection des données et à la transparence (Valais), page d’accueil : autorité indépendante, surveillance des autorités cantonales et communales au sens de la LIPDA, informations et conseils.',
          'Antenne Région Valais romand, « Protection des données : nLPD et LIPDA révisée » (regionvalaisromand.ch) : registre des traitements obligatoire depuis la LIPDA révisée de janvier 2024.',
          'Loi sur l’information du public, la protection des données et l’archivage (LIPDA) du 9 octobre 2008, canton du Valais, et son règlement d’exécution (RèLIPDA).',
        ],
      },
    ],
    source:
      'Stratégie numérique ARVr 2022–25, mesures 2 et 14 et ANNEXE II (atelier 1) ; Préposé cantonal valaisan à la protection des données et à la transparence ; ARVr, « Protection des données : nLPD et LIPDA révisée ».',
  },
]
