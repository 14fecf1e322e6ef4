// A dataset as the rest of the Worker sees it: a series of daily reports with each day's increase derived.
import type { DatasetFile, DatasetRecord } from '../../build-tools/data/schema'
import type { Source } from '../data/primitives'

/** One category a dataset counts, with the first and last dates any report gives it a figure. */
export type DatasetCategory = {
  key: string
  /** As a table row heading: "Armoured fighting vehicles". */
  label: string
  /** As in running text: "AFVs". */
  shortLabel: string
  /** What the number measures: "personnel combat losses", "equipment losses". */
  measure: string
  /** The source's own field name, where the compiler took the figure from. */
  sourceField: string
  /** Null when no report in the dataset gives this category a figure. */
  firstReported: string | null
  lastReported: string | null
}

/** One day's report: cumulative figures and, derived from the day before, their increase. */
export type DailyReport = {
  date: string
  /** Day of the war as the source counts it (day 1 is the source's `countsFrom`). */
  day: number
  /** Cumulative counts by category key; null where the report gave no figure (never the same as 0). */
  stats: Record<string, number | null>
  /**
   * This day's figure minus the previous day's. Null where either is null, and for every category when the
   * report before is not from the calendar day before (the first report, or after a gap).
   */
  increase: Record<string, number | null>
  personnelQualifier: DatasetRecord['personnelQualifier']
  greatestLossesDirection: string | null
}

export type Dataset = {
  /** Its folder name under data/datasets/. */
  id: string
  name: string
  description: string
  /** Who claims the figures. */
  source: Source
  compiledBy: DatasetFile['compiledBy']
  licence: { name: string; copyright: string; url: string; text: string }
  /** In display order. */
  categories: DatasetCategory[]
  /** The first and last report's dates. */
  from: string
  to: string
  /** Oldest first, one per date. */
  reports: DailyReport[]
}

/** A dataset's report for a date, or its newest for "latest"; undefined when it has none. */
export function getReport(dataset: Dataset, date: string): DailyReport | undefined {
  if (date === 'latest') return dataset.reports.at(-1)
  return dataset.reports.find((r) => r.date === date)
}

/** The dataset with a source's report of a date (an article's report, named in it); undefined when none has it. */
export function datasetHolding(
  datasets: Dataset[],
  report: { source: { id: string }; date: string },
): Dataset | undefined {
  return datasets.find((d) => d.source.id === report.source.id && getReport(d, report.date))
}

/** The reports from `from` to `to`, both inclusive; either may be left open. */
export function reportsBetween(dataset: Dataset, from?: string, to?: string): DailyReport[] {
  return dataset.reports.filter(
    (r) => (from === undefined || r.date >= from) && (to === undefined || r.date <= to),
  )
}
