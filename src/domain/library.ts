// The articles and their figures as the rest of the Worker sees them: built once from the parsed data files.
import type { ArticleFile, Category, FiguresFile } from '../../build-tools/data/schema'
import type { Claim, Source } from '../data/primitives'
import type { Dataset } from './datasets'

/** One number from a source's report, with the change since that source's previous report. */
export type Figure = {
  report: string
  category: Category
  source: Source
  value: number
  /** The source gives it as "about" this number. */
  approximate: boolean
  /** Derived: this report's value minus the previous report's; null for a source's first report. */
  change: number | null
  changeSince: string | null
  /** The article's prose states this category's numbers. */
  quotedInArticle: boolean
}

export type Report = {
  source: Source
  date: string
  /** Day 1 is the source's `countsFrom` date; null when the source does not count that way. */
  dayOfWar: number | null
  greatestLossesIn: string[]
  figures: Figure[]
}

type SourcedClaim = Claim & { by: Source }

export type Article = Omit<ArticleFile, 'mentions' | 'draft' | '$schema'> & {
  mentions: ArticleFile['mentions']
  /** Oldest first. */
  reports: Report[]
  claims: SourcedClaim[]
  dataset: FiguresFile['dataset']
  /** Ids of the categories present in this article's reports, in the order of data/categories.json. */
  categoryIds: string[]
  /** The values a caller may pass as `report`: "latest", "previous" (when there are two) and each report's date. */
  reportKeys: string[]
  /** When its data last changed here (RFC 3339, UTC): the last commit touching its folder, or its files' time. */
  updated: string
}

/** What the archive lists of each article. */
export type ArticleSummary = Pick<
  Article,
  'slug' | 'headline' | 'description' | 'figuresAsOf' | 'publisher' | 'updated'
>

/** One page of the archive, newest first. */
export type ArchivePage = { page: number; pageCount: number; total: number; articles: ArticleSummary[] }

/** Articles per archive page, for readers (/articles) and programs (/api/v1/articles) alike. */
export const ARCHIVE_PAGE_SIZE = 50

/**
 * Everything the Worker serves, behind asynchronous getters: in production each is read from Workers Static
 * Assets the first time an isolate needs it (src/data/asset-library.ts); tests hold the same data in memory.
 */
/**
 * What the build promised and the deploy lacks: a file the site index names, missing or unreadable. The request
 * is fine; the deploy is not, so it is answered 503 and logged, never as less data or as a 404.
 */
export class DataUnavailable extends Error {
  override name = 'DataUnavailable'
  constructor(
    readonly path: string,
    why: string,
  ) {
    super(`${path} ${why}`)
  }
}

/** The data the Worker serves. A getter throws DataUnavailable when the deploy lacks a file it needs. */
export type Library = {
  /** The article served at `/`. */
  getFeatured(): Promise<Article>
  /** An article by its slug; undefined for an unknown one. */
  getArticle(slug: string): Promise<Article | undefined>
  /** One page of the archive (1 is the newest); undefined past the last page. */
  listArticles(page?: number): Promise<ArchivePage | undefined>
  /** A dataset by its folder name; undefined for an unknown id. */
  getDataset(id: string): Promise<Dataset | undefined>
  listDatasets(): Promise<Dataset[]>
}

const DAY_MS = 86_400_000

/** Whole days from `from` to `to`, plus one: the General Staff's "day N of the war". */
export function dayOfWar(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS) + 1
}

/** As a figures query names them: some categories (all when none), one report (all when none). */
export type FigureSelection = { category?: string[]; report?: string }

/**
 * The reports a caller asked for ("latest", "previous", a report's date, or all), each with only the figures of
 * the chosen categories (all when none are chosen).
 */
export function selectReports(article: Article, selection: FigureSelection): Report[] {
  const { reports } = article
  const { report, category } = selection
  const chosen =
    report === undefined
      ? reports
      : report === 'latest'
        ? reports.slice(-1)
        : report === 'previous'
          ? reports.slice(-2, -1)
          : reports.filter((r) => r.date === report)
  if (!category?.length) return chosen
  const wanted = new Set(category)
  return chosen.map((r) => ({ ...r, figures: r.figures.filter((f) => wanted.has(f.category.id)) }))
}

/**
 * What an embed card shows: the latest report's figures that the article quotes, or, for an article that quotes
 * none of them, the whole latest report.
 */
export function cardFigures(article: Article): Figure[] {
  const latest = article.reports.at(-1)?.figures ?? []
  const quoted = latest.filter((f) => f.quotedInArticle)
  return quoted.length ? quoted : latest
}

/** The values a caller may pass as `report` for these reports. */
export function reportKeys(reports: Report[]): string[] {
  const dates = reports.map((r) => r.date)
  return [...(dates.length ? ['latest'] : []), ...(dates.length > 1 ? ['previous'] : []), ...dates]
}
