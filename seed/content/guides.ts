import { cycleDeVieArchivage } from './guides/cycle-de-vie-archivage'
import { digitaliserUnProcessus } from './guides/digitaliser-un-processus'
import { inclusionNumerique } from './guides/inclusion-numerique'
import { numeriqueDurable } from './guides/numerique-durable'
import { protectionDonneesMetiers } from './guides/protection-donnees-metiers'
import type { GuideSeed } from './types'

/**
 * The first practical guides of the knowledge base (axe 1 « Partage d'informations » of the ARVr strategy).
 * Facts about the communes come from the strategy 004 (ANNEXE II workshop findings, ANNEXE III measures)
 * and the internal steering note 003; advice follows the public Swiss and international references listed
 * in each guide's sources.
 */
export const guides: GuideSeed[] = [
  {
    slug: 'sauvegardes',
    title: 'Sauvegardes et tests de restauration',
    theme: 'sauvegardes',
    audiences: ['decideurs', 'informatique'],
    summary:
      'Une sauvegarde ne vaut que si l’on a vérifié qu’elle peut être restaurée. Ce guide explique la règle 3-2-1, la copie hors ligne qui résiste aux rançongiciels, le test de restauration régulier et les questions à poser à votre prestataire informatique.',
    body: [
      {
        p: 'La stratégie numérique de l’ARVr le constate : « Nombre d’administrations se reposent intégralement sur leurs prestataires externes pour leurs sauvegardes, sans avoir de détails sur la redondance de celles-ci et sans avoir testé les capacités de récupération. » Elle qualifie cette situation de **danger primaire à corriger en urgence** (mesure 1). Lors des ateliers, des communes ont aussi signalé des pertes de données et une gestion des sauvegardes « discutable ».',
      },
      { h2: 'La règle 3-2-1' },
      {
        ul: [
          '**3 copies** des données : l’original et deux sauvegardes.',
          '**2 supports différents** : par exemple un serveur de sauvegarde (NAS) et un stockage en nuage ou des bandes. Une panne d’un type de support n’emporte pas tout.',
          '**1 copie hors site** : dans un autre bâtiment ou dans le centre de données du prestataire, pour survivre à un incendie, un dégât d’eau ou un vol.',
        ],
      },
      {
        p: 'Ajoutez **une copie hors ligne ou immuable**. Un rançongiciel (logiciel qui chiffre vos fichiers puis exige une rançon) chiffre tout ce qu’il peut atteindre par le réseau, y compris un disque de sauvegarde resté branché, et les attaquants cherchent à effacer les sauvegardes avant de frapper. Une copie débranchée (disque déconnecté, bande retirée) ou immuable (stockage qui interdit toute modification ou suppression pendant une durée fixée) reste intacte. On parle parfois de règle « 3-2-1-1-0 » : une copie hors ligne en plus, et zéro erreur lors des tests de restauration.',
      },
      { h2: 'Que faut-il sauvegarder ?' },
      {
        ul: [
          'Les fichiers partagés et les serveurs de la commune.',
          'Les bases de données des logiciels métiers (contrôle des habitants, finances, salaires, gestion des documents) : vérifiez avec l’éditeur du logiciel que la sauvegarde permet vraiment de les remettre en service.',
          'Les **boîtes aux lettres** et les **données en nuage** (par exemple Microsoft 365 : Exchange Online, OneDrive, SharePoint, Teams). Le fournisseur garantit que son service fonctionne, mais la corbeille et l’historique des versions ne conservent les éléments supprimés ou modifiés que pendant une durée limitée : ce n’est pas une sauvegarde.',
          'Les postes de travail, seulement si des données y sont enregistrées ; mieux vaut que rien d’important ne reste sur un ordinateur individuel.',
          'La configuration des équipements (pare-feu, réseau, comptes) et la documentation nécessaire pour tout reconstruire.',
        ],
      },
      { h2: 'Tester la restauration à intervalle fixe' },
      {
        p: 'Une sauvegarde qui n’a jamais été restaurée reste une hypothèse. Prévoyez un test **au moins une fois par an**, et **après chaque changement de système** : nouveau serveur, passage au nuage, nouveau logiciel métier ou changement de prestataire.',
      },
      {
        ol: [
          'Choisissez un échantillon : un dossier, une boîte aux lettres, la base complète d’un logiciel métier.',
          'Faites-le restaurer à un emplacement séparé, sans écraser les données en service.',
          'Ouvrez les fichiers restaurés et vérifiez qu’ils sont complets et lisibles par les personnes qui les utilisent.',
          'Mesurez le temps nécessaire : c’est le délai réel de remise en service.',
          'Consignez le test dans un procès-verbal (date, contenu testé, personnes présentes, durée, résultat, problèmes) et faites corriger les défauts constatés.',
        ],
      },
      { h2: 'Les questions à poser à votre prestataire' },
      {
        ul: [
          'Où se trouvent les copies (lieux, pays, supports) et laquelle est hors ligne ou immuable ?',
          'Combien de temps les copies sont-elles conservées (quotidiennes, hebdomadaires, mensuelles) ?',
          'Qui teste la restauration, à quelle fréquence, et pouvons-nous recevoir le procès-verbal ?',
          'En combien de temps pouvez-vous restaurer un fichier, une boîte aux lettres, un serveur complet ?',
          'Combien de données pouvons-nous perdre au pire (par exemple tout ce qui a été saisi depuis la sauvegarde de la nuit) ?',
          'Les sauvegardes sont-elles chiffrées, qui détient la clé, et les accès d’administration sont-ils protégés par une authentification à deux facteurs ?',
          'Que se passe-t-il si vous êtes vous-même victime d’une attaque ou si vous cessez votre activité ?',
        ],
      },
      {
        p: 'Faites inscrire les réponses dans le contrat ou dans une annexe : la stratégie prévoit aussi de définir les **éléments clés d’un contrat** avec les prestataires (mesure 11).',
      },
      { h2: 'Documenter et décider' },
      {
        p: 'Résumez la procédure sur une page : ce qui est sauvegardé, où, à quelle fréquence, combien de temps, qui appeler, comment demander une restauration et la date du dernier test. Le **référent numérique** de la commune la tient à jour et en garde une copie papier avec le plan de continuité. Même quand la technique est confiée à un prestataire, la responsabilité reste à la commune : c’est l’exécutif qui décide des moyens à engager (copie hors ligne, tests), le prestataire conseille mais n’assume aucune responsabilité décisionnelle.',
      },
    ],
    checklist: [
      {
        key: 'inventaire-donnees',
        label: 'Dresser la liste des données à sauvegarder : serveurs, logiciels métiers, messagerie et nuage.',
        help: 'Partez de l’inventaire des outils numériques tenu par le référent numérique.',
      },
      {
        key: 'regle-3-2-1',
        label: 'Vérifier que la règle 3-2-1 est respectée : trois copies, deux supports, une copie hors site.',
      },
      {
        key: 'copie-hors-ligne',
        label: 'Disposer d’au moins une copie hors ligne ou immuable, hors d’atteinte d’un rançongiciel.',
      },
      {
        key: 'messagerie-nuage',
        label: 'Vérifier que les boîtes aux lettres et les données en nuage (Microsoft 365 ou autre) sont sauvegardées.',
        help: 'La corbeille et l’historique des versions du fournisseur ne remplacent pas une sauvegarde.',
      },
      {
        key: 'questions-prestataire',
        label: 'Poser par écrit au prestataire les questions de ce guide et conserver ses réponses.',
      },
      {
        key: 'test-restauration-annuel',
        label: 'Faire un test de restauration au moins une fois par an et en conserver le procès-verbal.',
        recurrence: '12',
      },
      {
        key: 'test-apres-changement',
        label: 'Refaire un test de restauration après chaque changement de système ou de prestataire.',
      },
      {
        key: 'acces-sauvegardes-proteges',
        label: 'Protéger les comptes d’administration des sauvegardes par une authentification à deux facteurs.',
        help: 'Les attaquants cherchent d’abord à effacer les sauvegardes avec ces comptes.',
      },
      {
        key: 'procedure-documentee',
        label: 'Rédiger la procédure de sauvegarde sur une page et en garder une copie papier avec le plan de continuité.',
      },
    ],
    sources: [
      {
        title: 'Stratégie numérique 2022–25, mesure 1 « Guide sur les bonnes pratiques de sauvegardes / contrôles à effectuer »',
        publisher: 'Antenne Région Valais romand (ARVr)',
      },
      {
        title: 'Protégez-vous : sauvegarde des données',
        publisher: 'Office fédéral de la cybersécurité (OFCS)',
        url: 'https://www.ncsc.admin.ch',
      },
      {
        title: 'Norme minimale pour améliorer la résilience informatique (norme minimale TIC)',
        publisher: 'Office fédéral pour l’approvisionnement économique du pays (OFAE)',
        url: 'https://www.bwl.admin.ch',
      },
      {
        title: 'eBanking – mais sécurisé ! : « 5 étapes pour votre sécurité numérique »',
        publisher: 'Haute école de Lucerne (EBAS)',
        url: 'https://www.ebas.ch',
      },
    ],
    measureNumbers: [1, 13],
    reviewIntervalMonths: 12,
    lastReviewedAt: '2026-09-15',
  },

  {
    slug: 'mots-de-passe',
    title: 'Mots de passe et authentification',
    theme: 'mots-de-passe',
    audiences: ['personnel', 'decideurs', 'informatique'],
    summary:
      'Un mot de passe long vaut mieux qu’un mot de passe compliqué. Ce guide explique comment choisir une phrase de passe, utiliser un gestionnaire de mots de passe, activer l’authentification à deux facteurs et réagir lorsqu’un mot de passe a pu être dérobé.',
    body: [
      {
        p: 'La stratégie numérique de l’ARVr est directe : « Les post-its avec les ordinateurs portables sont une faille majeure de sécurité ! Tout comme les mots de passe à changer chaque mois, sans contraintes particulières » (mesure 5). Les ateliers ont aussi relevé que les gestionnaires de mots de passe et la double authentification sont peu utilisés, faute d’information.',
      },
      // The « À retenir » section is also the guide's printable poster (src/guides/poster.ts): short, personal reflexes.
      { h2: 'À retenir' },
      {
        ol: [
          'Une **phrase de passe** de quatre mots sans lien entre eux : au moins 12 caractères, mieux 16 ou plus.',
          'Un mot de passe **différent pour chaque service**, rangé dans le gestionnaire de mots de passe.',
          '**Jamais de post-it** ni de liste de mots de passe sur le bureau ou l’ordinateur.',
          'L’**authentification à deux facteurs** activée, d’abord sur la messagerie.',
          'Une demande de connexion que vous n’avez pas lancée ? **Refusez-la et signalez-la.**',
          '**Un compte personnel par personne** : on ne prête pas son compte.',
          'Mot de passe saisi sur un site douteux ou vu par quelqu’un : **changez-le immédiatement.**',
        ],
      },
      { h2: 'La longueur avant la complexité' },
      {
        p: 'Les attaquants font essayer par des programmes des milliards de combinaisons, en commençant par les mots et les substitutions les plus courants : « P@ssw0rd1! » paraît compliqué mais se devine vite. Chaque caractère ajouté multiplie le travail de l’attaquant. Une **phrase de passe**, faite de plusieurs mots sans lien entre eux, est à la fois longue et facile à retenir.',
      },
      {
        ul: [
          '**Au moins 12 caractères, mieux 16 ou plus.**',
          'Une phrase de passe de quatre mots ou plus sans rapport entre eux, par exemple « marmotte guichet abricot tonnerre » (n’utilisez pas cet exemple).',
          'Un mot de passe **différent pour chaque service** : si un site se fait voler ses données, vos autres comptes restent protégés.',
          'Jamais le nom de la commune, une saison suivie de l’année, une date de naissance ou le prénom d’un proche.',
        ],
      },
      { h2: 'Un gestionnaire de mots de passe' },
      {
        p: 'Un gestionnaire de mots de passe est un coffre-fort numérique : il crée des mots de passe longs et aléatoires, les retient et les remplit à votre place. Vous n’avez plus qu’**une seule phrase de passe à retenir**, celle du coffre, protégée en plus par la double authentification. Choisissez avec votre responsable informatique ou votre prestataire une solution commune à toute l’administration. Lorsqu’un fournisseur n’offre qu’un seul accès pour toute la commune, le mot de passe se range dans un coffre partagé dont on sait qui y a accès, jamais sur un post-it.',
      },
      { h2: 'L’authentification à deux facteurs' },
      {
        p: 'L’authentification à deux facteurs (aussi appelée MFA) demande, en plus du mot de passe, une preuve que vous possédez un objet : une application sur votre téléphone, un code reçu ou une clé de sécurité. Même si votre mot de passe est volé, l’attaquant est bloqué. Activez-la dans cet ordre : **1. la messagerie**, car elle permet de réinitialiser tous les autres mots de passe ; **2. les accès à distance** (télétravail, bureau à distance, messagerie web) ; **3. les comptes d’administration et les services en nuage** ; **4. l’e-banking et les logiciels métiers sensibles**. N’approuvez jamais une demande de connexion que vous n’avez pas lancée vous-même : signalez-la.',
      },
      { h2: 'Un compte personnel par personne' },
      {
        p: 'Pas de compte « secretariat » partagé par toute l’équipe. Un compte personnel permet de savoir qui a fait quoi, d’accorder à chacun uniquement les droits dont il a besoin et de couper les accès le jour où une personne quitte l’administration. Relais applique la même règle : chaque personne a son propre compte, validé par le ou la secrétaire municipal·e, et le partage de compte est interdit.',
      },
      { h2: 'Quand changer un mot de passe ?' },
      {
        p: 'Les changements forcés chaque mois produisent des mots de passe prévisibles (« Printemps2026 » devient « Ete2026 ») et des post-its. La publication NIST SP 800-63B recommande de ne pas imposer de changements périodiques, mais d’exiger un changement dès qu’il existe un indice de compromission. Changez donc **immédiatement** un mot de passe : si vous l’avez saisi sur un site douteux, si un service annonce une fuite de données, si votre adresse apparaît sur un service comme Have I Been Pwned (haveibeenpwned.com), si un appareil a été perdu ou infecté, ou si quelqu’un a pu le voir. Le responsable informatique peut, après vérification du nom de domaine, y faire surveiller toutes les adresses de la commune.',
      },
      { h3: 'Pour les responsables informatiques' },
      {
        ul: [
          'Longueur minimale d’au moins 12 caractères, longueur maximale généreuse (au moins 64 caractères) et espaces acceptés, pour permettre les phrases de passe.',
          'Comparaison des nouveaux mots de passe avec une liste de mots de passe courants ou déjà divulgués, plutôt que des règles de composition.',
          'Limitation du nombre d’essais de connexion, double authentification obligatoire sur la messagerie et les accès à distance.',
          'Pas d’expiration périodique, mais changement forcé en cas de compromission et désactivation des comptes le jour du départ.',
          'Mots de passe par défaut des imprimantes, routeurs, serveurs de fichiers (NAS), caméras et bornes Wi-Fi changés dès l’installation : ils sont identiques pour tous les clients et souvent publiés dans les modes d’emploi. Demandez au prestataire de le confirmer par écrit.',
        ],
      },
    ],
    checklist: [
      {
        key: 'phrase-de-passe',
        label: 'Remplacer les mots de passe courts par des phrases de passe d’au moins 12 caractères, idéalement 16 ou plus.',
      },
      {
        key: 'gestionnaire',
        label: 'Mettre un gestionnaire de mots de passe à disposition de chaque collaborateur·trice.',
      },
      {
        key: 'mfa-messagerie',
        label: 'Activer l’authentification à deux facteurs sur toutes les messageries.',
        help: 'La messagerie permet de réinitialiser tous les autres mots de passe : c’est la priorité.',
      },
      {
        key: 'mfa-acces-distance',
        label: 'Activer l’authentification à deux facteurs sur les accès à distance et les comptes d’administration.',
      },
      {
        key: 'comptes-personnels',
        label: 'Supprimer les comptes partagés : un compte personnel par personne.',
      },
      {
        key: 'zero-post-it',
        label: 'Retirer des bureaux et des ordinateurs tous les post-its et listes de mots de passe.',
      },
      {
        key: 'mots-de-passe-defaut',
        label: 'Faire changer les mots de passe par défaut des imprimantes, routeurs, NAS et bornes Wi-Fi.',
      },
      {
        key: 'changement-si-compromission',
        label: 'Renoncer au changement forcé périodique et changer immédiatement tout mot de passe compromis.',
      },
      {
        key: 'verification-fuites',
        label: 'Vérifier les adresses e-mail de la commune sur un service de type Have I Been Pwned.',
      },
      {
        key: 'depart-collaborateur',
        label: 'Désactiver les accès d’une personne le jour de son départ.',
      },
    ],
    sources: [
      {
        title:
          'Stratégie numérique 2022–25, mesure 5 « Guide sur les bonnes pratiques à adopter pour une gestion efficace des mots de passe »',
        publisher: 'Antenne Région Valais romand (ARVr)',
      },
      {
        title: 'Protégez-vous : mots de passe et authentification à deux facteurs',
        publisher: 'Office fédéral de la cybersécurité (OFCS)',
        url: 'https://www.ncsc.admin.ch',
      },
      {
        title: 'NIST SP 800-63B – Digital Identity Guidelines: Authentication and Lifecycle Management',
        publisher: 'National Institute of Standards and Technology (NIST)',
        url: 'https://csrc.nist.gov',
      },
      {
        title: 'iBarry – conseils de sécurité : mots de passe',
        publisher: 'Swiss Internet Security Alliance (SISA)',
        url: 'https://www.ibarry.ch',
      },
      {
        title: 'eBanking – mais sécurisé ! : « 5 étapes pour votre sécurité numérique »',
        publisher: 'Haute école de Lucerne (EBAS)',
        url: 'https://www.ebas.ch',
      },
      {
        title: 'Have I Been Pwned – vérifier si une adresse figure dans une fuite de données',
        publisher: 'Troy Hunt',
        url: 'https://haveibeenpwned.com',
      },
    ],
    measureNumbers: [4, 5],
    reviewIntervalMonths: 12,
    lastReviewedAt: '2026-09-15',
  },

  {
    slug: 'incident-cyber',
    title: 'Que faire en cas de cyberattaque ? La première heure',
    theme: 'incident',
    audiences: ['personnel', 'decideurs', 'informatique'],
    summary:
      'Écran qui exige une rançon, fichiers illisibles, messages envoyés en votre nom : les premières minutes comptent. Ce guide donne, dans l’ordre, les gestes de la première heure et ce qu’il faut avoir préparé avant l’incident. Imprimez-le : pendant une attaque, l’intranet peut être inaccessible.',
    body: [
      {
        p: 'Lors de l’atelier cybersécurité de l’ARVr, une simulation d’attaque a été jouée : **aucune des communes présentes n’avait de checklist préparée** ni de stratégie claire de réaction (mesure 15). Ce guide est cette checklist. Il se lit en deux minutes et se prépare à froid, pas le jour de l’attaque.',
      },
      // The « À retenir » section is also the guide's printable poster (src/guides/poster.ts): the first gestures.
      { h2: 'À retenir' },
      {
        ol: [
          '**Débranchez le câble réseau** et coupez le Wi-Fi de l’appareil touché.',
          '**Ne l’éteignez pas**, ne supprimez rien, n’essayez pas de « réparer ».',
          'Notez l’heure et **photographiez l’écran** avec un téléphone.',
          'Appelez le **référent numérique** et le **prestataire** avec la liste d’urgence imprimée.',
          'Coordonnez-vous **par téléphone**, pas par la messagerie de la commune.',
          '**Ne payez pas de rançon** et ne répondez pas aux attaquants : l’exécutif décide, avec la police.',
        ],
      },
      { h2: 'Reconnaître qu’il se passe quelque chose' },
      {
        ul: [
          'Un message à l’écran exige une rançon, ou des fichiers ne s’ouvrent plus et ont changé d’extension.',
          'L’antivirus donne l’alerte, des programmes s’ouvrent seuls, la souris bouge sans vous.',
          'Des collègues ou des habitant·e·s reçoivent des e-mails étranges envoyés depuis votre adresse.',
          'Votre mot de passe ne fonctionne plus, ou vous recevez des demandes de double authentification que vous n’avez pas lancées.',
          'Un paiement est parti vers un compte bancaire que personne n’a vérifié.',
        ],
      },
      { h2: 'Minutes 0 à 15 : isoler' },
      {
        ol: [
          '**Débranchez le câble réseau** de l’appareil touché et **coupez le Wi-Fi** (mode avion). Débranchez aussi tout disque de sauvegarde ou clé USB qui y est raccordé.',
          '**Ne l’éteignez pas** : laissez-le allumé, sauf instruction contraire de votre prestataire. Sa mémoire contient des traces utiles pour comprendre l’attaque.',
          'N’essayez pas de « réparer » : ne supprimez rien, ne lancez pas de nettoyage, ne réinstallez rien.',
          'Si plusieurs appareils ou le serveur sont touchés, demandez au prestataire de couper la connexion Internet de la commune.',
          'Notez l’heure et ce que vous avez vu ; photographiez l’écran avec un téléphone.',
        ],
      },
      { h2: 'Minutes 15 à 30 : alerter' },
      {
        ol: [
          'Appelez le **référent numérique** de la commune, qui doit être informé sans délai, et le **prestataire informatique**, avec les numéros de la liste d’urgence imprimée.',
          'Informez l’**exécutif** : le ou la président·e de commune et le ou la secrétaire municipal·e. C’est l’exécutif qui décide, le prestataire conseille.',
          'Coordonnez-vous par téléphone, pas par la messagerie de la commune, qui peut être surveillée par l’attaquant.',
          'Prévenez les collègues : ne rien brancher, ne rien ouvrir, signaler tout symptôme au référent.',
        ],
      },
      { h2: 'Minutes 30 à 60 : signaler et préserver les preuves' },
      {
        ul: [
          '**Signalez l’attaque à l’Office fédéral de la cybersécurité (OFCS)**, avec le formulaire de son site (ncsc.admin.ch). Depuis le 1er avril 2025, la loi sur la sécurité de l’information (LSI) oblige les autorités cantonales et communales, comme d’autres infrastructures critiques, à signaler une cyberattaque dans les 24 heures suivant sa découverte ; le signalement peut être complété dans les 14 jours. Des exceptions existent : vérifiez à l’avance si votre commune est concernée. Un signalement volontaire est toujours possible et permet à l’OFCS de vous aider et d’alerter d’autres victimes.',
          '**Déposez plainte auprès de la Police cantonale valaisanne** : extorsion, intrusion et vol de données sont des infractions.',
          '**Préservez les preuves** : ne supprimez ni l’e-mail suspect ni le message de rançon, conservez les journaux, tenez une liste horodatée de tout ce qui est constaté et fait.',
          '**Ne payez pas la rançon** : l’OFCS le déconseille. Rien ne garantit la récupération des données ni qu’elles ne seront pas publiées, et le paiement finance les criminels. Tout contact avec les attaquants relève de l’exécutif, avec la police.',
        ],
      },
      { h2: 'Si des données personnelles sont touchées' },
      {
        p: 'Si des données d’habitant·e·s, de collaborateur·trice·s ou de dossiers sociaux ont pu être consultées, volées ou chiffrées, la commune, soumise à la loi cantonale (LIPDA), prend contact avec le **préposé cantonal à la protection des données** pour savoir ce qu’elle doit annoncer, et à qui. La loi fédérale sur la protection des données (nLPD) s’applique quant à elle aux personnes privées et aux organes fédéraux : votre prestataire, en tant que sous-traitant, doit vous annoncer dans les meilleurs délais toute violation de la sécurité des données, et les responsables privés annoncent au **Préposé fédéral à la protection des données et à la transparence (PFPDT)** les violations présentant un risque élevé.',
      },
      { h2: 'Communiquer d’une seule voix' },
      {
        p: 'L’exécutif désigne **une seule personne** qui s’exprime pour la commune. Le personnel reçoit des consignes internes claires ; la population est informée sobrement des prestations perturbées et des moyens de joindre l’administration (téléphone, guichet, pilier public), sans spéculer sur l’auteur ou l’ampleur. Si des e-mails frauduleux circulent au nom de la commune, avertissez-en la population.',
      },
      { h2: 'Après la première heure' },
      {
        p: 'Ne restaurez qu’à partir de **sauvegardes saines**, après que le prestataire ou les spécialistes ont trouvé la porte d’entrée, coupé l’accès de l’attaquant et fait changer les mots de passe ; sinon l’attaque recommence. Le référent consigne l’incident dans le **journal des incidents** de la commune (registre de Relais), puis un bilan est fait avec l’exécutif pour améliorer la préparation. La stratégie de l’ARVr prévoit de collaborer avec le Service cantonal de la sécurité civile et militaire (SSCM) à une cellule de réaction rapide disponible 24 h/24 (mesure 30) : dès qu’elle est opérationnelle, son numéro rejoint votre liste d’urgence.',
      },
    ],
    checklist: [
      {
        key: 'liste-urgence-papier',
        label: 'Imprimer la liste des contacts d’urgence (référent, prestataire, exécutif, police, OFCS) et la garder hors ligne.',
        help: 'Pendant une attaque, ni la messagerie ni l’intranet ne sont forcément accessibles.',
      },
      {
        key: 'guide-imprime',
        label: 'Imprimer ce guide et le placer au secrétariat et près des postes partagés.',
      },
      {
        key: 'premier-geste-connu',
        label: 'Expliquer à tout le personnel le premier geste : débrancher le réseau, ne pas éteindre, appeler le référent.',
      },
      {
        key: 'roles-crise',
        label: 'Faire désigner par l’exécutif qui décide de couper le réseau et qui parle au nom de la commune.',
      },
      {
        key: 'delai-prestataire',
        label: 'Convenir avec le prestataire de son délai d’intervention en cas d’attaque, y compris hors des heures de bureau.',
      },
      {
        key: 'obligation-signalement',
        label: 'Vérifier si la commune est soumise à l’obligation de signaler à l’OFCS et savoir où trouver le formulaire.',
      },
      {
        key: 'sauvegarde-saine',
        label: 'S’assurer qu’une sauvegarde hors ligne récente existe et a été testée.',
        help: 'Voir le guide « Sauvegardes et tests de restauration ».',
      },
      {
        key: 'journal-incidents',
        label: 'Tenir le journal des incidents de la commune et y consigner chaque incident significatif.',
      },
      {
        key: 'exercice-annuel',
        label: 'Jouer une fois par an un exercice d’une heure autour d’un scénario d’attaque.',
        recurrence: '12',
      },
    ],
    sources: [
      {
        title:
          'Stratégie numérique 2022–25, mesure 15 « Guide sur les bonnes pratiques à adopter pour une gestion de crise de type cyberattaque (y.c. préparation) » et mesure 30',
        publisher: 'Antenne Région Valais romand (ARVr)',
      },
      {
        title: 'Rançongiciels (ransomware) : mesures de protection et marche à suivre ; formulaire de signalement',
        publisher: 'Office fédéral de la cybersécurité (OFCS)',
        url: 'https://www.ncsc.admin.ch',
      },
      {
        title: 'Loi fédérale sur la sécurité de l’information au sein de la Confédération (LSI) : obligation de signaler les cyberattaques',
        publisher: 'Confédération suisse (Fedlex)',
        url: 'https://www.fedlex.admin.ch',
      },
      {
        title: 'Loi fédérale sur la protection des données (nLPD), art. 24 : annonce des violations de la sécurité des données',
        publisher: 'Confédération suisse (Fedlex)',
        url: 'https://www.fedlex.admin.ch',
      },
      {
        title: 'Préposé fédéral à la protection des données et à la transparence (PFPDT)',
        publisher: 'PFPDT',
        url: 'https://www.edoeb.admin.ch',
      },
      {
        title: 'Note interne « Pilotage numérique communal » : gestion des incidents numériques',
        publisher: 'Modèle pour les communes de moins de 2’000 habitants (rubrique Modèles de Relais)',
      },
    ],
    measureNumbers: [4, 15, 30],
    reviewIntervalMonths: 6,
    lastReviewedAt: '2026-09-15',
  },

  {
    slug: 'continuite',
    title: 'Continuité des activités',
    theme: 'continuite',
    audiences: ['decideurs', 'personnel', 'informatique'],
    summary:
      'Si l’informatique s’arrête plusieurs jours, la commune doit continuer à servir sa population. Ce guide aide à repérer les prestations critiques, à fixer la durée d’interruption supportable, à préparer un mode dégradé sur papier et à tester le plan une fois par an.',
    body: [
      {
        p: 'Les ateliers de l’ARVr ont constaté l’absence de **plan de continuité de l’activité** en cas de sinistre informatique, et la stratégie relève que peu d’administrations ont un plan clair en cas de défaillance majeure, « y compris en cas d’attaque » (mesure 13). La cause n’est pas toujours une cyberattaque : incendie, dégât d’eau, panne de courant ou d’Internet, défaillance d’un logiciel ou d’un prestataire produisent le même effet.',
      },
      { h2: '1. Repérer les prestations critiques' },
      {
        ul: [
          'Contrôle des habitants : arrivées, départs, attestations, annonces aux registres.',
          'Paiements : salaires, factures des fournisseurs, encaissements.',
          'Décès et inhumations, et les échanges avec l’état civil et les services cantonaux.',
          'Messagerie et téléphone : pouvoir joindre et être joint.',
          'Élections et votations, aux dates de scrutin.',
          'Services techniques dont les installations dépendent de l’informatique (eau potable, par exemple).',
          'Site internet et information à la population.',
        ],
      },
      { h2: '2. Fixer ce qui est supportable' },
      {
        p: 'Pour chaque prestation critique, l’exécutif répond à deux questions : **combien de temps pouvons-nous nous en passer** (quelques heures, une journée, une semaine) et **combien de travail pouvons-nous perdre** (tout ce qui a été saisi depuis la dernière sauvegarde). Les informaticiens parlent de durée maximale d’interruption admissible et de perte de données maximale admissible. Ces deux chiffres disent au prestataire quelles sauvegardes et quels délais de restauration sont nécessaires, et permettent d’en discuter le coût.',
      },
      { h2: '3. Préparer le mode dégradé' },
      {
        ul: [
          'Des formulaires papier prêts à l’emploi (attestations, annonces d’arrivée et de départ, quittances d’encaissement) et un registre papier de ce qui est traité pendant la panne.',
          'La marche à suivre convenue à l’avance avec la banque pour les paiements urgents, en particulier les salaires, sans logiciel comptable.',
          'Des messages types pour informer la population (pilier public, téléphone, site hébergé ailleurs).',
          'Qui ressaisit les données papier une fois les systèmes revenus, et dans quel ordre.',
        ],
      },
      { h2: '4. Une liste de contacts d’urgence hors ligne' },
      {
        p: 'Imprimez la liste et gardez-la à **deux endroits** hors des locaux informatiques : membres de l’exécutif, référent numérique, prestataires avec leurs numéros de contrat et de client, éditeurs des logiciels métiers, banque, fournisseur d’électricité, police, Office fédéral de la cybersécurité. Mettez-la à jour à chaque changement et au moins une fois par an.',
      },
      { h2: '5. Connaître ses dépendances' },
      {
        p: 'Pour chaque prestation critique, notez de quels logiciels, prestataires et connexions elle dépend. Demandez à vos prestataires quel est leur propre plan de continuité et quel délai d’intervention figure au contrat. N’oubliez pas les personnes : la stratégie observe que l’informatique de nombreuses communes repose sur **une seule personne « un peu plus à l’aise que les autres »** ; désignez une suppléance et documentez ce qu’elle doit savoir.',
      },
      { h2: '6. Qui décide ?' },
      {
        p: 'C’est l’**exécutif communal** qui déclenche le plan et arbitre les priorités ; le **référent numérique** coordonne les prestataires et tient l’exécutif informé, comme le prévoit la note de pilotage numérique. Décidez à l’avance qui peut activer le mode dégradé, qui communique, et qui peut engager une dépense urgente.',
      },
      { h2: '7. Tester le plan chaque année' },
      {
        p: 'Une fois par an, réunissez l’exécutif, le référent et les responsables de service une à deux heures autour d’un scénario simple : « Lundi, 8 h, plus aucun ordinateur ne démarre. » Déroulez les décisions heure par heure, appelez réellement deux numéros de la liste, sortez les formulaires papier. Notez ce qui a manqué et mettez le plan à jour.',
      },
    ],
    checklist: [
      {
        key: 'prestations-critiques',
        label: 'Lister les prestations critiques de la commune et la personne responsable de chacune.',
      },
      {
        key: 'durees-supportables',
        label: 'Fixer pour chaque prestation critique la durée d’interruption et la perte de données supportables.',
        help: 'Ces chiffres sont une décision de l’exécutif, à transmettre au prestataire.',
      },
      {
        key: 'dependances',
        label: 'Recenser les logiciels, prestataires et connexions dont dépend chaque prestation critique.',
      },
      {
        key: 'mode-degrade',
        label: 'Préparer les formulaires et les procédures papier du mode dégradé.',
      },
      {
        key: 'paiements-urgence',
        label: 'Convenir avec la banque de la marche à suivre pour les paiements urgents sans logiciel comptable.',
      },
      {
        key: 'contacts-hors-ligne',
        label: 'Imprimer la liste des contacts d’urgence et la conserver à deux endroits hors des locaux informatiques.',
      },
      {
        key: 'decision-activation',
        label: 'Faire désigner par l’exécutif qui déclenche le plan, qui coordonne et qui communique.',
      },
      {
        key: 'suppleance',
        label: 'Désigner une suppléance pour chaque personne indispensable au fonctionnement informatique.',
      },
      {
        key: 'test-annuel',
        label: 'Tester le plan une fois par an par un exercice et le mettre à jour.',
        recurrence: '12',
      },
    ],
    sources: [
      {
        title:
          'Stratégie numérique 2022–25, mesure 13 « Guide des bonnes pratiques de continuité de l’activité métier en cas de sinistre informatique »',
        publisher: 'Antenne Région Valais romand (ARVr)',
      },
      {
        title: 'Norme minimale pour améliorer la résilience informatique (norme minimale TIC)',
        publisher: 'Office fédéral pour l’approvisionnement économique du pays (OFAE)',
        url: 'https://www.bwl.admin.ch',
      },
      {
        title: 'Protégez-vous : mesures de protection',
        publisher: 'Office fédéral de la cybersécurité (OFCS)',
        url: 'https://www.ncsc.admin.ch',
      },
      {
        title: 'Note interne « Pilotage numérique communal » : répartition des responsabilités',
        publisher: 'Modèle pour les communes de moins de 2’000 habitants (rubrique Modèles de Relais)',
      },
    ],
    measureNumbers: [13],
    reviewIntervalMonths: 12,
    lastReviewedAt: '2026-09-15',
  },

  {
    slug: 'phishing',
    title: 'Reconnaître le hameçonnage',
    theme: 'phishing',
    audiences: ['personnel', 'decideurs'],
    summary:
      'Le hameçonnage (phishing) est un message qui se fait passer pour un expéditeur de confiance afin de vous faire cliquer, saisir un mot de passe ou payer. Ce guide présente les signes qui doivent alerter, les bons réflexes et ce qu’il faut faire si l’on a cliqué.',
    body: [
      {
        p: 'Les ateliers de l’ARVr ont relevé que **peu de campagnes régulières de hameçonnage ou de sensibilisation** sont menées dans les communes, faute de responsable interne. La stratégie estime que toutes les communes devraient régulièrement tester leur administration (mesure 29) et prévoit un outil de formation en ligne par modules courts (mesure 12).',
      },
      // The « À retenir » section is also the guide's printable poster (src/guides/poster.ts): signs and reflexes.
      { h2: 'À retenir' },
      {
        ol: [
          '**Urgence, menace, secret** : méfiez-vous de tout message qui presse ou demande un mot de passe, un code ou un paiement.',
          'Regardez **l’adresse complète** de l’expéditeur et survolez les liens sans cliquer.',
          '**Arrêtez-vous dix secondes**, puis vérifiez par un autre canal, au numéro que vous connaissez.',
          'Ne saisissez **jamais un mot de passe** après avoir cliqué sur un lien reçu.',
          'Changement de coordonnées bancaires : **confirmation par téléphone** et validation par deux personnes.',
          '**Signalez** le message suspect au référent numérique, puis supprimez-le.',
          'Vous avez cliqué ? **Alertez tout de suite le référent** : le signaler ne vous sera jamais reproché.',
        ],
      },
      { h2: 'Les formes du hameçonnage' },
      {
        ul: [
          'Un e-mail qui imite une banque, la Poste, l’administration fiscale ou votre messagerie (« votre boîte est pleine », « un document vous a été partagé »).',
          'Un SMS ou un message sur une messagerie instantanée, avec un lien.',
          'Un appel d’un prétendu support informatique qui demande un code ou l’installation d’un programme.',
          'Un code QR sur un courrier ou une affiche, qui mène vers un faux site.',
          'La fraude au président ou au faux fournisseur : un message apparemment du président de commune ou d’un fournisseur connu demande un paiement urgent ou annonce un changement de coordonnées bancaires.',
        ],
      },
      { h2: 'Les signes qui doivent alerter' },
      {
        ul: [
          'L’urgence ou la menace : « dernier rappel », « votre compte sera bloqué aujourd’hui ».',
          'Une demande inattendue de mot de passe, de code, de paiement ou de confidentialité (« n’en parlez à personne »).',
          'L’adresse réelle de l’expéditeur ne correspond pas au nom affiché : regardez l’adresse complète.',
          'Le lien mène ailleurs que prévu : survolez-le avec la souris, sans cliquer, pour voir l’adresse réelle.',
          'Une pièce jointe inattendue (facture, fichier compressé, document demandant d’activer des macros).',
          'Des fautes ou un ton inhabituel, mais attention : beaucoup de messages frauduleux sont aujourd’hui sans faute.',
        ],
      },
      { h2: 'Les bons réflexes' },
      {
        ol: [
          'Arrêtez-vous dix secondes : l’urgence est l’arme principale de l’escroc.',
          'Vérifiez par un autre canal : appelez la personne ou l’entreprise au numéro que vous connaissez, jamais à celui qui figure dans le message.',
          'Ne saisissez jamais un mot de passe après avoir cliqué sur un lien reçu : passez par vos favoris ou tapez l’adresse vous-même.',
          'Tout changement de coordonnées bancaires d’un fournisseur est confirmé par téléphone et validé par deux personnes.',
          'Signalez le message, puis supprimez-le.',
        ],
      },
      { h2: 'Signaler' },
      {
        p: 'À l’interne, transférez le message suspect au référent numérique ou au prestataire, selon la procédure convenue : d’autres collègues l’ont peut-être reçu. Les sites de hameçonnage peuvent être signalés à l’Office fédéral de la cybersécurité sur **antiphishing.ch** : l’office demande leur suppression et les transmet aux éditeurs de navigateurs et de listes de blocage. Si de faux messages circulent au nom de la commune, avertissez la population.',
      },
      { h2: 'J’ai cliqué : que faire ?' },
      {
        ol: [
          'Ne restez pas seul·e et n’ayez pas honte : plus l’alerte est rapide, moins les dégâts sont grands.',
          'Si vous avez saisi un mot de passe, changez-le immédiatement depuis un autre appareil, et partout où il était utilisé.',
          'Si vous avez ouvert une pièce jointe, débranchez l’ordinateur du réseau sans l’éteindre (voir le guide « Que faire en cas de cyberattaque ? »).',
          'Alertez le référent numérique et le prestataire, en notant l’heure et le message en cause.',
          'Si un paiement est parti, appelez tout de suite la banque pour tenter de le bloquer, puis déposez plainte auprès de la police cantonale.',
        ],
      },
      { h2: 'Entraîner plutôt que punir' },
      {
        p: 'Des campagnes de test (faux messages envoyés par un mandataire, suivis d’explications) apprennent à reconnaître les pièges dans les conditions réelles ; la stratégie prévoit que l’ARVr facilite leur organisation pour les petites communes, en coordination avec le Service cantonal de l’informatique (SCI). Les résultats servent à former, jamais à blâmer : une personne qui ose signaler son clic protège toute l’administration. Des sessions courtes et répétées et une affiche des signes d’alerte dans un lieu fréquenté entretiennent les réflexes (mesure 4).',
      },
    ],
    checklist: [
      {
        key: 'procedure-signalement',
        label: 'Définir à qui et comment le personnel signale un message suspect.',
      },
      {
        key: 'sensibilisation-annuelle',
        label: 'Organiser au moins une sensibilisation au hameçonnage par an pour tout le personnel et les élu·e·s.',
        recurrence: '12',
      },
      {
        key: 'verification-iban',
        label: 'Exiger une confirmation téléphonique et un double contrôle pour tout changement de coordonnées bancaires.',
        help: 'Appelez au numéro déjà connu du fournisseur, jamais à celui du message.',
      },
      {
        key: 'mfa-messagerie',
        label: 'Activer l’authentification à deux facteurs sur la messagerie.',
        help: 'Voir le guide « Mots de passe et authentification ».',
      },
      {
        key: 'affiche-signes',
        label: 'Afficher les signes d’alerte du hameçonnage dans un endroit fréquenté de l’administration.',
      },
      {
        key: 'reaction-clic',
        label: 'Expliquer à chacun quoi faire après un clic, et que le signaler ne sera jamais reproché.',
      },
      {
        key: 'campagne-test',
        label: 'Participer à une campagne de test de hameçonnage et en discuter les résultats avec le personnel.',
      },
      {
        key: 'signalement-antiphishing',
        label: 'Signaler les sites de hameçonnage reçus sur antiphishing.ch.',
      },
    ],
    sources: [
      {
        title: 'Stratégie numérique 2022–25, mesures 4, 12 et 29 (bons comportements, formation en ligne, tests de phishing)',
        publisher: 'Antenne Région Valais romand (ARVr)',
      },
      {
        title: 'antiphishing.ch – signaler un site de hameçonnage',
        publisher: 'Office fédéral de la cybersécurité (OFCS)',
        url: 'https://www.antiphishing.ch',
      },
      {
        title: 'Protégez-vous : hameçonnage (phishing)',
        publisher: 'Office fédéral de la cybersécurité (OFCS)',
        url: 'https://www.ncsc.admin.ch',
      },
      {
        title: 'iBarry – conseils de sécurité : phishing',
        publisher: 'Swiss Internet Security Alliance (SISA)',
        url: 'https://www.ibarry.ch',
      },
      {
        title: 'eBanking – mais sécurisé ! : phishing',
        publisher: 'Haute école de Lucerne (EBAS)',
        url: 'https://www.ebas.ch',
      },
    ],
    measureNumbers: [4, 12, 29],
    reviewIntervalMonths: 12,
    lastReviewedAt: '2025-06-01',
  },

  {
    slug: 'nommage-documents',
    title: 'Nommer et classer les documents',
    theme: 'nommage',
    audiences: ['personnel', 'informatique'],
    summary:
      'Quand chaque service range à sa manière, on perd du temps à chercher et l’on prépare mal l’arrivée d’une GED et l’archivage. Ce guide propose une convention de nommage commune, la date en premier, une arborescence partagée et des règles simples pour les versions.',
    body: [
      {
        p: 'Les ateliers de l’ARVr ont constaté **peu de discipline transversale** sur le nommage des documents, les formats et l’archivage dès la création, « souvent par manque d’information et de responsable désigné plus que de volonté ». Le numérique renforce même les silos : « chacun a sa méthodologie de stockage et son arborescence ». Une manière de faire commune est souhaitée, et la stratégie rappelle qu’une stratégie de nommage efficace est nécessaire pour une GED (gestion électronique des documents) et pour le suivi des dossiers (mesure 3).',
      },
      { h2: 'La convention de nommage' },
      {
        p: 'Un nom de fichier se compose de blocs séparés par un tiret bas : **AAAA-MM-JJ_Objet_Precision_vNN**. La **date au format AAAA-MM-JJ** (norme ISO 8601) vient en premier : les fichiers se trient alors d’eux-mêmes dans l’ordre chronologique. Vient ensuite l’objet, en quelques mots, puis une précision utile (service, parcelle, entreprise, personne) et, pour les documents de travail, le numéro de version.',
      },
      {
        ul: [
          '2026-03-12_PV_Conseil-municipal.pdf',
          '2026-02-02_Autorisation-construire_Parcelle-1234_v02.docx',
          '2025-11-20_Offre_Deneigement_Entreprise-Exemple.pdf',
        ],
      },
      { h2: 'Les règles' },
      {
        ul: [
          'Pas d’espaces : un tiret bas entre les blocs, un trait d’union à l’intérieur d’un bloc.',
          'Ni accents ni caractères spéciaux (/ \\ : * ? " < > | # % &) : ils provoquent des erreurs lors des copies, de la synchronisation avec le nuage ou du versement aux archives.',
          'Des noms courts et des abréviations tirées d’une liste commune à tous les services.',
          'La date est celle du document (séance, courrier, décision), pas celle de l’enregistrement.',
          'Pas de « final », « nouveau » ou « copie de » : des versions numérotées v01, v02, v03.',
        ],
      },
      { h2: 'Une arborescence commune' },
      {
        p: 'Tous les services utilisent la même structure de dossiers, organisée **par domaines d’activité et non par personnes**, sur trois ou quatre niveaux au plus. Aucun document officiel ne reste dans un dossier personnel ou une boîte aux lettres. Si un plan de classement vous est recommandé par l’archiviste cantonal, partez de celui-ci ; sinon, un premier niveau peut ressembler à ceci :',
      },
      {
        ul: [
          '01_Administration-generale (conseil, séances, règlements)',
          '02_Finances (budget, comptes, impôts)',
          '03_Population (contrôle des habitants)',
          '04_Territoire-constructions',
          '05_Travaux-publics-environnement',
          '06_Ecoles-social-culture',
          '07_Securite',
        ],
      },
      { h2: 'Versions et documents définitifs' },
      {
        p: 'Les brouillons portent un numéro de version. La version définitive, signée ou validée, est enregistrée **une seule fois, au seul endroit prévu**, de préférence en PDF (PDF/A pour la conservation à long terme). Pour faire relire un document, partagez un lien vers le fichier plutôt que d’envoyer des copies en pièce jointe qui se multiplient.',
      },
      { h2: 'Introduire la convention' },
      {
        ol: [
          'Désignez une personne responsable du nommage et du classement.',
          'Réunissez les services une heure pour adopter la convention et l’arborescence.',
          'Résumez les règles sur une page et affichez-la.',
          'Appliquez-les à tous les nouveaux documents à partir d’une date fixée ; ne renommez pas d’un coup les anciens dossiers, au risque de casser des liens.',
          'Faites le point trois mois plus tard et ajustez.',
        ],
      },
      { h3: 'Penser à l’archivage dès la création' },
      {
        p: 'Un classement clair permet de savoir, dès la création d’un document, combien de temps il doit être conservé et s’il devra être archivé ou détruit. C’est aussi le point de départ de la gestion du cycle de vie des données et de l’archivage, objet du guide « Cycle de vie des documents et archivage » (mesure 9).',
      },
    ],
    checklist: [
      {
        key: 'responsable-designe',
        label: 'Désigner une personne responsable du nommage et du classement des documents.',
      },
      {
        key: 'convention-ecrite',
        label: 'Adopter une convention de nommage écrite d’une page, commune à tous les services.',
      },
      {
        key: 'date-iso',
        label: 'Commencer le nom de chaque nouveau document par sa date au format AAAA-MM-JJ.',
      },
      {
        key: 'sans-caracteres-speciaux',
        label: 'Bannir les espaces, accents et caractères spéciaux des noms de fichiers.',
      },
      {
        key: 'versions-numerotees',
        label: 'Numéroter les versions (v01, v02…) et abandonner les mentions « final » ou « copie de ».',
      },
      {
        key: 'arborescence-commune',
        label: 'Mettre en place une arborescence commune organisée par domaines et non par personnes.',
      },
      {
        key: 'liste-abreviations',
        label: 'Tenir une liste partagée des abréviations admises.',
      },
      {
        key: 'bilan-trois-mois',
        label: 'Faire le point sur l’application de la convention trois mois après son introduction.',
      },
    ],
    sources: [
      {
        title:
          'Stratégie numérique 2022–25, mesure 3 « Guide des bonnes pratiques de nommage universel des documents » et ANNEXE II (atelier 2.1)',
        publisher: 'Antenne Région Valais romand (ARVr)',
      },
      {
        title: 'ISO 8601 – Représentation de la date et de l’heure',
        publisher: 'Organisation internationale de normalisation (ISO)',
        url: 'https://www.iso.org',
      },
      {
        title: 'ISO 19005 (PDF/A) – Format de fichier pour la conservation à long terme des documents',
        publisher: 'Organisation internationale de normalisation (ISO)',
        url: 'https://www.iso.org',
      },
    ],
    measureNumbers: [3, 9],
    reviewIntervalMonths: 12,
    lastReviewedAt: '2026-09-15',
  },
  cycleDeVieArchivage,
  protectionDonneesMetiers,
  inclusionNumerique,
  numeriqueDurable,
  digitaliserUnProcessus,
]
