// Turns the raw data files into what the Worker serves, or fails naming the file and the field that is wrong.
import * as v from 'valibot'
import { type Dataset, dailyReports, directionPlaces, reportedRange } from '../domain/datasets'
import {
  type Article,
  changeBetween,
  dayOfWar,
  type Library,
  memoryLibrary,
  reportKeys,
} from '../domain/library'
import { disagreements } from '../domain/mentions'
import {
  ArticleFile,
  CategoriesFile,
  type Category,
  DatasetFile,
  DatasetReportsFile,
  FiguresFile,
  type InlineReport,
  type ReportEntry,
  SiteFile,
  type Source,
  SourcesFile,
} from './schema'

/** A data file as read: its path (for error messages) and its parsed JSON. */
export type DataFile = { path: string; json: unknown }

export type DataFiles = {
  categories: DataFile
  sources: DataFile
  articles: { article: DataFile; figures: DataFile }[]
  /** Each dataset folder: its description, its reports and the full text of its licence. */
  datasets?: DatasetFiles[]
  /** The slug served at `/`. */
  featured: string
  /** The file that names it, for error messages. */
  featuredIn?: string
  /** data/site.json as read, when the data comes from a folder. */
  site?: DataFile
}

export type DatasetFiles = { dataset: DataFile; reports: DataFile; licence: string }

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

/** The folder a data file sits in: an article's slug or a dataset's id. */
const folderOf = (file: DataFile) => file.path.split('/').at(-2) ?? ''

type Fail = (file: DataFile, field: string, reason: string) => void

/** The file's content as its schema types it, or undefined with each issue reported. */
function parse<S extends v.GenericSchema>(
  schema: S,
  file: DataFile,
  fail: Fail,
): v.InferOutput<S> | undefined {
  const result = v.safeParse(schema, file.json)
  if (result.success) return result.output
  for (const issue of result.issues) fail(file, v.getDotPath(issue) ?? '(top level)', reasonFor(issue))
  return undefined
}

/** Valibot's message, reworded for an editor where it speaks of keys rather than fields. */
function reasonFor(issue: v.BaseIssue<unknown>): string {
  if (issue.type === 'strict_object' && issue.input !== undefined)
    return `${issue.message}: this field is not allowed here; check its spelling, or remove it`
  if (issue.kind === 'schema' && issue.received === 'undefined' && issue.expected?.startsWith('"'))
    return `${issue.message}: this required field is missing; add it`
  return issue.message
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
    }
    for (const { field, reason } of disagreements(article)) fail(entry.article, field, reason)
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

/**
 * The data as a Library held in memory: what tests build from fixtures, with the same checks as the build.
 * @example const library = loadLibrary(files) // throws DataError on a bad file
 */
export function loadLibrary(files: DataFiles): Library {
  return memoryLibrary(buildData(files))
}

/** The credit an article gives the dataset its reports come from. */
function creditFor(used: Set<Dataset>): Article['dataset'] {
  const [dataset] = used
  if (!dataset) return undefined
  return { name: dataset.compiledBy.name, author: dataset.compiledBy.author, licence: dataset.licence.name }
}

/**
 * One dataset folder, validated and with its daily increases derived; undefined (with problems reported) when
 * it cannot be used.
 */
function loadDataset(
  files: DatasetFiles,
  categories: Category[],
  sourceById: Map<string, Source>,
  report: Fail,
): Dataset | undefined {
  let failed = false
  const fail = (file: DataFile, field: string, reason: string) => {
    failed = true
    report(file, field, reason)
  }
  const meta = parse(DatasetFile, files.dataset, fail)
  const records = parse(DatasetReportsFile, files.reports, fail)?.reports
  if (!meta || !records) return undefined
  const id = folderOf(files.dataset)
  const source = sourceById.get(meta.source)
  if (!source) fail(files.dataset, 'source', `source "${meta.source}" is not in data/sources.json`)
  else if (!source.countsFrom)
    fail(
      files.dataset,
      'source',
      `source "${meta.source}" has no countsFrom date, so its days cannot be numbered`,
    )

  const categoryById = new Map(categories.map((c) => [c.id, c]))
  const keys = meta.categories.map((c) => c.key)
  const seen = new Set<string>()
  meta.categories.forEach(({ key }, i) => {
    if (!categoryById.has(key))
      fail(files.dataset, `categories.${i}.key`, `category "${key}" is not in data/categories.json`)
    if (seen.has(key)) fail(files.dataset, `categories.${i}.key`, `"${key}" is listed twice`)
    seen.add(key)
  })
  const lastValue = new Map<string, { date: string; value: number }>()
  records.forEach((record, i) => {
    const previous = records[i - 1]
    if (previous && previous.date >= record.date)
      fail(
        files.reports,
        `reports.${i}.date`,
        `${record.date} must come after ${previous.date}: list reports oldest first`,
      )
    if (source?.countsFrom && record.date < source.countsFrom)
      fail(
        files.reports,
        `reports.${i}.date`,
        `${record.date} is before the source's day 1 (${source.countsFrom})`,
      )
    for (const key of keys) {
      if (!(key in record.stats))
        fail(
          files.reports,
          `reports.${i}.stats`,
          `"${key}" is missing; write null if the report gave no figure`,
        )
    }
    for (const [key, value] of Object.entries(record.stats)) {
      if (!seen.has(key)) {
        fail(
          files.reports,
          `reports.${i}.stats.${key}`,
          `"${key}" is not one of the dataset's categories (${files.dataset.path})`,
        )
        continue
      }
      if (value === null) continue
      const last = lastValue.get(key)
      if (last && value < last.value)
        fail(
          files.reports,
          `reports.${i}.stats.${key}`,
          `${value} is below ${last.value} on ${last.date}; a cumulative count cannot fall, so one of them is mistyped`,
        )
      lastValue.set(key, { date: record.date, value })
    }
  })
  if (failed || !source?.countsFrom) return undefined

  const countsFrom = source.countsFrom
  const reports = dailyReports(records, keys, (date) => dayOfWar(countsFrom, date))
  return {
    id,
    name: meta.name,
    description: meta.description,
    source,
    compiledBy: meta.compiledBy,
    licence: {
      name: meta.licence.name,
      copyright: meta.licence.copyright,
      url: meta.licence.url,
      text: files.licence,
    },
    categories: meta.categories.map(({ key, sourceField }) => {
      const { label, shortLabel, measure } = categoryById.get(key) as Category
      const { first, last } = reportedRange(reports, key)
      return { key, label, shortLabel, measure, sourceField, firstReported: first, lastReported: last }
    }),
    from: records[0]?.date ?? '',
    to: records.at(-1)?.date ?? '',
    reports,
  }
}
