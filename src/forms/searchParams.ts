/** What Next gives a page as `searchParams`. */
export type PageParams = Record<string, string | string[] | undefined>

/** The first value of a URL parameter given once or several times. */
export const firstParam = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)
