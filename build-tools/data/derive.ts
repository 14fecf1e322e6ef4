// What the build derives from the checked files: each figure's change, each day's increase, the archive's pages.
import type { Source } from '../../src/data/primitives'
import type { DailyReport } from '../../src/domain/datasets'
import {
  ARCHIVE_PAGE_SIZE,
  type ArchivePage,
  type Article,
  type ArticleSummary,
  dayOfWar,
  type Figure,
  type Report,
} from '../../src/domain/library'
import type { Category, DatasetRecord, InlineReport } from './schema'

const DAY_MS = 86_400_000

/** The reports with every figure's change derived from the report before it (same source). */
export function changeBetween(
  reports: InlineReport[],
  categories: Category[],
  sourceOf: (id: string) => Source,
  quoted: Set<string>,
): Report[] {
  const lastBySource = new Map<string, InlineReport>()
  return reports.map((report) => {
    const previous = lastBySource.get(report.source)
    lastBySource.set(report.source, report)
    const source = sourceOf(report.source)
    const figures: Figure[] = []
    for (const category of categories) {
      const value = report.counts[category.id]
      if (value === undefined) continue
      const before = previous?.counts[category.id]
      figures.push({
        report: report.date,
        category,
        source,
        value,
        approximate: report.approximate.includes(category.id),
        change: before === undefined ? null : value - before,
        changeSince: before === undefined ? null : (previous?.date ?? null),
        quotedInArticle: quoted.has(category.id),
      })
    }
    return {
      source,
      date: report.date,
      dayOfWar: source.countsFrom ? dayOfWar(source.countsFrom, report.date) : null,
      greatestLossesIn: report.greatestLossesIn,
      figures,
    }
  })
}

/** What a summary holds of an article. */
function summaryOf(article: Article): ArticleSummary {
  const { slug, headline, description, figuresAsOf, publisher, updated } = article
  return { slug, headline, description, figuresAsOf, publisher, updated }
}

/** The archive's order: newest figures first; articles of one date keep the data's order (sort is stable). */
function archiveOrder(articles: ArticleSummary[]): ArticleSummary[] {
  return [...articles].sort((a, b) =>
    a.figuresAsOf === b.figuresAsOf ? 0 : a.figuresAsOf < b.figuresAsOf ? 1 : -1,
  )
}

/** The archive cut into pages; an empty archive still has its first (empty) page. */
export function archivePages(articles: Article[], size = ARCHIVE_PAGE_SIZE): ArchivePage[] {
  const ordered = archiveOrder(articles.map(summaryOf))
  const pageCount = Math.max(1, Math.ceil(ordered.length / size))
  return Array.from({ length: pageCount }, (_, i) => ({
    page: i + 1,
    pageCount,
    total: ordered.length,
    articles: ordered.slice(i * size, (i + 1) * size),
  }))
}

/** The calendar date before this one, as YYYY-MM-DD. */
function dayBefore(date: string): string {
  return new Date(Date.parse(date) - DAY_MS).toISOString().slice(0, 10)
}

/**
 * The records with each day's increase derived: null where either day is null or the days are not consecutive.
 * @example dailyReports(records, ['personnel'], 1 /* day number of records[0] *\/)
 */
export function dailyReports(
  records: DatasetRecord[],
  keys: string[],
  dayOf: (date: string) => number,
): DailyReport[] {
  return records.map((record, i) => {
    const previous = records[i - 1]
    const consecutive = previous !== undefined && previous.date === dayBefore(record.date)
    const stats: Record<string, number | null> = {}
    const increase: Record<string, number | null> = {}
    for (const key of keys) {
      const today = record.stats[key] ?? null
      const before = consecutive ? (previous.stats[key] ?? null) : null
      stats[key] = today
      increase[key] = today === null || before === null ? null : today - before
    }
    return {
      date: record.date,
      day: dayOf(record.date),
      stats,
      increase,
      personnelQualifier: record.personnelQualifier,
      greatestLossesDirection: record.greatestLossesDirection,
    }
  })
}

/** The first and last dates each key has a figure (not null). */
export function reportedRange(
  reports: DailyReport[],
  key: string,
): { first: string | null; last: string | null } {
  const dates = reports.filter((r) => r.stats[key] !== null).map((r) => r.date)
  return { first: dates[0] ?? null, last: dates.at(-1) ?? null }
}

/** The places a report names for its greatest losses: "Kramatorsk, Kryvyi Rih and Bakhmut" is three. */
export function directionPlaces(direction: string | null): string[] {
  if (direction === null) return []
  return direction
    .split(/,\s*|\s+and\s+/)
    .map((place) => place.trim())
    .filter(Boolean)
}
