import { foldAccents } from '@/search/vocabulary'

/** An item's address from its title: lower-case words without accents, joined by dashes (80 characters at most). */
export const watchSlug = (title: string) =>
  foldAccents(title)
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 80)
    .replace(/^-+|-+$/g, '')
