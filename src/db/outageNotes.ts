/**
 * When the database went missing, as this process saw it. Payload's JWT strategy swallows the error of its user
 * lookup and goes on as anonymous, so a logged-in request during an outage ends as 401/403. By the time the answer
 * is checked the database may be back (a restart takes a second): the moment of the failure is noted here, where
 * it happened, so that the answer can still be told apart from a real refusal. Per process on purpose: it
 * describes this process's own requests.
 */
let lastNotedAt = 0

export const noteDatabaseOutage = (at = Date.now()) => {
  lastNotedAt = Math.max(lastNotedAt, at)
}

/** Whether an outage was noted at or after `since` (a request's start). */
export const databaseOutageNotedSince = (since: number): boolean => lastNotedAt >= since
