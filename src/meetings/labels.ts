/** How pages, e-mails and search name a committee from its role slug. */
export const committeeLabel = (slug: string | null | undefined) => (slug === 'copil' ? 'Comité (COPIL)' : 'COTEC')
