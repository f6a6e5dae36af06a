import { type Locale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translator'
import type { Measure } from '@/payload-types'
import { searchDocument } from '@/search/document'

/** Every measure is for every member. In `locale`: none without a title in it (« Massnahme 4: … » in German). */
export const measureSearchDocument = (measure: Measure, locale: Locale = 'fr') =>
  !measure.title
    ? null
    : searchDocument({
        collection: 'measures',
        docId: String(measure.id),
        type: 'mesure',
        locale,
        title: translatorFor(locale, 'search')('measureTitle', { number: String(measure.number), title: measure.title }),
        text: [measure.deliverable, measure.partners, measure.justification].filter(Boolean).join('\n'),
        url: `/mesures/${measure.number}`,
        visibility: 'members',
      })
