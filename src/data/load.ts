// Turns the raw data files into a Library, or fails naming the file and the field that is wrong.
import * as v from 'valibot'
import type { Article, Library } from '../domain/library'
import { changeBetween, reportKeys } from '../domain/library'
import { disagreements } from '../domain/mentions'
import { ArticleFile, CategoriesFile, FiguresFile, type Source, SourcesFile } from './schema'

/** A data file as bundled: its path (for error messages) and its parsed JSON. */
export type DataFile = { path: string; json: unknown }

export type DataFiles = {
  categories: DataFile
  sources: DataFile
  articles: { article: DataFile; figures: DataFile }[]
  /** The slug served at `/`. */
  featured: string
}

/** Thrown when the data cannot go live. Its message lists every problem as "file: field: reason". */
export class DataError extends Error {
  override name = 'DataError'
}

function parse<S extends v.GenericSchema>(schema: S, file: DataFile): v.InferOutput<S> {
  const result = v.safeParse(schema, file.json)
  if (result.success) return result.output
  const lines = result.issues.map(
    (issue) => `${file.path}: ${v.getDotPath(issue) ?? '(top level)'}: ${issue.message}`,
  )
  throw new DataError(`Invalid data, so the Worker will not start:\n${lines.join('\n')}`)
}

/**
 * Validates every data file and the links between them, and derives what the pages and API serve.
 * @example const library = loadLibrary(BUNDLED_DATA) // throws DataError on a bad file
 */
export function loadLibrary(files: DataFiles): Library {
  const { categories } = parse(CategoriesFile, files.categories)
  const { sources } = parse(SourcesFile, files.sources)
  const problems: string[] = []
  const fail = (file: DataFile, field: string, reason: string) =>
    problems.push(`${file.path}: ${field}: ${reason}`)

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

  const bySlug = new Map<string, Article>()
  for (const entry of files.articles) {
    const text = parse(ArticleFile, entry.article)
    const figures = parse(FiguresFile, entry.figures)
    const folder = entry.article.path.split('/').at(-2)
    if (folder !== text.slug)
      fail(entry.article, 'slug', `"${text.slug}" must match its folder name "${folder}"`)
    if (bySlug.has(text.slug)) fail(entry.article, 'slug', `"${text.slug}" is used by another article`)

    const checkSource = (field: string, id: string) => {
      if (!sourceById.has(id)) fail(entry.figures, field, `source "${id}" is not in ${files.sources.path}`)
    }
    figures.reports.forEach((report, i) => {
      checkSource(`reports.${i}.source`, report.source)
      for (const id of [...Object.keys(report.counts), ...report.approximate]) {
        if (!categoryIds.has(id))
          fail(entry.figures, `reports.${i}`, `category "${id}" is not in ${files.categories.path}`)
      }
      const before = figures.reports[i - 1]
      if (before && before.date >= report.date) {
        fail(
          entry.figures,
          `reports.${i}.date`,
          `${report.date} must come after ${before.date}: list reports oldest first`,
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
    if (problems.length) continue

    const sourceOf = (id: string) => sourceById.get(id) as Source
    const quoted = new Set(text.mentions.flatMap((m) => ('category' in m ? [m.category] : [])))
    const reports = changeBetween(figures.reports, categories, sourceOf, quoted)
    const present = new Set(reports.flatMap((r) => r.figures.map((f) => f.category.id)))
    const article: Article = {
      ...text,
      reports,
      claims: figures.claims.map((claim) => ({ ...claim, by: sourceOf(claim.source) })),
      dataset: figures.dataset,
      categoryIds: categories.filter((c) => present.has(c.id)).map((c) => c.id),
      reportKeys: reportKeys(reports),
    }
    for (const { field, reason } of disagreements(article)) fail(entry.article, field, reason)
    bySlug.set(article.slug, article)
  }

  const featured = bySlug.get(files.featured)
  if (!featured && !problems.length)
    problems.push(`featured article "${files.featured}" is not among the articles`)
  if (problems.length || !featured) {
    throw new DataError(`Invalid data, so the Worker will not start:\n${problems.join('\n')}`)
  }
  const list = [...bySlug.values()]
  return {
    featured,
    getArticle: (slug) => bySlug.get(slug),
    listArticles: () => list,
  }
}
