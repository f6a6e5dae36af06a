/**
 * Demo events taken from the strategy's measures: the annual digital symposium (measure 27, with the Canton and
 * the RWO), training on the data life cycle and archiving (measure 10, with the cantonal archivist), and short
 * cybersecurity training for municipal staff (measure 12, with the SCI).
 */
export const demoEvents = [
  {
    title: 'Symposium numérique 2026',
    type: 'symposium' as const,
    theme: 'Cybersécurité des communes',
    measureNumbers: [27],
    weeksFromNow: -6,
    hours: [9, 16],
    place: 'Sion, Centre de congrès',
    capacity: 150,
    summary:
      'Le symposium « digital » annuel à l’intention des communes, avec une thématique phare : exposer les derniers développements et proposer des solutions. En collaboration avec le Canton (SAN) et le RWO.',
    programme: [
      { time: '09:00', title: 'Accueil et ouverture', speaker: 'Coordination ARVr' },
      { time: '09:30', title: 'La stratégie cantonale et les services de base aux communes', speaker: 'Canton, SAN' },
      { time: '14:00', title: 'Ateliers : sauvegardes, mots de passe, réponse aux incidents', speaker: 'COTEC' },
    ],
  },
  {
    title: 'Symposium numérique 2027',
    type: 'symposium' as const,
    theme: 'Les données des communes',
    measureNumbers: [27],
    weeksFromNow: 20,
    hours: [9, 16],
    place: 'Martigny, CERM',
    capacity: 150,
    summary:
      'Le symposium « digital » annuel à l’intention des communes, en collaboration avec le Canton et le RWO : cette année, la valorisation et la gestion des données communales.',
    programme: [
      { time: '09:00', title: 'Accueil', speaker: 'Coordination ARVr' },
      { time: '09:30', title: 'Données territoriales : SmarTer et les communes', speaker: 'ARVr' },
    ],
  },
  {
    title: 'Cycle de vie des données et archivage',
    type: 'formation' as const,
    theme: 'Archivage',
    measureNumbers: [10],
    weeksFromNow: 5,
    hours: [18, 20],
    place: 'Sion, salle de conférence de l’ARVr',
    capacity: 25,
    summary:
      'Soirée de formation, différenciée par rôles (décideurs, administration), sur la bonne gestion du cycle des données et de l’archivage, en coordination avec l’archiviste cantonal. Remise d’un guide.',
    programme: [{ time: '18:00', title: 'Cycle de vie des données : de la création à l’archivage', speaker: 'Archiviste cantonal' }],
  },
  {
    title: 'Cybersécurité : les bons réflexes en 45 minutes',
    type: 'webinaire' as const,
    theme: 'Cybersécurité',
    measureNumbers: [12],
    weeksFromNow: 2,
    hours: [11, 12],
    onlineUrl: 'https://visio.example.ch/arvr-cyber',
    summary:
      'Un module court de formation en ligne à la cybersécurité pour le personnel communal, en lien avec l’outil de formation proposé par le Canton (SCI).',
    programme: [],
  },
]
