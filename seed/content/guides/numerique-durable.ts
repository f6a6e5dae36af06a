import type { GuideSeed } from '@seed/content/types'

/**
 * Measure 17 of the ARVr strategy: sustainable digital practices, delivered as a practical guide with concrete
 * sheets (« fiches »): equipment lifetime, printing, storage, energy, purchasing and end of life. The order of the
 * sheets follows the ADEME–Arcep finding that making devices weighs most; no saving is quantified here, since no
 * source measured it for a commune.
 */
export const numeriqueDurable: GuideSeed = {
  slug: 'numerique-durable',
  title: 'Numérique durable : fiches pratiques',
  theme: 'numerique-durable',
  audiences: ['personnel', 'decideurs', 'informatique'],
  summary:
    'Le plus gros de l’empreinte du numérique vient de la fabrication des appareils, pas de leur usage. Ce guide propose cinq fiches pratiques : garder les équipements plus longtemps, imprimer moins et mieux, ranger ses données, économiser l’énergie, acheter et se séparer du matériel correctement.',
  body: [
    {
      p: 'La stratégie de l’ARVr le rappelle : « Une utilisation non maîtrisée du numérique peut entraîner d’importants coûts environnementaux. » Dans le cadre du **plan climat du canton du Valais**, elle veut proposer aux communes des actions simples pour « une certaine hygiène “physique” du numérique » (mesure 17, avec la Fondation pour le développement durable des régions de montagne, FDDM). Chaque fiche tient sur une page : imprimez celle qui vous concerne et affichez-la près de l’imprimante ou dans le bureau.',
    },
    { h2: 'Par où commencer ?' },
    {
      p: 'L’étude menée en France par l’ADEME et l’Arcep sur l’empreinte environnementale du numérique (2022) conclut que les **appareils des utilisateurs** (écrans, ordinateurs, smartphones, imprimantes) sont à l’origine de 65 à 90 % de l’impact selon l’indicateur considéré, et que la **fabrication** est la principale source d’impact, devant l’utilisation. Pour une commune, le premier levier est donc d’**acheter moins d’appareils et de les garder plus longtemps** ; les gestes d’économie d’énergie viennent ensuite. Ces fiches suivent cet ordre.',
    },
    { h2: 'Fiche 1 — Faire durer les équipements' },
    {
      ul: [
        'Remplacez un appareil **parce qu’il ne répond plus aux besoins**, pas parce qu’une date est atteinte ou qu’un modèle plus récent existe. Demandez à votre prestataire de justifier chaque remplacement proposé.',
        'Avant de remplacer un ordinateur lent, demandez si une **réparation ou une mise à niveau** suffit : plus de mémoire, un disque SSD, une batterie neuve, un nettoyage du système.',
        'Limite à ne pas dépasser : un appareil qui ne reçoit plus les **mises à jour de sécurité** de son fabricant doit être remplacé ou retiré du réseau. Demandez au prestataire la date de fin de support de chaque appareil et inscrivez-la dans l’inventaire.',
        'Protégez le matériel : housse pour les portables, onduleur pour le serveur, pas de boissons près des claviers.',
        'Un appareil qui ne sert plus dans un service peut servir ailleurs (salle de conférence, école, poste d’appoint), une fois **effacé** (voir fiche 5).',
      ],
    },
    { h2: 'Fiche 2 — Imprimer moins et mieux' },
    {
      ul: [
        'Réglez **recto verso et noir et blanc par défaut** sur tous les postes ; la couleur reste possible quand elle est utile.',
        'Préférez **une imprimante multifonction partagée** par étage ou par service aux petites imprimantes individuelles : moins d’appareils à fabriquer, à entretenir et à alimenter.',
        'Activez l’**impression sécurisée** (le document ne sort que lorsque la personne est devant l’imprimante, avec un code ou un badge) : plus de pages oubliées dans le bac, et plus de documents confidentiels qui traînent.',
        'Avant d’imprimer, posez-vous la question : ce document sera-t-il lu sur papier, signé ou archivé sur papier ? Sinon, partagez le fichier.',
        'Utilisez du papier recyclé portant un label reconnu (par exemple l’Ange bleu).',
        'Faites relever par le prestataire le **nombre de pages imprimées** par appareil une fois par an, pour suivre l’évolution et adapter le parc.',
      ],
    },
    { h2: 'Fiche 3 — Ranger et alléger ses données' },
    {
      ul: [
        'Chaque fichier stocké est copié plusieurs fois (serveur, sauvegardes, nuage) : **ce qui n’a plus d’utilité et plus d’obligation de conservation peut être supprimé**. Appliquez le calendrier de conservation de la commune et versez aux archives ce qui doit l’être (guide sur le cycle de vie des données et l’archivage, mesure 9).',
        'Un seul exemplaire par document, au seul endroit prévu (guide « Nommer et classer les documents ») : pas de copies dans les dossiers personnels.',
        'Envoyez **un lien vers le fichier** plutôt qu’une pièce jointe à de nombreux destinataires.',
        'Videz une fois par an les boîtes aux lettres et les dossiers partagés des documents sans valeur : doublons, brouillons dépassés, grosses vidéos et photos qui n’ont pas à être conservées.',
        'Ne gardez pas indéfiniment les comptes et données des personnes qui ont quitté l’administration : transférez ce qui doit l’être, puis supprimez.',
      ],
    },
    { h2: 'Fiche 4 — Économiser l’énergie' },
    {
      ul: [
        'Le soir et le week-end, **éteignez écrans, ordinateurs, imprimantes et photocopieurs**. Convenez avec le prestataire d’un créneau pour les mises à jour (par exemple à midi une fois par semaine), pour ne pas devoir tout laisser allumé la nuit.',
        'Branchez chaque poste sur une **multiprise à interrupteur** : beaucoup d’appareils consomment encore lorsqu’ils sont éteints.',
        'Activez la **mise en veille automatique** des écrans et des ordinateurs, et le mode économie d’énergie des imprimantes. Un économiseur d’écran animé n’économise rien.',
        'Baissez la luminosité des écrans : c’est aussi plus confortable pour les yeux.',
        'Si la commune a un serveur ou une armoire informatique, demandez au prestataire si la **climatisation** est bien réglée et si le serveur est encore nécessaire sur place.',
        'Pour une séance courte avec le Canton ou une autre commune, une **visioconférence** évite un déplacement en voiture.',
      ],
    },
    { h2: 'Fiche 5 — Acheter et se séparer du matériel' },
    {
      ul: [
        'Dans chaque achat, demandez : la **durée de garantie** et la disponibilité des pièces détachées, la durée pendant laquelle le fabricant fournit des mises à jour de sécurité, et la consommation en veille.',
        'Privilégiez les appareils portant un **label environnemental** reconnu (par exemple TCO Certified, EPEAT, Ange bleu ou Energy Star), et pensez au matériel **reconditionné** professionnel pour les postes simples.',
        'Achetez ce dont le poste a besoin : un écran supplémentaire, un deuxième téléphone ou une imprimante individuelle se justifient au cas par cas.',
        'Avant de donner, revendre ou recycler un appareil, faites **effacer les données de manière sûre** par le prestataire et demandez une attestation : un disque simplement « formaté » se relit.',
        'En fin de vie, rapportez les appareils dans un point de vente ou de collecte : en Suisse, l’ordonnance sur la restitution, la reprise et l’élimination des appareils électriques et électroniques (OREA) organise leur reprise, financée par une contribution anticipée payée à l’achat (systèmes Swico Recycling et SENS eRecycling). Ils ne vont jamais aux ordures.',
      ],
    },
    { h2: 'Faire vivre les fiches' },
    {
      p: 'Désignez une personne qui suit ces fiches (le référent numérique, ou un·e délégué·e au développement durable s’il y en a un·e), parlez-en une fois par an en séance du personnel et notez dans le registre de la commune les décisions d’achat ou de remplacement importantes, avec leur motif. La stratégie ne fixe pas d’objectif chiffré aux communes : commencez par deux ou trois gestes et gardez-les.',
    },
  ],
  checklist: [
    {
      key: 'inventaire-fin-support',
      label: 'Tenir l’inventaire des appareils avec leur date d’achat et la date de fin des mises à jour de sécurité.',
      help: 'Demandez ces dates à votre prestataire.',
    },
    {
      key: 'remplacement-justifie',
      label: 'Ne remplacer un appareil que sur un besoin constaté, après avoir étudié la réparation ou la mise à niveau.',
    },
    {
      key: 'impression-par-defaut',
      label: 'Régler le recto verso et le noir et blanc par défaut sur tous les postes.',
    },
    {
      key: 'imprimantes-partagees',
      label: 'Remplacer progressivement les imprimantes individuelles par des multifonctions partagées avec impression sécurisée.',
    },
    {
      key: 'nettoyage-annuel',
      label: 'Supprimer une fois par an, selon le calendrier de conservation, les fichiers et courriels qui n’ont plus à être conservés.',
    },
    {
      key: 'extinction-soir',
      label:
        'Éteindre écrans, ordinateurs et imprimantes le soir et le week-end, avec un créneau de mises à jour convenu avec le prestataire.',
    },
    {
      key: 'criteres-achat',
      label: 'Inclure dans chaque achat la garantie, la durée des mises à jour, la consommation et un label environnemental.',
    },
    {
      key: 'effacement-certifie',
      label: 'Faire effacer les données de manière sûre, avec attestation, avant de donner, revendre ou recycler un appareil.',
    },
    {
      key: 'recyclage-orea',
      label: 'Rapporter le matériel en fin de vie dans un point de reprise (Swico, SENS) plutôt que de le jeter ou de le stocker.',
    },
  ],
  sources: [
    {
      title: 'Stratégie numérique 2022–25, mesure 17 « Guide des bonnes pratiques pour une digitalisation durable »',
      publisher: 'Antenne Région Valais romand (ARVr)',
    },
    {
      title: 'Plan climat Valais',
      publisher: 'État du Valais',
      url: 'https://www.vs.ch',
    },
    {
      title: 'Évaluation de l’impact environnemental du numérique en France et analyse prospective (2022)',
      publisher: 'ADEME et Arcep',
      url: 'https://www.arcep.fr',
    },
    {
      title: 'Matériel informatique : place à la sobriété',
      publisher: 'ADEME – Agir pour la transition',
      url: 'https://agirpourlatransition.ademe.fr/particuliers/bureau/materiel-informatique-place-a-sobriete',
    },
    {
      title: 'Ordonnance sur la restitution, la reprise et l’élimination des appareils électriques et électroniques (OREA)',
      publisher: 'Confédération suisse (Fedlex)',
      url: 'https://www.fedlex.admin.ch',
    },
    {
      title: 'Swico Recycling – reprise des appareils informatiques et de bureau usagés',
      publisher: 'Swico',
    },
    {
      title: 'SENS eRecycling – reprise des appareils électriques',
      publisher: 'Fondation SENS',
      url: 'https://www.erecycling.ch',
    },
  ],
  measureNumbers: [17],
  reviewIntervalMonths: 24,
  lastReviewedAt: '2026-11-30',
}
