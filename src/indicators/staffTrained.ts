import { allCommuneIds, everyCommune } from './communes'
import { trainingByCommune } from './training'
import type { IndicatorDefinition } from './types'

/** How many times the commune's people attended an ARVr event over the last twelve months. */
export const staffTrained: IndicatorDefinition = {
  key: 'staff-trained',
  label: 'Participations aux formations (12 mois)',
  definition:
    'Nombre de présences notées de personnes de la commune aux événements de l’ARVr (formations, ateliers, webinaires, symposiums) qui ont eu lieu dans les 12 derniers mois ; une personne venue à deux événements compte deux fois. Le détail par type d’événement donne aussi les inscriptions. Source : inscriptions et présences de l’agenda de Relais.',
  unit: 'count',
  higherIsBetter: true,
  detailHref: () => '/agenda',
  compute: async ({ payload, today }) => {
    const [ids, training] = await Promise.all([allCommuneIds(payload), trainingByCommune(payload, today)])
    const values = everyCommune<number | null>(ids, () => 0)
    for (const [commune, rows] of training) {
      if (values.has(commune))
        values.set(
          commune,
          [...rows.values()].reduce((sum, row) => sum + row.attended, 0),
        )
    }
    return values
  },
}
