import { example, exampleText } from './demo'

/**
 * Demo events, made up and labelled as such (seed/content/demo.ts), after the events the strategy's measures call
 * for: the annual digital symposium (measure 27), training on the data life cycle and archiving (measure 10), and
 * a short cybersecurity course for municipal staff (measure 12). They name no speaker: no authority has agreed to
 * speak at them.
 */
export const demoEvents = [
  {
    title: example('Symposium numérique 2026'),
    type: 'symposium' as const,
    theme: 'Cybersécurité des communes',
    measureNumbers: [27],
    weeksFromNow: -6,
    hours: [9, 16],
    place: 'Sion (lieu fictif)',
    capacity: 150,
    summary: exampleText(
      'événement fictif, sur le modèle du symposium « digital » annuel à l’intention des communes que prévoit la mesure 27 de la stratégie.',
    ),
    programme: [
      { time: '09:00', title: 'Accueil et ouverture', speaker: 'Coordination ARVr' },
      { time: '09:30', title: 'La stratégie cantonale et les services de base aux communes', speaker: 'À confirmer' },
      { time: '14:00', title: 'Ateliers : sauvegardes, mots de passe, réponse aux incidents', speaker: 'À confirmer' },
    ],
  },
  {
    title: example('Symposium numérique 2027'),
    type: 'symposium' as const,
    theme: 'Les données des communes',
    measureNumbers: [27],
    weeksFromNow: 20,
    hours: [9, 16],
    place: 'Martigny (lieu fictif)',
    capacity: 150,
    summary: exampleText(
      'événement fictif, sur le modèle du symposium annuel de la mesure 27 ; thème choisi pour la démonstration : la valorisation et la gestion des données communales.',
    ),
    programme: [
      { time: '09:00', title: 'Accueil', speaker: 'Coordination ARVr' },
      { time: '09:30', title: 'Données territoriales : SmarTer et les communes', speaker: 'À confirmer' },
    ],
  },
  {
    title: example('Cycle de vie des données et archivage'),
    type: 'formation' as const,
    theme: 'Archivage',
    measureNumbers: [10],
    weeksFromNow: 5,
    hours: [18, 20],
    place: 'Sion (lieu fictif)',
    capacity: 25,
    summary: exampleText(
      'événement fictif, sur le modèle de la formation différenciée par rôles sur la gestion du cycle des données et de l’archivage que prévoit la mesure 10.',
    ),
    programme: [{ time: '18:00', title: 'Cycle de vie des données : de la création à l’archivage', speaker: 'À confirmer' }],
  },
  {
    title: example('Cybersécurité : les bons réflexes en 45 minutes'),
    type: 'webinaire' as const,
    theme: 'Cybersécurité',
    measureNumbers: [12],
    weeksFromNow: 2,
    hours: [11, 12],
    onlineUrl: 'https://visio.example.ch/arvr-cyber',
    summary: exampleText(
      'événement fictif, sur le modèle du module court de formation en ligne à la cybersécurité pour le personnel communal que prévoit la mesure 12.',
    ),
    programme: [],
  },
]
