// One dataset folder: validated, its daily increases derived, and the credit an article gives it.
import * as v from 'valibot'
import { Id, type Source } from '../../src/data/primitives'
import type { Dataset } from '../../src/domain/datasets'
import { type Article, dayOfWar } from '../../src/domain/library'
import { dailyReports, reportedRange } from './derive'
import { type DataFile, type Fail, folderOf, parse } from './parse-file'
import { type Category, DatasetFile, DatasetReportsFile } from './schema'

/** One dataset folder as read: its description, its reports and the full text of its licence. */
export type DatasetFiles = { dataset: DataFile; reports: DataFile; licence: string }

/** The credit an article gives the dataset its reports come from. */
export function creditFor(used: Set<Dataset>): Article['dataset'] {
  const [dataset] = used
  if (!dataset) return undefined
  return { name: dataset.compiledBy.name, author: dataset.compiledBy.author, licence: dataset.licence.name }
}

/**
 * One dataset folder, validated and with its daily increases derived; undefined (with problems reported) when
 * it cannot be used.
 */
export function loadDataset(
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
  // The folder's name is the dataset's id in every address: a slug, like an article's.
  const id = folderOf(files.dataset)
  for (const issue of v.safeParse(Id, id).issues ?? []) fail(files.dataset, '(folder name)', issue.message)
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
