// The addresses the browser suite visits for each article, so every page a person can see gets checked.
/** The featured article, where most readers arrive. */
const FRONT_PATH = '/'
const NOT_FOUND_PATH = '/no-such-page'
/** The archive: every article, newest first. */
const ARCHIVE_PATH = '/articles'
export const EMBED_THEMES = ['light', 'dark', 'auto'] as const
export type EmbedTheme = (typeof EMBED_THEMES)[number]

export const articlePath = (slug: string) => `/articles/${slug}`
export const embedCardPath = (slug: string, theme: EmbedTheme) => `/embed/${slug}?theme=${theme}`
export const chartPath = (slug: string) => `/embed/${slug}/chart.svg`
export const contextChartPath = (slug: string) => `/embed/${slug}/context.svg`
export const equipmentChartPath = (slug: string) => `/embed/${slug}/equipment.svg`
/** On the host server: a foreign page that frames the card as the README says. */
export const hostPagePath = (slug: string, theme: EmbedTheme) => `/host/${slug}?theme=${theme}`

/** The pages a reader can land on, with the status each must answer: the front page, the archive, each article, the 404. */
export const readerPages = (slugs: string[]) => [
  { path: FRONT_PATH, status: 200 },
  { path: ARCHIVE_PATH, status: 200 },
  ...slugs.map((slug) => ({ path: articlePath(slug), status: 200 })),
  { path: NOT_FOUND_PATH, status: 404 },
]
