// The datasets as the API sends them, shaped like russianwarship.rip's statistics: each report carries its
// cumulative `stats` and its `increase` side by side, with who claims them and who compiled them.
import type { DailyReport, Dataset } from '../domain/datasets'
import type {
  DailyReportJson,
  DatasetJson,
  DatasetList,
  DatasetReport,
  DatasetReports,
  DatasetSummary,
} from './json-schema'
import { ROLE_LABELS } from './labels'

/** @example datasetUrls('https://example.com', 'general-staff-losses').csv */
export function datasetUrls(origin: string, id: string) {
  const self = `${origin}/api/v1/datasets/${id}`
  return {
    self,
    reports: `${self}/reports`,
    csv: `${self}/reports.csv`,
    latest: `${self}/reports/latest`,
    licence: `${self}/licence.txt`,
  }
}

/** The `Link` that carries a dataset's licence with a CSV of its figures: RFC 4180 has no place for comments. */
export const licenceLink = (origin: string, id: string) =>
  `<${datasetUrls(origin, id).licence}>; rel="license"`

/** The line to quote with the figures: whose claims they are, and whose compilation. */
export function datasetAttribution(dataset: Dataset): string {
  const { source, compiledBy, licence } = dataset
  return `Figures claimed by ${source.shortName} (${ROLE_LABELS[source.role]}), not independently verified. Compiled in the dataset “${compiledBy.name}” by ${compiledBy.author} (${licence.name} licence).`
}

function summary(dataset: Dataset, origin: string): DatasetSummary {
  const { id, name, description, source, compiledBy, licence, from, to } = dataset
  return {
    id,
    name,
    description,
    source: { id: source.id, name: source.name, shortName: source.shortName, role: source.role },
    compiledBy: { name: compiledBy.name, author: compiledBy.author, url: compiledBy.url },
    licence: { name: licence.name, copyright: licence.copyright, url: licence.url },
    from,
    to,
    links: datasetUrls(origin, id),
  }
}

export function datasetListJson(datasets: Dataset[], origin: string): DatasetList {
  return { datasets: datasets.map((d) => summary(d, origin)) }
}

export function datasetJson(dataset: Dataset, origin: string): DatasetJson {
  return {
    ...summary(dataset, origin),
    categories: dataset.categories.map(({ key, label, measure, firstReported, lastReported }) => ({
      key,
      label,
      measure,
      firstReported,
      lastReported,
    })),
    licenceText: dataset.licence.text,
  }
}

/** A report limited to some categories (all when none are given). */
function reportJson(report: DailyReport, keys: string[]): DailyReportJson {
  const pick = (values: Record<string, number | null>) =>
    Object.fromEntries(keys.map((key) => [key, values[key] ?? null]))
  const { date, day, stats, increase, personnelQualifier, greatestLossesDirection } = report
  return {
    date,
    day,
    stats: pick(stats),
    increase: pick(increase),
    personnelQualifier,
    greatestLossesDirection,
  }
}

/** The category keys to send: those asked for, in the dataset's order; all of them when none are asked for. */
export function chosenKeys(dataset: Dataset, category: string[] | undefined): string[] {
  const keys = dataset.categories.map((c) => c.key)
  return category?.length ? keys.filter((k) => category.includes(k)) : keys
}

const envelope = (dataset: Dataset) => ({
  dataset: dataset.id,
  attribution: datasetAttribution(dataset),
  licence: { name: dataset.licence.name, copyright: dataset.licence.copyright, url: dataset.licence.url },
})

export function datasetReportsJson(dataset: Dataset, reports: DailyReport[], keys: string[]): DatasetReports {
  return { ...envelope(dataset), reports: reports.map((r) => reportJson(r, keys)) }
}

export function datasetReportJson(dataset: Dataset, report: DailyReport): DatasetReport {
  return { ...envelope(dataset), report: reportJson(report, chosenKeys(dataset, undefined)) }
}
