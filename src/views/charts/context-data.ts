// Which series gives an article its context, and that series as the context chart draws it.
import { type Dataset, datasetHolding, getReport } from '../../domain/datasets'
import type { Article } from '../../domain/library'
import { datasetCredit } from './chart-frame'
import type { ContextChartProps, DailyIncrease } from './context-chart'
import { leadFigure } from './lead-figure'
import type { SmallMultiplesProps } from './small-multiples'

/**
 * Each dataset's series, made once per category: every article that charts one shares the same array (the build
 * hashes it once for all of them). Held as long as the dataset is.
 */
const series = new WeakMap<Dataset, Map<string, DailyIncrease[]>>()

/**
 * One category's days as the charts draw them. A day is held when its total did not move and its run of equal
 * totals includes a report that gave personnel only as "more than" that number: its 0 is no measured rise.
 */
export function dailySeries(dataset: Dataset, key: string): DailyIncrease[] {
  const byKey = series.get(dataset) ?? new Map<string, DailyIncrease[]>()
  const days = byKey.get(key) ?? seriesOf(dataset, key)
  series.set(dataset, byKey.set(key, days))
  return days
}

function seriesOf(dataset: Dataset, key: string): DailyIncrease[] {
  const { reports } = dataset
  const runOf = (i: number) => {
    const total = reports[i]?.stats[key]
    let start = i
    let end = i
    while (start > 0 && reports[start - 1]?.stats[key] === total) start--
    while (end < reports.length - 1 && reports[end + 1]?.stats[key] === total) end++
    return reports.slice(start, end + 1)
  }
  return reports.map((r, i) => ({
    date: r.date,
    day: r.day,
    increase: r.increase[key] ?? null,
    total: r.stats[key] ?? null,
    held:
      key === 'personnel' &&
      r.increase[key] === 0 &&
      runOf(i).some((report) => report.personnelQualifier === 'more'),
  }))
}

export type ArticleContext = Omit<ContextChartProps, 'theme' | 'id' | 'standalone'> & {
  /** Where the dataset's compiler publishes it. */
  repository: string
}

/**
 * The daily series of the article's lead figure, from the dataset holding the article's latest report, with that
 * report's day marked; undefined when no dataset has it.
 */
export function articleContext(
  article: Article,
  datasets: Dataset[],
  site: string,
): ArticleContext | undefined {
  const latest = article.reports.at(-1)
  const lead = leadFigure(article)
  if (!latest || !lead) return undefined
  const key = lead.category.id
  const dataset = datasetHolding(datasets, latest)
  if (!dataset || getReport(dataset, latest.date)?.stats[key] == null) return undefined
  return {
    days: dailySeries(dataset, key),
    marked: latest.date,
    // "personnel losses", but "drones lost": equipment is counted in pieces.
    subject: key === 'personnel' ? `${lead.category.shortLabel} losses` : `${lead.category.shortLabel} lost`,
    claimant: dataset.source.shortName,
    credit: datasetCredit({
      name: dataset.compiledBy.name,
      author: dataset.compiledBy.author,
      licence: dataset.licence.name,
    }),
    site,
    datasetId: dataset.id,
    repository: dataset.compiledBy.url,
  }
}

export type ArticleEquipment = Omit<SmallMultiplesProps, 'theme' | 'id' | 'standalone'>

/**
 * The daily series of the other figures the article quotes (its equipment, beside the lead figure), from the
 * same dataset: the small multiples' panels. Undefined when there are fewer than two to compare.
 */
export function articleEquipment(
  article: Article,
  datasets: Dataset[],
  site: string,
): ArticleEquipment | undefined {
  const context = articleContext(article, datasets, site)
  const dataset = datasets.find((d) => d.id === context?.datasetId)
  const latest = article.reports.at(-1)
  const lead = leadFigure(article)
  if (!context || !dataset || !latest) return undefined
  const quoted = latest.figures.filter((f) => f.quotedInArticle && f.category.id !== lead?.category.id)
  const panels = quoted
    .filter((f) => dataset.categories.some((c) => c.key === f.category.id))
    .map((f) => ({
      key: f.category.id,
      // The short label, so it fits a half-width panel on a phone: "AFVs", not "Armoured fighting vehicles".
      label: `${f.category.shortLabel[0]?.toUpperCase()}${f.category.shortLabel.slice(1)}`,
      days: dailySeries(dataset, f.category.id),
    }))
  if (panels.length < 2) return undefined
  const { marked, claimant, credit } = context
  return { panels, marked, claimant, credit, site }
}
