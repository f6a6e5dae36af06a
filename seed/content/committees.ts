/**
 * The two committees, in the words of the strategy (004, section 6 « Gouvernance de la stratégie »): every sentence
 * of a mission or a composition is a passage of 004. Where 004 says nothing (the Comité ARVr's composition, the
 * number of seats, terms), the seed says nothing. `tests/unit/seed/committees-source.unit.spec.ts` checks them
 * against `seed/sources/`.
 */
export const committees = [
  {
    slug: 'copil' as const,
    name: 'Comité ARVr',
    shortName: 'Comité',
    mission:
      "La stratégie est validée par le Comité ARVr qui constitue ainsi son dispositif de pilotage. Les livrables sont consignés dans une liste ordonnée (ANNEXE III) dont la teneur sera revue périodiquement par le COTECH pour proposition au Comité ARVr. Ce dernier valide périodiquement la priorisation des mesures, évalue l'avancement et décide, si nécessaire, de mesures correctives.",
    composition: null,
  },
  {
    slug: 'cotec' as const,
    name: 'Comité technique (COTECH)',
    shortName: 'COTEC',
    mission:
      "Chargé de l'opérationnel de la présente stratégie. En particulier, la priorité sera donnée aux développements de livrables à l'attention des communes qui pourront rapidement apporter une plus-value concrète à celles-ci. Les livrables sont consignés dans une liste ordonnée (ANNEXE III) dont la teneur sera revue périodiquement par le COTECH pour proposition au Comité ARVr.",
    composition: "Représentants des communes, du Canton, mais également et selon les besoins d'acteurs privés.",
  },
]

/**
 * What an earlier seed wrote in these fields (the COPIL / COTEC composition of the Vaud counter MaCommuneEnUnClic,
 * document 000, which is not the ARVr's), as the first 32 hex digits of the SHA-256 of the exact text, so that the
 * Vaud text itself is gone from the code. A row whose field still hashes to one of these was never edited: the seed
 * replaces that field with the text above (seed/committees.ts). A field someone edited is left alone.
 */
export const formerCommitteeTexts: Record<'copil' | 'cotec', Partial<Record<'mission' | 'composition', string>>> = {
  copil: { composition: '35bef1d337bbdef62311a730b4999f2c' },
  cotec: { composition: '58cdd561a008851943ba1cf91f1d3122', mission: '0d0a7e1ac62d4f6a35aca3f689b2b437' },
}
