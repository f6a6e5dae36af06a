import type { MeetingStatus } from './vocabulary'

/** The statuses a meeting may move to by hand; `approved` comes from the next meeting's approval item. */
export const nextStatuses: Record<MeetingStatus, MeetingStatus[]> = {
  planned: ['convened', 'cancelled'],
  convened: ['held', 'cancelled'],
  held: [],
  approved: [],
  cancelled: [],
}

type MeetingNow = { status: MeetingStatus; startsAt: string }

/** The meeting has begun (or is over): its minutes can be written and it can be closed. */
export const hasStarted = (meeting: Pick<MeetingNow, 'startsAt'>, now = new Date()) => new Date(meeting.startsAt) <= now

/**
 * The steps of a meeting's life that make sense now, for the page that offers them and the service that refuses the
 * others (src/meetings/transitions.ts): convene a planned meeting that is still ahead, close a convened one that
 * has begun, cancel one that is planned or convened; write the minutes once it has begun, until it is closed.
 */
export function meetingSteps(meeting: MeetingNow, now = new Date()) {
  const allowed = nextStatuses[meeting.status]
  const started = hasStarted(meeting, now)
  return {
    convene: allowed.includes('convened') && !started,
    close: allowed.includes('held') && started,
    cancel: allowed.includes('cancelled'),
    minutes: (meeting.status === 'convened' && started) || meeting.status === 'held',
  }
}
