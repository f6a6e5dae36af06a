import type { GuideSeed } from '@seed/content/types'

/**
 * Measure 9 of the ARVr strategy (with the cantonal archivist): the life cycle of documents, from creation to
 * archiving or destruction. The role of the Archives de l'Etat du Valais is taken from their own pages; no
 * retention period is given here: the commune takes them from the AEV's conservation rules.
 */
export const cycleDeVieArchivage: GuideSeed = {
  slug: 'cycle-de-vie-archivage',
  title: 'Cycle de vie des documents et archivage',
  theme: 'archivage',
  audiences: ['decideurs', 'personnel'],
  summary:
    'Chaque document de la commune naît, sert, puis doit être soit archivé, soit détruit. Ce guide explique le plan de classement, le calendrier de conservation, la destruction avec procès-verbal et le rôle des Archives de l’Etat du Valais, qui conseillent et surveillent les archives communales.',
  body: [
    {
      p: 'Les ateliers de l’ARVr ont constaté qu’il y a « pas ou peu de stratégies de gestion du cycle de vie » dans les communes, et que la délégation des données aux prestataires laisse souvent sans « vue d’ensemble du cycle de vie – en particulier de l’archivage ». La stratégie veut donc **sensibiliser à la gestion précoce du cycle de vie, de la création d’un document à son archivage ou à sa destruction** (mesure 9), avec l’archiviste cantonal, et prévoit des formations adaptées aux décideurs et à l’administration (mesure 10).',
    },
    { h2: 'Le cadre : la LIPDA et les Archives de l’Etat du Valais' },
    {
      p: 'La loi valaisanne sur l’information du public, la protection des données et l’archivage (**LIPDA**) règle aussi l’archivage des documents officiels, et elle s’applique aux autorités communales. Les documents de la commune ne sont donc pas de simples papiers de bureau : certains doivent être conservés sans limite, d’autres détruits une fois leur utilité passée.',
    },
    {
      p: 'Les **Archives de l’Etat du Valais (AEV)** sont l’autorité de référence pour la gestion des documents et des archives des communes :',
    },
    {
      ul: [
        '**Conseil** : elles conseillent les responsables d’archives communales, coordonnent les pratiques des communes, mettent à leur disposition un **Guide de gestion des documents et des archives pour les communes valaisannes**, avec des outils et des modèles, et proposent régulièrement des cours de formation.',
        '**Surveillance** : elles surveillent les archives des communes et peuvent venir les visiter pour évaluer leur système de gestion des documents et des archives.',
        '**Prise en charge** : elles peuvent, sous forme de dépôt et selon leur politique d’acquisition, prendre en charge des fonds d’archives communales.',
      ],
    },
    {
      p: 'Avant de vous lancer, prenez contact avec elles (www.vs.ch/aev) : leur guide et leurs modèles vous évitent de tout inventer, et ce sont leurs recommandations qui font foi.',
    },
    { h2: 'Le cycle de vie en trois temps' },
    {
      ol: [
        '**Le dossier est ouvert** : on y classe, dès leur création ou leur réception, tous les documents d’une affaire (courriers, courriels, décisions, plans).',
        '**Le dossier est clos** : l’affaire est terminée, mais le dossier doit encore être gardé pour des raisons administratives ou légales (preuve, recours, contrôle des comptes).',
        '**Le sort final** : à l’échéance, le dossier est soit **archivé** (conservé définitivement, parce qu’il a une valeur de preuve ou d’histoire), soit **éliminé** de façon contrôlée.',
      ],
    },
    {
      p: 'Le but est de savoir, **dès la création d’un document**, dans quel dossier il va, combien de temps il sera gardé et ce qu’il deviendra. C’est beaucoup plus simple que de trier, des années plus tard, une cave pleine de cartons ou un serveur plein de dossiers personnels.',
    },
    { h2: '1. Un plan de classement' },
    {
      p: 'Le plan de classement est la liste organisée de toutes les activités de la commune (administration générale, finances, population, constructions, etc.), avec un code pour chaque rubrique. Il est **le même pour le papier et pour l’électronique**, organisé par activités et non par personnes, et chaque dossier y trouve sa place. Partez des outils des AEV plutôt que d’une page blanche ; le guide « Nommer et classer les documents » explique comment nommer les fichiers à l’intérieur.',
    },
    { h2: '2. Un calendrier de conservation' },
    {
      p: 'Pour chaque rubrique du plan de classement, le calendrier de conservation (on parle aussi de règles de conservation) indique :',
    },
    {
      ul: [
        'combien de temps le dossier clos est gardé à l’administration, et à partir de quand ce délai court (par exemple la clôture du dossier ou la fin de l’année) ;',
        'son sort final : **archiver**, **éliminer**, ou **trier** (garder un échantillon ou les seules pièces importantes) ;',
        'le service responsable, lorsque plusieurs services ont une copie du même document.',
      ],
    },
    {
      p: '**Ne fixez pas les durées vous-même.** Elles découlent de lois différentes (comptabilité, impôts, constructions, état civil, personnel…) et changent avec elles. Reprenez les règles de conservation proposées par les AEV dans leur guide pour les communes, et demandez-leur conseil pour les documents qui n’y figurent pas.',
    },
    { h2: '3. L’électronique suit les mêmes règles' },
    {
      ul: [
        'Un courriel qui fait partie d’une affaire est un document officiel : enregistrez-le dans le dossier commun, ne le laissez pas seulement dans une boîte aux lettres personnelle.',
        'Les documents définitifs sont enregistrés dans un format de conservation, de préférence **PDF/A**, au seul endroit prévu.',
        'Les données des logiciels métiers (contrôle des habitants, finances, constructions) ont aussi un cycle de vie : demandez à l’éditeur comment les exporter, les archiver et les supprimer à l’échéance.',
        'Avant d’acheter une GED (gestion électronique des documents), comparez-la aux exigences pour un système de gestion électronique des documents que les AEV publient avec leur guide.',
        'Au moment de changer de prestataire, les données doivent pouvoir être récupérées dans un format lisible sans son logiciel : inscrivez-le dans le contrat (voir les éléments clés d’un contrat avec un prestataire).',
      ],
    },
    { h2: '4. Détruire, mais avec une trace' },
    {
      p: 'Une élimination est un acte de l’administration : elle se décide, se fait proprement et se documente. Elle protège aussi les personnes, car garder des données personnelles plus longtemps que nécessaire est contraire à la protection des données.',
    },
    {
      ol: [
        'Ne détruisez que les dossiers dont le délai de conservation est échu **et** dont le calendrier prévoit l’élimination. En cas de doute, demandez l’avis des AEV avant de détruire.',
        'Suspendez toute élimination d’un dossier visé par une procédure en cours, un recours ou une demande d’accès.',
        'Dressez la **liste des dossiers à éliminer** : rubrique du plan de classement, intitulé, années couvertes, volume (nombre de classeurs ou de fichiers).',
        'Faites-la valider par la personne responsable des archives et par le ou la secrétaire municipal·e, ou selon la règle fixée par l’exécutif.',
        'Détruisez de façon sûre : broyeur ou entreprise de destruction de documents qui remet une attestation pour le papier ; pour l’électronique, suppression dans tous les emplacements (serveur, nuage, copies de travail), les sauvegardes s’effaçant à leur échéance ; effacement sécurisé ou destruction des disques et des appareils mis au rebut.',
        'Signez un **procès-verbal d’élimination** (liste, date, méthode, personnes présentes) et conservez-le durablement : il prouve que la commune a détruit ces documents selon ses règles, et non par négligence.',
      ],
    },
    { h2: '5. Les archives définitives' },
    {
      p: 'Les dossiers à archiver sont rangés dans un local sec, fermé à clé et réservé à cet usage, dans des boîtes adaptées, et décrits dans un **inventaire** qui permet de les retrouver. Le guide des AEV pour les communes contient une liste du matériel d’archivage et un modèle de plan d’urgence (dégât d’eau, incendie). Pour les archives électroniques, la conservation à long terme demande des formats stables, des copies vérifiées et une migration lorsque les formats vieillissent : parlez-en aux AEV et à votre prestataire.',
    },
    { h2: 'Qui fait quoi ?' },
    {
      ul: [
        '**L’exécutif** adopte le plan de classement et le calendrier de conservation, désigne la personne responsable des archives et sa suppléance, et fixe qui valide les éliminations. La stratégie de l’ARVr qualifie la nomination de tels responsables d’**action urgente** (mesure 2).',
        '**La personne responsable des archives** tient le plan, le calendrier et l’inventaire, organise le tri annuel, signe les procès-verbaux d’élimination et est l’interlocutrice des AEV.',
        '**Chaque collaborateur·trice** classe les documents qu’il ou elle crée ou reçoit dans le bon dossier, au moment où il les crée ou les reçoit.',
        '**Le prestataire informatique** applique les règles de conservation et de suppression dans les systèmes qu’il gère et rend les données exportables.',
      ],
    },
    { h3: 'Le tri annuel' },
    {
      p: 'Choisissez un moment fixe de l’année, par exemple après le bouclement des comptes : on clôt les dossiers des affaires terminées, on range les dossiers clos, on verse aux archives définitives ce qui doit l’être et on élimine, avec procès-verbal, ce qui est arrivé à échéance. Une demi-journée par an bien préparée évite des années d’arriéré.',
    },
  ],
  checklist: [
    {
      key: 'responsable-archives',
      label: 'Faire désigner par l’exécutif la personne responsable des documents et des archives, et sa suppléance.',
      help: 'Un modèle de cahier des charges est prévu par la mesure 2 de la stratégie.',
    },
    {
      key: 'contact-aev',
      label: 'Prendre contact avec les Archives de l’Etat du Valais et se procurer leur guide et leurs outils pour les communes.',
    },
    {
      key: 'plan-classement',
      label: 'Adopter un plan de classement unique, organisé par activités, pour les documents papier et électroniques.',
    },
    {
      key: 'calendrier-conservation',
      label: 'Donner à chaque rubrique du plan une durée de conservation et un sort final, repris des règles de conservation des AEV.',
      help: 'Ne fixez pas les durées vous-même : elles découlent de lois différentes.',
    },
    {
      key: 'courriels-dossiers',
      label: 'Enregistrer les courriels et documents officiels dans les dossiers communs, jamais seulement dans une boîte personnelle.',
    },
    {
      key: 'format-conservation',
      label: 'Enregistrer les documents définitifs dans un format de conservation (PDF/A), au seul endroit prévu.',
    },
    {
      key: 'elimination-proces-verbal',
      label: 'N’éliminer des dossiers qu’avec une liste validée et un procès-verbal d’élimination signé, conservé durablement.',
    },
    {
      key: 'destruction-sure',
      label: 'Détruire de façon sûre : broyeur ou destruction attestée pour le papier, effacement sécurisé des fichiers et des appareils.',
    },
    {
      key: 'archives-inventoriees',
      label: 'Ranger les archives définitives dans un local adapté, fermé à clé, et les décrire dans un inventaire.',
    },
    {
      key: 'tri-annuel',
      label: 'Faire chaque année le tri des dossiers clos, à un moment fixé à l’avance.',
    },
    {
      key: 'donnees-prestataire',
      label: 'Vérifier que le contrat du prestataire permet d’exporter les données dans un format lisible et de les faire supprimer.',
    },
  ],
  sources: [
    {
      title:
        'Stratégie numérique 2022–25, mesures 9 et 10 (cycle de vie des données et archivage, avec l’archiviste cantonal) et ANNEXE II (ateliers 1 et 2.1)',
      publisher: 'Antenne Région Valais romand (ARVr)',
    },
    {
      title:
        'Guide de gestion des documents et des archives pour les communes valaisannes (version 1.2, mai 2020), avec ses outils et modèles',
      publisher: 'Archives de l’Etat du Valais (AEV)',
      url: 'https://www.vs.ch/aev',
    },
    {
      title: 'Conseil et soutien aux communes municipales et bourgeoisiales',
      publisher: 'Archives de l’Etat du Valais (AEV)',
      url: 'https://vs.ch/web/culture/conseil-et-soutien-aux-communes-valaisannes',
    },
    {
      title: 'Politique des Archives de l’Etat du Valais vis-à-vis des communes (version 2.0, avril 2020)',
      publisher: 'Archives de l’Etat du Valais (AEV)',
    },
    {
      title: 'Loi sur l’information du public, la protection des données et l’archivage (LIPDA) du 9 octobre 2008 (RS VS 170.2)',
      publisher: 'Canton du Valais',
    },
    {
      title: 'ISO 19005 (PDF/A) – Format de fichier pour la conservation à long terme des documents',
      publisher: 'Organisation internationale de normalisation (ISO)',
      url: 'https://www.iso.org',
    },
  ],
  measureNumbers: [9, 10],
  reviewIntervalMonths: 12,
  lastReviewedAt: '2026-11-30',
}
