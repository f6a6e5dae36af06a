import type { ContractCriterionSeed } from './types'

/**
 * The key points a commune checks in a contract with an IT provider, answering measure 11 of the ARVr
 * strategy (004, ANNEXE III): « Eléments clés d'un contrat liant les administrations communales aux
 * prestataires externes », because communes « se reposent souvent sur des contrats avec leurs prestataires
 * externes datant de plus de 10 ou 20 ans » while « les services ont évolué et le cadre juridique également ».
 *
 * The texts are advice written for Relais, not quotations. They lean on the sources where they can: measure 1
 * (backups never tested), ANNEXE II (cybersecurity « (souvent) délégué[e] aux fournisseurs externes »,
 * dependence on providers), the cantonal strategy (providers must let their systems interface with the
 * cantonal services), the internal steering note 003 (providers « n'assument aucune responsabilité
 * décisionnelle ») and the Vaud FAQ 000 (hosting in Switzerland, nLPD, eCH norms, providers' willingness to
 * open their solutions). Law: Valais communes are subject to the cantonal LIPDA; the nLPD (federal, in force
 * since 1 September 2023) binds private providers. The texts stay on what a contract should say and do not
 * claim legal obligations beyond that.
 *
 * Order and keys are fixed: the commune's answers are stored per key.
 */
