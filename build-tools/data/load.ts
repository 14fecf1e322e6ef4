// Turns the raw data files into what the Worker serves, or fails naming the file and the field that is wrong.
import type { Source } from '../../src/data/primitives'
import type { Dataset } from '../../src/domain/datasets'
import { type Article, reportKeys } from '../../src/domain/library'
import { changeBetween, directionPlaces } from './derive'
import { creditFor, type DatasetFiles, loadDataset } from './load-dataset'
import { dateDisagreements, disagreements } from './mentions'
import { type DataFile, type Fail, folderOf, parse } from './parse-file'
import {
  ArticleFile,
  CategoriesFile,
  FiguresFile,
  type InlineReport,
  type ReportEntry,
  SiteFile,
  SourcesFile,
} from './schema'

export type { DataFile, DatasetFiles }
export type DataFiles = {
  categories: DataFile
  sources: DataFile
  /** Each article folder, and when its files last changed (RFC 3339, UTC; build-tools/data/changed.ts). */
  articles: { article: DataFile; figures: DataFile; changed: string }[]
  /** Each dataset folder: its description, its reports and the full text of its licence. */
  datasets?: DatasetFiles[]
  /** The slug served at `/`. */
  featured: string
  /** The file that names it, for error messages. */
  featuredIn?: string
  /** data/site.json as read, when the data comes from a folder. */
  site?: DataFile
}

/** One thing wrong with the data: the file, the field (a dot path, as valibot writes it) and what is wrong. */
export type Problem = { file: string; field: string; reason: string }

/** Thrown when the data cannot go live. Its message lists every problem as "file: field: reason". */
export class DataError extends Error {
  override name = 'DataError'
  constructor(readonly problems: Problem[]) {
    const lines = problems.map((p) => `${p.file}: ${p.field}: ${p.reason}`)
    super(`Invalid data, so the Worker will not start:\n${lines.join('\n')}`)
  }
}

/** Everything the build derives from the data files, ready to be served. */
export type BuiltData = {
  /** In the order of the data files. */
  articles: Article[]
  datasets: Dataset[]
  /** The slug served at `/`. */
  featured: string
}

/**
 * Validates every data file and the links between them, and derives what the pages and API serve.
 * @example const built = buildData(files) // throws DataError listing every problem
 */
