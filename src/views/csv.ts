// The figures as CSV (RFC 4180): a header row, then one row per figure, CRLF line ends, fields quoted when needed.
import type { DailyReport } from '../domain/datasets'
import type { Figure } from '../domain/library'

/** Column names, in order; snake_case like most CSV, naming the same things as the JSON figure fields. */
const FIGURE_COLUMNS = [
  'report_date',
  'category',
  'label',
  'measure',
  'value',
  'approximate',
  'change',
  'change_since',
  'quoted_in_article',
  'source_id',
  'source_name',
] as const

/** RFC 4180: a field holding a comma, quote or line break is quoted, and its quotes doubled. */
function field(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/**
 * A text cell, made safe to open in a spreadsheet: one that starts like a formula gets a leading apostrophe.
 * Only text goes through here. Numbers are written as plain numbers, so a change of -3 stays the number -3;
 * they come from our schema (integers), so they cannot carry a formula.
 */
function text(value: string): string {
  return field(/^[=+\-@\t\r]/.test(value) ? `'${value}` : value)
}

const number = (value: number | null) => (value === null ? '' : String(value))

/** @example figuresCsv(article.reports.flatMap((r) => r.figures)) // "report_date,category,...\r\n2022-09-13,..." */
export function figuresCsv(figures: Figure[]): string {
  const rows = figures.map((f) =>
    [
      f.report,
      text(f.category.id),
      text(f.category.label),
      text(f.category.measure),
      number(f.value),
      String(f.approximate),
      number(f.change),
      f.changeSince ?? '',
      String(f.quotedInArticle),
      text(f.source.id),
      text(f.source.name),
    ].join(','),
  )
  return `${[FIGURE_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`
}

/**
 * A dataset's daily reports as CSV: one row per date; per category its cumulative figure, then `{key}_increase`.
 * An empty cell is a report without that figure, never 0.
 * @example reportsCsv(dataset.reports, ['personnel']) // "date,day,personnel,personnel_increase,...\r\n..."
 */
export function reportsCsv(reports: DailyReport[], keys: string[]): string {
  const header = [
    'date',
    'day',
    ...keys.flatMap((key) => [text(key), text(`${key}_increase`)]),
    'personnel_qualifier',
    'greatest_losses_direction',
  ]
  const rows = reports.map((r) =>
    [
      r.date,
      String(r.day),
      ...keys.flatMap((key) => [number(r.stats[key] ?? null), number(r.increase[key] ?? null)]),
      r.personnelQualifier,
      text(r.greatestLossesDirection ?? ''),
    ].join(','),
  )
  return `${[header.join(','), ...rows].join('\r\n')}\r\n`
}
