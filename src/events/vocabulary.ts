export const eventTypes = { symposium: 'Symposium', formation: 'Formation', webinaire: 'Webinaire', atelier: 'Atelier' } as const
export type EventType = keyof typeof eventTypes

/** Who the announcement e-mail goes to. */
export const announcementAudiences = {
  all: 'Tous les membres',
  validators: 'Secrétaires municipaux (validateurs des communes)',
  referents: 'Référents numériques des communes',
  committees: 'Membres du Comité et du COTEC',
} as const
export type AnnouncementAudience = keyof typeof announcementAudiences

export const registrationStatuses = { confirmed: 'Inscrit·e', waitlisted: 'Liste d’attente', cancelled: 'Désinscrit·e' } as const
export type RegistrationStatus = keyof typeof registrationStatuses