export const contractCriteria: ContractCriterionSeed[] = [
  {
    key: 'localisation-donnees',
    title: 'Localisation des données',
    question: 'Le contrat précise-t-il que vos données, y compris les sauvegardes, sont hébergées en Suisse ?',
    why: 'Des données hébergées à l’étranger peuvent tomber sous un autre droit, et la commune en perd une part de maîtrise. La loi n’interdit pas toujours un hébergement hors de Suisse, mais elle l’encadre : pour les données de la population, un hébergement en Suisse simplifie beaucoup les choses. Le guichet numérique mutualisé des communes vaudoises en fait d’ailleurs un principe.',
    advice:
      'Demandez au prestataire d’indiquer par écrit les pays où vos données et leurs sauvegardes sont stockées, y compris chez ses sous-traitants, et de s’engager à les garder en Suisse.',
  },
  {
    key: 'propriete-donnees',
    title: 'Propriété des données',
    question:
      'Le contrat dit-il clairement que les données restent à la commune et que le prestataire ne peut les utiliser que pour exécuter le contrat ?',
    why: 'Le registre des habitants, la comptabilité ou les dossiers de construction sont les données de la commune, pas celles du fournisseur du logiciel. Sans clause claire, il peut être difficile de les récupérer ou d’empêcher qu’elles servent à autre chose. Le prestataire conseille, mais c’est la commune qui décide : cela commence par la maîtrise de ses données.',
    advice:
      'Faites ajouter une clause selon laquelle la commune reste maîtresse de toutes ses données et le prestataire ne les utilise que pour la prestation convenue, à l’exclusion de toute revente ou réutilisation.',
  },
  {
    key: 'sauvegardes',
    title: 'Sauvegardes et tests de restauration',
    question:
      'Le contrat précise-t-il la fréquence des sauvegardes, où elles sont conservées et que des tests de restauration sont faits régulièrement ?',
    why: 'Beaucoup d’administrations confient entièrement leurs sauvegardes à leur prestataire, sans savoir combien de copies existent ni avoir jamais testé la récupération des données : la stratégie de l’ARVr y voit un danger à corriger en urgence. Une sauvegarde qu’on n’a jamais restaurée ne garantit rien le jour d’une panne ou d’une cyberattaque.',
    advice:
      'Demandez le plan de sauvegarde par écrit (fréquence, nombre de copies, lieu, durée de conservation) et un test de restauration avec un compte rendu au moins une fois par an.',
  },
  {
    key: 'securite-incidents',
    title: 'Sécurité et annonce des incidents',
    question:
      'Le contrat décrit-il les mesures de sécurité du prestataire et le délai dans lequel il doit vous avertir d’un incident (cyberattaque, fuite ou perte de données) ?',
    why: 'Dans les communes, la cybersécurité est souvent déléguée entièrement au fournisseur, sans vue d’ensemble de ce qu’il fait réellement. Si un incident touche vos données, vous devez le savoir vite : pour réagir, informer l’exécutif communal et, le cas échéant, les personnes concernées ou l’autorité de protection des données.',
    advice:
      'Demandez un résumé écrit des mesures de sécurité (double authentification, mises à jour, surveillance) et un engagement d’annonce rapide des incidents, par exemple dans les 24 heures, avec une personne de contact joignable.',
  },
  {
    key: 'sous-traitants',
    title: 'Sous-traitants',
    question:
      'Le contrat liste-t-il les sous-traitants du prestataire (hébergeur, éditeur du logiciel, support) et exige-t-il l’accord de la commune avant d’en ajouter ou d’en changer ?',
    why: 'Votre prestataire s’appuie souvent sur d’autres entreprises : un centre de données, un service en nuage, l’éditeur du logiciel. Vos données passent alors chez elles aussi. C’est une règle classique de la protection des données qu’un sous-traitant ne confie pas vos données à un tiers sans votre accord.',
    advice:
      'Demandez la liste à jour des sous-traitants, avec leur pays, et faites inscrire que tout nouveau sous-traitant doit être annoncé à l’avance et accepté par la commune.',
  },
  {
    key: 'protection-donnees',
    title: 'Protection des données (LIPDA et nLPD)',
    question:
      'Le contrat engage-t-il le prestataire à traiter vos données uniquement selon vos instructions et dans le respect de la protection des données (LIPDA pour la commune, nLPD pour le prestataire) ?',
    why: 'En Valais, les communes sont soumises à la loi cantonale sur l’information du public, la protection des données et l’archivage (LIPDA) ; le prestataire, entreprise privée, est en principe aussi tenu par la nouvelle loi fédérale sur la protection des données (nLPD), en vigueur depuis le 1er septembre 2023. Quand la commune confie des données personnelles à un prestataire, elle en reste responsable : le contrat doit dire ce qu’il a le droit d’en faire et comment il l’aide à répondre aux demandes des habitants.',
    advice:
      'Demandez une annexe de traitement des données (sous-traitance) qui renvoie à la LIPDA ; en cas de doute sur son contenu, le Préposé cantonal à la protection des données peut vous orienter.',
  },
  {
    key: 'reversibilite',
    title: 'Réversibilité et sortie du contrat',
    question:
      'Le contrat prévoit-il qu’à la fin du contrat toutes vos données vous soient rendues dans un format ouvert et réutilisable, avec l’aide du prestataire pour la transition, puis effacées chez lui ?',
    why: 'Sans cette clause, changer de prestataire peut devenir très coûteux, voire impossible : la commune reste captive de son fournisseur. Les ateliers de l’ARVr ont montré qu’un haut degré de dépendance aux prestataires externes est fréquent quand personne à la commune ne « parle informatique ».',
    advice:
      'Faites ajouter une clause de réversibilité : formats de restitution (par exemple CSV ou XML pour les données, PDF/A pour les documents), délai, prix fixé d’avance pour l’aide à la sortie et confirmation écrite de l’effacement.',
  },
  {
    key: 'niveau-service',
    title: 'Niveau de service',
    question:
      'Le contrat fixe-t-il un niveau de service : disponibilité garantie, heures de support et délais d’intervention selon la gravité de la panne ?',
    why: 'Quand le logiciel du contrôle des habitants ou de la comptabilité est en panne, c’est le guichet qui s’arrête. Sans engagement chiffré, le prestataire intervient « dès que possible », et la commune n’a aucun moyen de faire valoir ses besoins.',
    advice:
      'Demandez une annexe de niveau de service (SLA) avec des délais chiffrés, les heures de support couvertes et ce qui se passe si les délais ne sont pas tenus, par exemple une réduction du prix.',
  },
  {
    key: 'evolution-prix',
    title: 'Évolution des prix',
    question:
      'Le contrat limite-t-il les hausses de prix et oblige-t-il le prestataire à les annoncer assez tôt pour que la commune puisse les budgéter ou réagir ?',
    why: 'Le budget communal est préparé et voté des mois à l’avance. Une hausse des licences ou de la maintenance annoncée tardivement, ou sans limite, met la commune devant le fait accompli.',
    advice:
      'Demandez que les hausses soient plafonnées (par exemple à l’indice suisse des prix à la consommation), annoncées avant la préparation du budget, et qu’elles ouvrent un droit de résiliation si elles dépassent ce plafond.',
  },
  {
    key: 'duree-resiliation',
    title: 'Durée et résiliation',
    question: 'Connaissez-vous la durée du contrat, s’il se renouvelle tacitement et le délai de résiliation à respecter ?',
    why: 'Beaucoup de communes travaillent avec des contrats de plus de 10 ou 20 ans, alors que les services et le cadre juridique ont changé. Avec un renouvellement tacite, manquer l’échéance engage la commune pour une nouvelle période, sans avoir pu renégocier.',
    advice:
      'Notez l’échéance et le délai de résiliation dans l’agenda de la commune et demandez un avenant bien avant ce délai ; si vous envisagez de changer de prestataire, vérifiez assez tôt si les montants imposent une procédure de marchés publics.',
  },
  {
    key: 'integration-normes',
    title: 'Intégration et normes',
    question:
      'Le prestataire s’engage-t-il à ouvrir sa solution (interfaces documentées, normes eCH) pour qu’elle puisse échanger avec d’autres systèmes, notamment les services numériques du Canton ?',
    why: 'La stratégie cantonale encourage les communes à utiliser les services numériques communs (guichet, identité numérique, paiement) et attend des fournisseurs que leurs logiciels puissent s’y raccorder. Ce raccordement dépend de la volonté du prestataire d’ouvrir sa solution ; les normes eCH, les standards suisses de cyberadministration, le facilitent.',
    advice:
      'Demandez quelles normes eCH et quelles interfaces (API) le logiciel prend en charge, et faites inscrire l’engagement de les ouvrir à un coût connu d’avance.',
  },
]
