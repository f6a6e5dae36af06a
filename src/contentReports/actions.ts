'use server'

import { z } from 'zod'

import { choice, id, text } from '@/forms/read'
import { serverAction } from '@/forms/serverAction'

import { reportContent } from './report'
import { REPORT_MESSAGE_MAX, REPORT_SECTION_MAX, reportTargets } from './vocabulary'

/** « Signaler un contenu à mettre à jour », on a guide, a question of the FAQ or a template. */
export const reportContentAction = serverAction({
  input: z.object({
    kind: choice(reportTargets, 'Ce type de contenu ne peut pas être signalé.'),
    id: id('Contenu inconnu.'),
    // One character over the limit, so that a message too long is refused rather than cut.
    message: text(REPORT_MESSAGE_MAX + 1),
    section: text(REPORT_SECTION_MAX + 1),
  }),
  allErrors: true,
  keep: ['message', 'section'],
  work: (input, { payload, user }) => reportContent(payload, user, input),
  // The content's page shows the person's report; the admin's dashboard lists it.
  revalidate: ({ kind }) => [kind === 'faqs' ? '/faq' : [kind === 'guides' ? '/guides' : '/modeles', 'layout']],
})
