import type { FilterOptions } from 'payload'

/**
 * Files every member may read: not a commune's private file (a checklist proof, collections/Media `commune`).
 * Content read by every member (guides, templates, events) attaches only these: the choice in the admin is limited
 * to them and a save naming another file is refused.
 */
export const sharedFilesOnly: FilterOptions = () => ({ commune: { exists: false } })
