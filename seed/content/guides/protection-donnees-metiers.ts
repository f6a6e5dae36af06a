import type { GuideSeed } from '@seed/content/types'

/**
 * Measure 14 of the ARVr strategy (with the cantonal data-protection authority): good data-protection habits by
 * type of user, with one short checklist per trade in the body ("checklists métiers"). The frame (LIPDA, the
 * Préposé cantonal, the revised law of January 2024 and its register of processing activities) comes from the
 * authority's and the ARVr's own pages; no article number or deadline is given: staff ask the Préposé.
 */
export const protectionDonneesMetiers: GuideSeed = {
  slug: 'protection-donnees-metiers',
  title: 'Protection des données : les bons gestes par métier',
  theme: 'protection-donnees',
  audiences: ['personnel', 'decideurs'],
  summary:
    'Au guichet, au contrôle des habitants, aux services sociaux, aux finances ou à l’exécutif, chacun traite des données personnelles. Ce guide rappelle les règles de base de la LIPDA, le rôle du Préposé cantonal à la protection des données et à la transparence, et donne une courte checklist par métier.',
  body: [
    {
      p: 'La stratégie numérique de l’ARVr le constate : « Le personnel « au front » ne maîtrise pas la LIPDA dans son ensemble et se trouve confronté à des actions ne répondant pas aux exigences légales (trop ou trop peu) ». Les ateliers ont relevé le **manque de documents synthétiques et à jour sur les droits et devoirs des employé·e·s communaux**. La mesure 14 demande donc un guide pratique, orienté métier, avec le Préposé cantonal à la protection des données. Ce guide ne remplace pas la loi : il rassemble les gestes courants et dit à qui poser les questions.',
    },
    { h2: 'Le cadre en bref' },
    {
      ul: [
        '**La LIPDA** (loi valaisanne sur l’information du public, la protection des données et l’archivage) s’applique aux autorités cantonales, communales et bourgeoisiales, à leurs administrations et à leurs commissions. Pour la commune, c’est elle qui s’applique, et non la loi fédérale sur la protection des données ; celle-ci vise les entreprises privées, donc en principe vos prestataires.',
        '**La LIPDA révisée** est en vigueur depuis janvier 2024. Selon l’ARVr, elle impose de nouvelles procédures aux administrations communales, notamment la tenue d’un **registre des traitements de données**, et peut rendre nécessaire une personne spécialisée en protection des données.',
        '**Le Préposé cantonal à la protection des données et à la transparence** est une autorité indépendante. Avec la Commission cantonale de protection des données et de transparence, il surveille les autorités cantonales et communales. Il informe et conseille, gère les conflits liés à un traitement de données ou à une demande d’accès, mène des contrôles et émet des recommandations. En cas de doute, c’est à lui que l’on s’adresse.',
        '**La transparence** fait partie de la même loi : chacun peut demander à consulter un document officiel, sous réserve des exceptions qui protègent notamment la sphère privée des personnes.',
      ],
    },
    { h2: 'Les règles de base, pour tous' },
    {
      ul: [
        '**Une tâche, une base** : on ne collecte et n’utilise des données personnelles que pour accomplir une tâche de la commune prévue par la loi.',
        '**Le but annoncé** : des données recueillies pour un but (par exemple une inscription scolaire) ne servent pas à autre chose sans base légale.',
        '**Le strict nécessaire** : on ne demande, ne consulte et ne transmet que ce dont on a besoin pour la tâche, rien de plus.',
        '**Des données exactes** : on corrige une donnée fausse dès qu’on la connaît.',
        '**En sécurité** : dossiers sous clé, écran verrouillé, mots de passe personnels, envoi protégé des données sensibles.',
        '**Pas plus longtemps que nécessaire** : on supprime ou on archive selon le calendrier de conservation (voir le guide « Cycle de vie des documents et archivage »).',
        '**Les droits des personnes** : chacun peut savoir quelles données la commune détient sur lui, et demander sous certaines conditions qu’elles soient corrigées, détruites ou bloquées.',
      ],
    },
    {
      p: 'Certaines données demandent une protection renforcée, parce qu’une fuite peut nuire gravement à la personne : on parle de **données sensibles**. C’est le cas notamment des données sur la santé et sur l’aide sociale. Dans le doute, traitez une donnée comme sensible.',
    },
    { h3: 'Trop ou trop peu ?' },
    {
      p: 'Les erreurs vont dans les deux sens. **Trop peu** : donner par téléphone l’adresse d’un habitant à une personne inconnue, laisser un dossier social ouvert sur le comptoir, envoyer la liste des débiteurs à toute l’équipe. **Trop** : refuser à une personne l’accès à ses propres données, ou refuser à un autre service une information que la loi lui permet d’obtenir. Quand la règle n’est pas claire, ne décidez pas seul·e : demandez par écrit le motif de la demande, consultez la personne de référence de la commune et, au besoin, le Préposé.',
    },
    { h2: 'Les checklists métiers' },
    { h3: 'Guichet et accueil' },
    {
      ul: [
        'Vérifier l’identité de la personne (pièce d’identité) avant de lui remettre un document ou une information qui la concerne.',
        'Au téléphone, ne donner aucune information personnelle à quelqu’un dont on ne peut pas vérifier l’identité : répondre par écrit à l’adresse connue, ou rappeler au numéro officiel.',
        'Placer l’écran hors de la vue du public et verrouiller la session à chaque fois que l’on quitte le poste.',
        'Ne laisser sur le comptoir aucun document concernant une autre personne ; parler des situations délicates à l’écart.',
        'Transmettre les demandes de consultation d’un document officiel à la personne désignée, sans les refuser d’emblée.',
      ],
    },
    { h3: 'Contrôle des habitants' },
    {
      ul: [
        'Le contrôle des habitants est responsable du fichier des habitants : il veille à ce que seules les personnes autorisées y accèdent, et à ce que les données ne soient communiquées que dans les cas prévus.',
        'Ne consulter le registre que pour une tâche en cours, jamais par curiosité, même pour une connaissance.',
        'Ne communiquer une donnée ou une liste d’adresses à un tiers (particulier, entreprise, société locale) que dans les cas prévus par la législation sur le contrôle des habitants ; demander la requête et son motif par écrit, et la conserver.',
        'Respecter les demandes de blocage des données et les signaler dans le logiciel, pour que personne ne les transmette par erreur.',
        'Échanger les données avec les autres autorités par les canaux officiels prévus, pas par courriel ordinaire.',
      ],
    },
    { h3: 'Services sociaux' },
    {
      ul: [
        'Considérer tout le dossier comme sensible : aide sociale, santé, situation familiale et financière.',
        'Réserver l’accès aux dossiers aux seules personnes qui suivent la situation, sur papier (armoire fermée à clé) comme dans les fichiers.',
        'Ne transmettre une information à un autre service ou à une autre autorité que si elle lui est nécessaire et que la loi le permet ; en cas de doute, demander l’accord de la personne ou l’avis du Préposé.',
        'Envoyer les données sensibles uniquement par un canal sécurisé (messagerie chiffrée ou plateforme prévue), jamais en pièce jointe ordinaire.',
        'Présenter les situations à l’exécutif ou à une commission sous une forme anonymisée chaque fois que c’est possible.',
      ],
    },
    { h3: 'Finances et impôts' },
    {
      ul: [
        'Limiter l’accès aux données fiscales, salariales et de contentieux aux personnes qui en ont besoin ; les informations fiscales relèvent en outre du secret fiscal.',
        'Ne jamais afficher, publier ni faire circuler de listes de débiteurs ou de contribuables.',
        'Adresser rappels et décomptes à la seule personne concernée, et vérifier l’adresse avant l’envoi.',
        'Faire confirmer par téléphone, au numéro connu, et valider à deux tout changement de coordonnées bancaires (voir le guide « Reconnaître le hameçonnage »).',
        'Protéger les exports (tableurs, fichiers de paiement) : dossier à accès restreint, suppression une fois l’usage terminé.',
      ],
    },
    { h3: 'L’exécutif (conseil municipal ou communal, présidence)' },
    {
      ul: [
        'Faire établir et tenir à jour le registre des traitements de données de la commune, et désigner une personne de référence pour la protection des données.',
        'Recevoir pour les séances uniquement les données personnelles nécessaires à la décision, et les conserver sur un espace protégé de la commune, pas dans une messagerie ou sur un appareil privés non protégés.',
        'Rendre anonymes les procès-verbaux, décisions et communications destinés au public lorsqu’ils touchent des personnes.',
        'Faire encadrer par contrat tout traitement confié à un prestataire (voir les éléments clés d’un contrat avec un prestataire).',
        'Demander conseil au Préposé avant un projet qui touche des données personnelles à large échelle, par exemple une vidéosurveillance ou un nouveau service en ligne.',
      ],
    },
    { h2: 'En cas de fuite ou de perte de données' },
    {
      p: 'Un courriel envoyé au mauvais destinataire, un ordinateur portable volé, une clé USB perdue, une cyberattaque : prévenez **immédiatement** le ou la secrétaire municipal·e ou le référent numérique, sans chercher à cacher l’erreur. L’exécutif décide des suites : limiter les dégâts (demander la suppression du courriel, bloquer les accès), informer les personnes concernées si elles courent un risque, et vérifier auprès du Préposé si la violation doit lui être annoncée. Pour une cyberattaque, suivez aussi le guide « Que faire en cas de cyberattaque ? ».',
    },
  ],
  checklist: [
    {
      key: 'registre-traitements',
      label: 'Établir le registre des traitements de données de la commune et le tenir à jour.',
      help: 'Obligatoire depuis l’entrée en vigueur de la LIPDA révisée en janvier 2024, selon l’ARVr.',
    },
    {
      key: 'personne-reference',
      label: 'Désigner une personne de référence pour la protection des données et faire connaître les coordonnées du Préposé cantonal.',
    },
    {
      key: 'checklists-metiers',
      label: 'Remettre à chaque service la checklist de son métier et la parcourir ensemble en séance.',
    },
    {
      key: 'droits-acces',
      label: 'Limiter les accès à chaque logiciel métier aux personnes qui en ont besoin, et les retirer le jour d’un départ.',
    },
    {
      key: 'verification-identite',
      label: 'Appliquer une règle commune de vérification de l’identité au guichet et au téléphone.',
    },
    {
      key: 'donnees-sensibles',
      label: 'Ranger sous clé les dossiers sociaux, fiscaux et du personnel, et n’envoyer ces données que par un canal sécurisé.',
    },
    {
      key: 'demandes-acces',
      label: 'Définir qui traite les demandes d’accès aux documents officiels et aux données personnelles, et comment.',
    },
    {
      key: 'contrats-prestataires',
      label: 'Vérifier que les contrats des prestataires encadrent le traitement des données personnelles de la commune.',
    },
    {
      key: 'fuite-donnees',
      label: 'Convenir de la marche à suivre en cas de fuite ou de perte de données, et la faire connaître à tous.',
    },
    {
      key: 'sensibilisation',
      label: 'Sensibiliser chaque année le personnel et les élu·e·s, et chaque nouvelle personne dès son arrivée.',
    },
    {
      key: 'suppression-echeance',
      label: 'Supprimer ou archiver les données personnelles à l’échéance fixée par le calendrier de conservation.',
    },
  ],
  sources: [
    {
      title:
        'Stratégie numérique 2022–25, mesure 14 « Guides (selon typologie d’utilisateur) sur les bons comportements à adopter en termes de protection des données » et ANNEXE II (atelier 1)',
      publisher: 'Antenne Région Valais romand (ARVr)',
    },
    {
      title: 'Protection des données : nLPD et LIPDA révisée',
      publisher: 'Antenne Région Valais romand (ARVr)',
      url: 'https://regionvalaisromand.ch/fr/protection-donnees-nlpd-lipda-revisee-1858.html',
    },
    {
      title: 'Préposé cantonal à la protection des données et à la transparence : présentation et FAQ',
      publisher: 'Canton du Valais, Préposé cantonal à la protection des données et à la transparence',
      url: 'https://www.vs.ch/web/prepose-cantonal-a-la-protection-des-donnees-et-a-la-transparence/faq',
    },
    {
      title: 'Loi sur l’information du public, la protection des données et l’archivage (LIPDA) du 9 octobre 2008 (RS VS 170.2)',
      publisher: 'Canton du Valais',
    },
    {
      title: 'Loi fédérale sur la protection des données (nLPD), en vigueur depuis le 1er septembre 2023',
      publisher: 'Confédération suisse',
    },
  ],
  measureNumbers: [14],
  reviewIntervalMonths: 12,
  lastReviewedAt: '2026-11-30',
}