export function buildData(files: DataFiles): BuiltData {
  const problems: Problem[] = []
  const fail: Fail = (file, field, reason) => problems.push({ file: file.path, field, reason })
  if (files.site) parse(SiteFile, files.site, fail)
  const categories = parse(CategoriesFile, files.categories, fail)?.categories
  const sources = parse(SourcesFile, files.sources, fail)?.sources
  if (!categories || !sources) throw new DataError(problems)

  for (const [list, file] of [
    [categories, files.categories],
    [sources, files.sources],
  ] as const) {
    const seen = new Set<string>()
    list.forEach((item, i) => {
      if (seen.has(item.id)) fail(file, `${i}.id`, `"${item.id}" is listed twice`)
      seen.add(item.id)
    })
  }
  const sourceById = new Map(sources.map((s) => [s.id, s]))
  const categoryIds = new Set(categories.map((c) => c.id))
  const datasets = new Map<string, Dataset>()
  for (const folder of files.datasets ?? []) {
    const dataset = loadDataset(folder, categories, sourceById, fail)
    if (dataset) datasets.set(dataset.id, dataset)
  }

  const bySlug = new Map<string, Article>()
  /** Checked like the rest, but not served. */
  const drafts = new Set<string>()
  for (const entry of files.articles) {
    const before = problems.length
    const text = parse(ArticleFile, entry.article, fail)
    const parsed = parse(FiguresFile, entry.figures, fail)
    if (!text || !parsed) continue
    const used = new Set<Dataset>()
    const figures = { ...parsed, reports: parsed.reports.map((r, i) => resolveReport(r, i)) }
    const folder = folderOf(entry.article)
    if (folder !== text.slug)
      fail(entry.article, 'slug', `"${text.slug}" must match its folder name "${folder}"`)
    if (bySlug.has(text.slug) || drafts.has(text.slug))
      fail(entry.article, 'slug', `"${text.slug}" is used by another article`)

    /** A named dataset report as the article uses it; an inline one checked against any dataset that has it. */
    function resolveReport(report: ReportEntry, i: number): InlineReport {
      if ('source' in report) {
        for (const dataset of datasets.values()) {
          if (dataset.source.id === report.source) checkAgainstDataset(report, i, dataset)
        }
        return report
      }
      const dataset = datasets.get(report.dataset)
      if (!dataset) {
        const known = [...datasets.keys()].join(', ') || 'none'
        fail(
          entry.figures,
          `reports.${i}.dataset`,
          `"${report.dataset}" is not a dataset in data/datasets/ (${known})`,
        )
        return { source: '', date: report.date, greatestLossesIn: [], approximate: [], counts: {} }
      }
      used.add(dataset)
      const record = dataset.reports.find((r) => r.date === report.date)
      if (!record) {
        fail(
          entry.figures,
          `reports.${i}.date`,
          `${report.date} is not a report in dataset "${dataset.id}" (${dataset.from} to ${dataset.to})`,
        )
      } else if (record.personnelQualifier === 'more') {
        fail(
          entry.figures,
          `reports.${i}.date`,
          `the report of ${report.date} gives personnel as "more than"; an article can quote "about" or exact figures`,
        )
      }
      const counts: Record<string, number> = {}
      for (const [key, value] of Object.entries(record?.stats ?? {})) if (value !== null) counts[key] = value
      return {
        source: dataset.source.id,
        date: report.date,
        greatestLossesIn: directionPlaces(record?.greatestLossesDirection ?? null),
        approximate: record?.personnelQualifier === 'about' && 'personnel' in counts ? ['personnel'] : [],
        counts,
      }
    }
    /** One source of truth: an inline copy of a dataset's report must say exactly what the dataset says. */
    function checkAgainstDataset(report: InlineReport, i: number, dataset: Dataset) {
      const record = dataset.reports.find((r) => r.date === report.date)
      if (!record) return
      const reportsPath = `data/datasets/${dataset.id}/reports.json`
      for (const [key, value] of Object.entries(report.counts)) {
        const theirs = record.stats[key]
        if (theirs === undefined || theirs === value) continue
        fail(
          entry.figures,
          `reports.${i}.counts.${key}`,
          `${value} disagrees with ${reportsPath}, which has ${theirs ?? 'no figure (null)'} on ${report.date}; ` +
            `name the report instead: {"dataset": "${dataset.id}", "date": "${report.date}"}`,
        )
      }
    }
    const checkSource = (field: string, id: string) => {
      if (!sourceById.has(id)) fail(entry.figures, field, `source "${id}" is not in ${files.sources.path}`)
    }
    figures.reports.forEach((report, i) => {
      if ('source' in (parsed.reports[i] ?? {})) checkSource(`reports.${i}.source`, report.source)
      for (const id of [...Object.keys(report.counts), ...report.approximate]) {
        if (!categoryIds.has(id))
          fail(entry.figures, `reports.${i}`, `category "${id}" is not in ${files.categories.path}`)
      }
      const earlier = figures.reports[i - 1]
      if (earlier && earlier.date >= report.date) {
        fail(
          entry.figures,
          `reports.${i}.date`,
          `${report.date} must come after ${earlier.date}: list reports oldest first`,
        )
      }
      const countsFrom = sourceById.get(report.source)?.countsFrom
      if (countsFrom && report.date < countsFrom) {
        fail(
          entry.figures,
          `reports.${i}.date`,
          `${report.date} is before the source's day 1 (${countsFrom})`,
        )
      }
    })
    const claimIds = new Set<string>()
    figures.claims.forEach((claim, i) => {
      checkSource(`claims.${i}.source`, claim.source)
      if (claimIds.has(claim.id)) fail(entry.figures, `claims.${i}.id`, `"${claim.id}" is listed twice`)
      claimIds.add(claim.id)
      if (claim.kind === 'estimate-range' && claim.low > claim.high) {
        fail(entry.figures, `claims.${i}`, `low (${claim.low}) is above high (${claim.high})`)
      }
    })
    const latest = figures.reports.at(-1)?.date
    if (latest && text.figuresAsOf !== latest) {
      fail(
        entry.article,
        'figuresAsOf',
        `${text.figuresAsOf} must be the date of the latest report, ${latest}`,
      )
    }
    if (problems.length > before) continue

    const sourceOf = (id: string) => sourceById.get(id) as Source
    const quoted = new Set(text.mentions.flatMap((m) => ('category' in m ? [m.category] : [])))
    const reports = changeBetween(figures.reports, categories, sourceOf, quoted)
    const present = new Set(reports.flatMap((r) => r.figures.map((f) => f.category.id)))
    const { $schema: _, draft, ...words } = text
    const article: Article = {
      ...words,
      reports,
      claims: figures.claims.map((claim) => ({ ...claim, by: sourceOf(claim.source) })),
      dataset: figures.dataset ?? creditFor(used),
      categoryIds: categories.filter((c) => present.has(c.id)).map((c) => c.id),
      reportKeys: reportKeys(reports),
      updated: entry.changed,
    }
    for (const { field, reason } of [...disagreements(article), ...dateDisagreements(article)])
      fail(entry.article, field, reason)
    if (draft) drafts.add(article.slug)
    else bySlug.set(article.slug, article)
  }

  if (!bySlug.has(files.featured) && !problems.length) {
    const file = { path: files.featuredIn ?? 'data/site.json', json: null }
    const why = drafts.has(files.featured)
      ? 'is a draft ("draft": true)'
      : 'is not among the articles in data/articles/'
    fail(file, 'featured', `featured article "${files.featured}" ${why}`)
  }
  if (problems.length) throw new DataError(problems)
  return { articles: [...bySlug.values()], datasets: [...datasets.values()], featured: files.featured }
}
