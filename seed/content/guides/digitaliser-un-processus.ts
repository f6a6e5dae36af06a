import type { GuideSeed } from '@seed/content/types'

/**
 * Measure 28 of the ARVr strategy: digitising a municipal process (steps, calendar, costs) for a minimal approach.
 * Cost figures appear only where a named public source states them: the framework credit per inhabitant of the
 * Ma commune / ACS strategy template (001) and the per-inhabitant contribution of the Vaud shared counter
 * MaCommuneEnUnClic (000). Everything else says what drives the cost and how to get comparable quotes.
 */
export const digitaliserUnProcessus: GuideSeed = {
  slug: 'digitaliser-un-processus',
  title: 'Digitaliser un processus communal : étapes, calendrier et coûts',
  theme: 'digitalisation',
  audiences: ['decideurs', 'personnel', 'informatique'],
  summary:
    'Vous voulez mettre une prestation en ligne ou supprimer une double saisie, sans savoir par où commencer ni combien prévoir. Ce guide propose une démarche minimale en huit étapes, un calendrier calé sur le budget communal, ce qui fait le coût d’un projet et les ordres de grandeur publiés par des sources publiques.',
  body: [
    {
      p: 'Lors des ateliers de l’ARVr, « beaucoup de communes ont avoué vouloir mettre des budgets liés au digital, mais ne savent pas où faire le premier pas ». La stratégie prévoit un guide des outils minimaux, des actions, des coûts et des calendriers, en précisant qu’« un ouvrage universel ne pourra pas être réalisé, mais certains processus sont communs à toutes les administrations et peuvent être modélisés » (mesure 28). Ce guide donne la démarche ; les retours des communes qui l’ont suivie viendront le compléter.',
    },
    { h2: 'Choisir un premier processus' },
    {
      p: 'Commencez petit, par un processus **fréquent, simple et identique d’une commune à l’autre**. Les sources citent par exemple : l’attestation de domicile, la réservation de salles, les demandes d’autorisations communales, le déménagement (eDéménagement), les permis de pêche ou les médailles de chiens. À l’interne, le visa des factures fournisseurs ou la préparation des séances du conseil sont aussi de bons candidats. Un bon premier processus :',
    },
    {
      ul: [
        'revient souvent (chaque semaine plutôt qu’une fois par an) ;',
        'suit des règles claires, sans appréciation au cas par cas ;',
        'fait gagner du temps à la population **et** au personnel (moins de déplacements, moins de ressaisies) ;',
        'existe déjà ailleurs : une autre commune, le Canton ou votre prestataire le proposent peut-être.',
      ],
    },
    { h2: 'Les huit étapes d’une démarche minimale' },
    {
      ol: [
        '**Décrire le processus actuel sur une page** : qui fait quoi, dans quel ordre, avec quels documents et quels logiciels, combien de demandes par an, combien de temps par demande. Faites-le avec les personnes qui le font tous les jours.',
        '**Simplifier avant de numériser** : supprimez les étapes, copies et signatures qui ne servent plus. Numériser un processus compliqué donne un processus numérique compliqué.',
        '**Regarder ce qui existe** : le portail et les services de base que le Canton, par son Service cantonal de l’administration numérique (SAN), prévoit de proposer aux communes (mesures 18 et 19), les modules de votre logiciel métier actuel, les outils utilisés par d’autres communes (mesure 8). Demandez à l’ARVr et aux communes voisines.',
        '**Écrire les besoins minimaux** sur deux pages : ce que l’outil doit faire, pour qui, avec quelles données, et les exigences de base : protection des données, accessibilité (norme eCH-0059), échange de données selon les normes eCH, données hébergées en Suisse si c’est votre choix, récupération des données en fin de contrat.',
        '**Demander des offres comparables** à plusieurs fournisseurs, sur la base de ces deux pages, en exigeant le coût total sur plusieurs années (voir plus bas). Vérifiez le contrat avec les points clés de la rubrique Contrats de Relais (mesure 11).',
        '**Décider** : l’exécutif choisit, sur une note courte du référent numérique. Consignez la décision dans le registre de la commune : l’outil, le motif du choix, les principaux risques (note de pilotage numérique).',
        '**Mettre en place avec un pilote** : paramétrage, reprise des données, formation du personnel avant l’ouverture, essai par quelques habitant·e·s, puis ouverture au public. Gardez le guichet et le formulaire papier (guide « Éviter l’exclusion numérique »).',
        '**Faire le bilan** après quelques mois d’utilisation : nombre de demandes en ligne et au guichet, temps gagné ou perdu, problèmes signalés. Corrigez, puis partagez le retour d’expérience avec les autres communes.',
      ],
    },
    { h2: 'Le calendrier : partir du budget' },
    {
      p: 'Une dépense nouvelle se prévoit au **budget communal** de l’année où elle aura lieu. Le calendrier se construit donc à rebours : les étapes 1 à 5 (description, simplification, besoins, offres) se font pendant l’année qui précède, assez tôt pour que les offres soient connues quand le budget se prépare ; la décision (étape 6) suit l’adoption du budget ; la mise en place et le pilote (étape 7) ont lieu pendant l’année budgétée ; le bilan (étape 8) se fait avant de préparer le budget suivant. Le modèle de stratégie numérique de l’association Ma commune recommande aussi d’inscrire les moyens dans la **planification financière des quatre années suivantes**.',
    },
    {
      p: 'La durée de la mise en place dépend du fournisseur et de vos interfaces : demandez dans chaque offre un **planning daté** (paramétrage, reprise des données, formation, pilote, ouverture) et le temps que vos collaborateur·trice·s devront y consacrer. À titre de comparaison, le projet vaudois mutualisé MaCommuneEnUnClic, à l’échelle d’un canton, prévoit l’engagement des communes pilotes en 2025, la mise en œuvre en 2026, les tests en conditions réelles en 2027 et le déploiement à l’ensemble des communes participantes en 2028.',
    },
    { h2: 'Ce qui fait le coût' },
    {
      p: 'Les sources de ce guide ne donnent pas le coût de la digitalisation d’un processus précis pour une commune valaisanne : il dépend de l’outil, du fournisseur et de vos logiciels existants. Pour comparer les offres, demandez que chacune détaille ces postes, **sur cinq ans** :',
    },
    {
      ul: [
        '**L’abonnement ou les licences** : par habitant, par utilisateur ou par prestation, et leur évolution prévue.',
        '**La mise en place** : paramétrage, adaptation des formulaires, identité visuelle de la commune.',
        '**Les interfaces** avec le logiciel métier (contrôle des habitants, finances, gestion des documents) : souvent le poste le plus incertain. Le guichet MaCommuneEnUnClic l’écrit : l’intégration n’est « ni automatique ni obligatoire », et des frais d’intégration spécifiques à chaque commune peuvent s’ajouter. Le même document cite la possibilité de traiter les demandes sans interface, depuis le tableau de bord du guichet : demandez le prix des deux variantes.',
        '**La reprise des données** existantes.',
        '**La formation** du personnel et le support.',
        '**L’hébergement, la maintenance et les mises à jour**, chaque année.',
        '**La sortie** : récupération des données dans un format ouvert et fin du contrat.',
        '**Le temps du personnel** communal pour décrire, tester et former : il ne figure sur aucune facture, mais il compte.',
      ],
    },
    { h2: 'Les ordres de grandeur publiés' },
    {
      ul: [
        '**Budget numérique global** : le modèle de stratégie numérique pour les petites communes de l’association Ma commune et de l’Association des Communes Suisses (modèle 04, septembre 2023) propose un **crédit-cadre annuel de CHF 10.– par habitant**, destiné à la mise en œuvre de la stratégie (prestations en ligne, interfaces, formation, cybersécurité). Le renouvellement de l’infrastructure ou le remplacement d’un logiciel existant passe par les canaux de financement habituels. Pour une commune de 800 habitant·e·s, cela représente CHF 8’000.– par an.',
        '**Guichet numérique mutualisé** : dans le canton de Vaud, la contribution annuelle des communes au guichet MaCommuneEnUnClic est de **CHF 3.– par habitant·e** jusqu’à 5’000 habitant·e·s pour 2026 et 2027 (CHF 2.– de 5’001 à 10’000, CHF 1.– au-delà) ; le budget prévisionnel global de mise en place du portail est estimé à environ CHF 500’000.–. C’est un exemple vaudois, pas un tarif valaisan : il montre ce que la mutualisation permet.',
      ],
    },
    {
      p: 'Ces montants sont des repères pour préparer le budget, pas des prix : seules des offres comparables, demandées pour votre commune, donnent le coût réel. Selon le montant, les règles sur les marchés publics imposent une procédure particulière : renseignez-vous avant de demander les offres.',
    },
    { h2: 'Ne pas le faire seul' },
    {
      p: 'Mutualiser coûte moins cher et va plus vite : une prestation développée pour une commune peut servir aux autres, et un guichet commun évite que chaque commune finance le sien. La stratégie relève qu’il serait « illusoire de financer / gérer un portail complet à une échelle communale ». Avant de lancer un projet, informez l’ARVr : une autre commune a peut-être le même, et le COTECH numérique coordonne les briques de base proposées par le Canton (mesure 26).',
    },
  ],
  checklist: [
    {
      key: 'processus-choisi',
      label: 'Choisir un premier processus fréquent, simple et commun à d’autres communes.',
    },
    {
      key: 'description-une-page',
      label: 'Décrire le processus actuel sur une page avec les personnes qui le pratiquent : étapes, documents, volume annuel, temps.',
    },
    {
      key: 'simplification',
      label: 'Supprimer les étapes, copies et signatures inutiles avant de numériser.',
    },
    {
      key: 'existant-verifie',
      label: 'Vérifier ce qui existe déjà : guichet cantonal, module du logiciel métier, outils d’autres communes.',
      help: 'Demandez à l’ARVr et aux communes voisines.',
    },
    {
      key: 'besoins-minimaux',
      label: 'Écrire les besoins minimaux sur deux pages, avec protection des données, accessibilité et récupération des données.',
    },
    {
      key: 'offres-comparables',
      label: 'Demander plusieurs offres comparables détaillant le coût total sur cinq ans, interfaces comprises.',
    },
    {
      key: 'budget-planification',
      label: 'Inscrire la dépense au budget et dans la planification financière avant de commander.',
    },
    {
      key: 'decision-consignee',
      label: 'Faire décider l’exécutif et consigner la décision dans le registre : outil, motif, principaux risques.',
    },
    {
      key: 'pilote-formation',
      label: 'Former le personnel et faire un essai avec quelques habitant·e·s avant l’ouverture, en gardant le guichet.',
    },
    {
      key: 'bilan-partage',
      label: 'Faire le bilan après quelques mois et partager le retour d’expérience avec l’ARVr.',
    },
  ],
  sources: [
    {
      title:
        'Stratégie numérique 2022–25, mesure 28 « Guide pour la digitalisation de divers processus communaux (étapes, calendrier, coûts) » et ANNEXE II (ateliers 2.1 et 2.2)',
      publisher: 'Antenne Région Valais romand (ARVr)',
    },
    {
      title: 'Modèle pour une stratégie numérique communale orientée vers l’avenir (Modèle 04, septembre 2023) : financement',
      publisher: 'Association Ma commune et Association des Communes Suisses (ACS)',
    },
    {
      title: 'FAQ – Guichet numérique MaCommuneEnUnClic : coûts, calendrier de déploiement et compatibilité avec les logiciels métiers',
      publisher: 'Union des Communes Vaudoises (UCV)',
    },
    {
      title: 'Note interne « Pilotage numérique communal » : décisions numériques',
      publisher: 'Modèle pour les communes de moins de 2’000 habitants (rubrique Modèles de Relais)',
    },
    {
      title: 'eCH-0059 Accessibility Standard et catalogue des normes eCH',
      publisher: 'Association eCH',
      url: 'https://www.ech.ch',
    },
  ],
  measureNumbers: [28, 8],
  reviewIntervalMonths: 12,
  lastReviewedAt: '2026-11-30',
}
