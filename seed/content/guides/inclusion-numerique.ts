import type { GuideSeed } from '@seed/content/types'

/**
 * Measure 16 of the ARVr strategy: how to avoid digital exclusion, inside the administration (staff less at ease
 * with digital tools) and towards citizens (seniors, people with a visual impairment, language barriers).
 * Facts about the communes come from 004 (ANNEXE II, workshops 2.2 and 4; ANNEXE III, measures 16 and 24);
 * accessibility follows eCH-0059 and the federal disability equality act (LHand), named without articles.
 */
export const inclusionNumerique: GuideSeed = {
  slug: 'inclusion-numerique',
  title: 'Éviter l’exclusion numérique, au guichet comme au bureau',
  theme: 'inclusion',
  audiences: ['decideurs', 'personnel'],
  summary:
    'Chaque prestation mise en ligne doit rester accessible à qui ne peut ou ne veut pas l’utiliser, et chaque nouvel outil doit être compris par tout le personnel. Ce guide donne les actions minimales : garder un autre canal, écrire simplement, rendre le site accessible, accompagner les habitant·e·s et former les collègues moins à l’aise.',
  body: [
    {
      p: 'Lors des ateliers de l’ARVr, les communes ont constaté un **risque de fracture sociale** qui « se renforcera au fur et à mesure du déploiement de solutions numériques », et demandé un accompagnement pour ne pas laisser de côté les personnes les plus vulnérables (séniors, malvoyants, illettrés). L’atelier consacré à la formation et à l’inclusion a largement évoqué le souhait de **conserver une mixité papier / numérique**, et l’impératif de **garder l’humain au centre** y a été constamment répété. La stratégie rappelle que ce risque existe aussi **à l’interne**, pour le personnel moins à l’aise avec le numérique (mesure 16).',
    },
    { h2: 'Qui risque d’être exclu ?' },
    {
      ul: [
        '**Les personnes âgées** : selon les chiffres cités lors de l’atelier, la fracture numérique s’est déplacée vers 80 ans. Beaucoup de séniors sont en ligne, mais pas tous, et pas pour toutes les démarches.',
        '**Les personnes en situation de handicap** : malvoyantes ou aveugles (lecteur d’écran, agrandissement), malentendantes, avec un handicap moteur ou une déficience intellectuelle.',
        '**Les personnes qui lisent difficilement** le français : illettrisme, dyslexie, langue maternelle étrangère.',
        '**Les personnes sans équipement ou sans connexion** fiable, ou sans adresse e-mail ni identité électronique.',
        '**Les collègues** qui n’ont pas été formé·e·s aux outils qu’on leur impose, souvent sans le dire.',
      ],
    },
    { h2: 'Envers la population : cinq règles' },
    { h3: '1. Toujours un autre canal' },
    {
      p: 'Une prestation en ligne **complète** le guichet, elle ne le remplace pas. Gardez pour chaque démarche une possibilité au guichet, par téléphone ou par courrier, et dites-le sur le site et sur les formulaires. Le projet vaudois de guichet numérique MaCommuneEnUnClic le pose comme principe : « Le guichet numérique est un complément à l’accueil physique ». Ne faites pas payer plus cher la démarche papier.',
    },
    { h3: '2. Écrire simplement' },
    {
      p: 'Une phrase, une idée ; des mots courants ; le verbe d’action au début (« Envoyez », « Apportez ») ; ce que la personne doit faire, avant quand et avec quels documents. Pour les informations importantes (votations, déchets, inscriptions scolaires), une version en **langage facile à lire et à comprendre (FALC)** aide les personnes avec une déficience intellectuelle, mais aussi les personnes âgées, dyslexiques ou de langue étrangère. Faites relire un texte par une personne qui ne connaît pas le sujet.',
    },
    { h3: '3. Un site et des documents accessibles' },
    {
      p: 'En Suisse, la norme **eCH-0059** (fondée sur les règles internationales WCAG 2.1) fixe les critères d’accessibilité des sites et applications des collectivités publiques, et la loi sur l’égalité pour les handicapés (LHand) impose à la collectivité de prévenir les discriminations. Vous n’avez pas à connaître la norme : exigez-la de votre prestataire dans le cahier des charges et le contrat du site, et vérifiez ces points simples :',
    },
    {
      ul: [
        'Le texte s’agrandit (Ctrl +) sans que la page devienne illisible, et il contraste bien avec le fond.',
        'Tout se fait au clavier, sans souris ; les images utiles ont une description.',
        'Les formulaires indiquent clairement les champs obligatoires et les erreurs.',
        'Les documents à télécharger sont des PDF avec du vrai texte (pas des scans), titrés et structurés ; pour un formulaire, un formulaire en ligne simple vaut mieux qu’un PDF à imprimer.',
        'Les informations importantes existent aussi en allemand, et au besoin en anglais, comme l’ont souhaité les ateliers.',
      ],
    },
    { h3: '4. Accompagner plutôt que renvoyer' },
    {
      p: 'Au guichet, proposez d’**aider à faire la démarche en ligne** avec la personne, une première fois, au lieu de la faire à sa place ou de la renvoyer vers le site. Les ateliers ont évoqué une **borne numérique au guichet communal** pour accompagner les habitant·e·s. Orientez vers les offres existantes : par exemple, Pro Senectute Valais a proposé avec l’OSEO Valais, à Sion, des rendez-vous où des jeunes répondent aux questions des séniors sur leur smartphone ou leur tablette. Tenez à jour, au guichet, une courte liste des cours et permanences de la région.',
    },
    { h3: '5. Demander aux personnes concernées' },
    {
      p: 'Avant de mettre une prestation en ligne, faites-la tester par deux ou trois habitant·e·s très différents (une personne âgée, une personne de langue étrangère, un parent pressé). Après la mise en ligne, comptez les demandes qui arrivent encore par le guichet et demandez pourquoi. Le modèle de stratégie numérique de l’association Ma commune et de l’Association des Communes Suisses prévoit d’ailleurs, dans la commission numérique, un·e représentant·e de la société civile et une composition qui tient compte des différents groupes d’âge.',
    },
    { h2: 'À l’interne : personne ne reste en arrière' },
    {
      ul: [
        '**Former avant de déployer**, pendant les heures de travail et sur place : selon les ateliers, des formations « in situ » et en journée offriraient une bien meilleure adhésion. Des formations par typologie d’utilisateurs (personnel administratif, décideurs, responsables techniques) ont aussi été demandées.',
        '**Un mode d’emploi d’une page** pour chaque nouvel outil, imprimé, avec les trois gestes du quotidien et qui appeler en cas de problème.',
        '**Un binôme** : une collègue à l’aise accompagne une collègue moins à l’aise pendant les premières semaines. Ne faites pas reposer tout le numérique sur une seule personne : la stratégie relève que c’est souvent le cas et que c’est un risque pour la commune.',
        '**Demander, sans juger**, qui se sent mal à l’aise avec quel outil, par exemple lors de l’entretien annuel, et inscrire la formation dans le développement du personnel.',
        '**Garder une procédure de secours** sur papier pour les tâches critiques, utile aussi en cas de panne (voir le guide « Continuité des activités »).',
      ],
    },
    { h2: 'Ce qu’il faut éviter' },
    {
      ul: [
        'Supprimer le guichet, le téléphone ou le formulaire papier le jour où la prestation est en ligne.',
        'Exiger une adresse e-mail, un smartphone ou une identité électronique pour une démarche qui n’en a pas besoin.',
        'Publier des scans de documents, des textes en majuscules ou des informations uniquement dans une image.',
        'Choisir un outil pour le personnel sans l’avoir fait essayer par celles et ceux qui l’utiliseront.',
        'Considérer qu’une personne qui demande de l’aide « n’a qu’à apprendre » : une démarche qui demande souvent de l’aide est une démarche mal conçue.',
      ],
    },
    {
      p: 'La stratégie prévoit aussi une **veille sur les initiatives d’inclusion numérique** réussies ou ratées (mesure 24) : partagez vos expériences avec l’ARVr pour qu’elles profitent aux autres communes.',
    },
  ],
  checklist: [
    {
      key: 'canal-alternatif',
      label: 'Garder pour chaque démarche en ligne une possibilité au guichet, par téléphone ou par courrier, et l’indiquer sur le site.',
    },
    {
      key: 'textes-simples',
      label:
        'Relire les informations importantes pour la population avec les règles du langage simple (une idée par phrase, mots courants).',
      help: 'Faites relire par une personne qui ne connaît pas le sujet.',
    },
    {
      key: 'accessibilite-contrat',
      label:
        'Exiger l’accessibilité selon la norme eCH-0059 dans le cahier des charges et le contrat du site internet et des formulaires en ligne.',
    },
    {
      key: 'verification-site',
      label: 'Vérifier une fois par an les points simples d’accessibilité du site : agrandissement, clavier, contrastes, PDF lisibles.',
    },
    {
      key: 'aide-au-guichet',
      label: 'Proposer au guichet d’accompagner une personne dans sa première démarche en ligne.',
    },
    {
      key: 'liste-offres-aide',
      label:
        'Tenir au guichet une liste à jour des cours et permanences numériques de la région (Pro Senectute, associations, bibliothèques).',
    },
    {
      key: 'test-habitants',
      label: 'Faire tester chaque nouvelle prestation en ligne par quelques habitant·e·s de profils différents avant de la lancer.',
    },
    {
      key: 'formation-avant-deploiement',
      label: 'Former le personnel sur place et pendant les heures de travail avant de déployer un nouvel outil.',
    },
    {
      key: 'mode-emploi-une-page',
      label: 'Fournir pour chaque nouvel outil un mode d’emploi imprimé d’une page, avec la personne à appeler.',
    },
    {
      key: 'besoins-personnel',
      label:
        'Demander chaque année à chaque collaborateur·trice avec quel outil il ou elle se sent mal à l’aise, et prévoir une formation.',
    },
  ],
  sources: [
    {
      title:
        'Stratégie numérique 2022–25, mesure 16 « Points d’attention et bonnes pratiques sur le “comment éviter l’exclusion digitale” interne comme externe », mesure 24 et ANNEXE II (ateliers 2.2 et 4)',
      publisher: 'Antenne Région Valais romand (ARVr)',
    },
    {
      title: 'eCH-0059 Accessibility Standard (version 3.0, fondée sur les WCAG 2.1)',
      publisher: 'Association eCH',
      url: 'https://www.ech.ch',
    },
    {
      title: 'Loi fédérale sur l’élimination des inégalités frappant les personnes handicapées (LHand)',
      publisher: 'Confédération suisse (Fedlex)',
      url: 'https://www.fedlex.admin.ch',
    },
    {
      title: 'Web Content Accessibility Guidelines (WCAG) 2.1',
      publisher: 'World Wide Web Consortium (W3C)',
      url: 'https://www.w3.org/TR/WCAG21/',
    },
    {
      title: 'Facile à lire et à comprendre (FALC) : écrire pour toutes et tous',
      publisher: 'insieme Suisse',
      url: 'https://insieme.ch/fr/news/inclusion/facile-a-lire-ecrire-pour-toutes-et-tous/',
    },
    {
      title:
        'Quand les jeunes mettent leurs compétences au service des seniors (rendez-vous smartphone et tablette avec Pro Senectute Valais)',
      publisher: 'OSEO Valais',
      url: 'https://oseo-vs.ch/news/quand-les-jeunes-mettent-leurs-competences-au-service-des-seniors',
    },
    {
      title: 'FAQ – Guichet numérique MaCommuneEnUnClic : « Les guichets physiques seront-ils supprimés ? »',
      publisher: 'Union des Communes Vaudoises (UCV)',
    },
    {
      title: 'Modèle pour une stratégie numérique communale (Modèle 04, septembre 2023) : commission numérique et accessibilité',
      publisher: 'Association Ma commune et Association des Communes Suisses (ACS)',
    },
  ],
  measureNumbers: [16, 24],
  reviewIntervalMonths: 12,
  lastReviewedAt: '2026-11-30',
}
