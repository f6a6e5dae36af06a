'use server'

import { z } from 'zod'

import { localizedInput } from '@/forms/localized'
import { choice, id, text } from '@/forms/read'
import { serverAction } from '@/forms/serverAction'
import { currentLocale } from '@/i18n/server'

import { reportContent } from './report'
import { REPORT_MESSAGE_MAX, REPORT_SECTION_MAX, reportTargets } from './vocabulary'

/** « Signaler un contenu à mettre à jour », on a guide, a question of the FAQ or a template. */
export const reportContentAction = serverAction({
  input: localizedInput('contentReports.errors', (t) =>
    z.object({
      kind: choice(reportTargets, t('kind')),
      id: id(t('id')),
      // One character over the limit, so that a message too long is refused rather than cut.
      message: text(REPORT_MESSAGE_MAX + 1),
      section: text(REPORT_SECTION_MAX + 1),
    }),
  ),
  allErrors: true,
  keep: ['message', 'section'],
  work: async (input, { payload, user }) => reportContent(payload, user, input, await currentLocale()),
  // The content's page shows the person's report; the admin's dashboard lists it.
  revalidate: ({ kind }) => [kind === 'faqs' ? '/faq' : [kind === 'guides' ? '/guides' : '/modeles', 'layout']],
})
