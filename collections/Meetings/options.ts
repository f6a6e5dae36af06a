/** A meeting's life: planned (draft) → convened → held (minutes written) → minutes approved; or cancelled. */
export const meetingStatuses = {
  planned: 'Planifiée',
  convened: 'Convoquée',
  held: 'Tenue',
  approved: 'Procès-verbal approuvé',
  cancelled: 'Annulée',
} as const
export type MeetingStatus = keyof typeof meetingStatuses

/** Once approved or cancelled a meeting is part of the record: nothing in it changes any more. */
export const isClosed = (status: string | null | undefined) => status === 'approved' || status === 'cancelled'
