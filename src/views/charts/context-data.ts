// Which series gives an article its context, and that series as the context chart draws it.
import type { Dataset } from '../../domain/datasets'
import type { Article } from '../../domain/library'
import type { ContextChartProps } from './context-chart'
import { leadFigure } from './lead-figure'
import type { SmallMultiplesProps } from './small-multiples'

export type ArticleContext = Omit<ContextChartProps, 'theme' | 'id' | 'standalone'>

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
  const dataset = datasets.find(
    (d) =>
      d.source.id === latest.source.id &&
      d.reports.some((r) => r.date === latest.date && r.stats[key] != null),
  )
  if (!dataset) return undefined
  return {
    days: dataset.reports.map((r) => ({ date: r.date, day: r.day, increase: r.increase[key] ?? null })),
    marked: latest.date,
    // "personnel losses", but "drones lost": equipment is counted in pieces.
    subject: key === 'personnel' ? `${lead.category.shortLabel} losses` : `${lead.category.shortLabel} lost`,
    claimant: dataset.source.shortName,
    credit: `Data: “${dataset.compiledBy.name}” by ${dataset.compiledBy.author}, ${dataset.licence.name} licence.`,
    site,
    datasetId: dataset.id,
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
      days: dataset.reports.map((r) => ({
        date: r.date,
        day: r.day,
        increase: r.increase[f.category.id] ?? null,
      })),
    }))
  if (panels.length < 2) return undefined
  const { marked, claimant, credit } = context
  return { panels, marked, claimant, credit, site }
}
