/**
 * The two committees, verbatim from the sources: their mission from the strategy's governance (004, section 6),
 * their composition from the COPIL/COTEC model of the shared digital counter (000, "Comment la gouvernance est-elle
 * assurée ?"). `tests/int/meetings.int.spec.ts` checks them against `seed/sources/`.
 */
export const committees = [
  {
    slug: 'copil' as const,
    name: 'Comité ARVr',
    shortName: 'Comité',
    mission:
      "La stratégie est validée par le Comité ARVr qui constitue ainsi son dispositif de pilotage. Les livrables sont consignés dans une liste ordonnée (ANNEXE III) dont la teneur sera revue périodiquement par le COTECH pour proposition au Comité ARVr. Ce dernier valide périodiquement la priorisation des mesures, évalue l'avancement et décide, si nécessaire, de mesures correctives.",
    composition:
      "Le COPIL constitue l'instance stratégique. Il est composé d'un·e syndic·que d'une commune pilote (présidence), de deux à trois syndic·ques de communes participantes de tailles différentes ainsi que du Président de l'AVRiC. Il valide les orientations, les priorités et représente la dimension politique du programme.",
  },
  {
    slug: 'cotec' as const,
    name: 'Comité technique (COTECH)',
    shortName: 'COTEC',
    mission:
      "Le comité technique (COTECH), composé de représentants des communes, du Canton, mais également et selon les besoins d'acteurs privés, est chargé de l'opérationnel de la présente stratégie. En particulier, la priorité sera donnée aux développements de livrables à l'attention des communes qui pourront rapidement apporter une plus-value concrète à celles-ci.",
    composition:
      "Le COTEC est l'instance opérationnelle du programme. Il est composé de deux membres de la task force AVRiC (Association Vaudoise des Responsables informatiques communaux), de deux représentant·es métiers ainsi que d'un point de contact du Canton. Il suit l'avancement opérationnel, valide les choix techniques et fonctionnels et coordonne les travaux entre les acteurs impliqués.",
  },
]
