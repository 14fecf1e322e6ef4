// The JSON the API serves: plain numbers, ISO dates, stable field names, and every figure's source named.
import type { ArchivePage, Article, Figure, Report, ArticleSummary as Summary } from '../domain/library'
import type { ArticleJson, ArticleList, ArticleSummary, FigureJson, FiguresJson } from './json-schema'
import { ROLE_LABELS } from './labels'
import { articleUrls } from './urls'

/** The `links` of an article in the API: its page and its two JSON representations. */
function articleLinks(origin: string, slug: string) {
  const { page, json, figures } = articleUrls(origin, slug)
  return { html: page, json, figures }
}

/** One page of the list at /api/v1/articles, with the addresses of the pages beside it. */
export function articleListJson(archive: ArchivePage, origin: string): ArticleList {
  const { page, pageCount, total } = archive
  const at = (n: number) => `${origin}/api/v1/articles${n === 1 ? '' : `?page=${n}`}`
  return {
    articles: archive.articles.map((a) => articleSummaryJson(a, origin)),
    page,
    pageCount,
    total,
    links: {
      self: at(page),
      next: page < pageCount ? at(page + 1) : null,
      previous: page > 1 ? at(page - 1) : null,
    },
  }
}

function articleSummaryJson(article: Summary, origin: string): ArticleSummary {
  return {
    slug: article.slug,
    headline: article.headline,
    description: article.description,
    figuresAsOf: article.figuresAsOf,
    publisher: article.publisher,
    links: articleLinks(origin, article.slug),
  }
}

function figureJson(f: Figure): FigureJson {
  return {
    report: f.report,
    category: f.category.id,
    label: f.category.label,
    measure: f.category.measure,
    value: f.value,
    approximate: f.approximate,
    change: f.change,
    changeSince: f.changeSince,
    quotedInArticle: f.quotedInArticle,
    source: f.source.id,
  }
}

/** The figures of an article: `selected` are the reports asked for, each with the figures asked for. */
export function figuresJson(article: Article, selected: Report[], origin: string): FiguresJson {
  // A report none of whose figures were asked for is left out.
  const reports = selected.filter((r) => r.figures.length)
  const sources = new Map(
    [...reports.map((r) => r.source), ...article.claims.map((c) => c.by)].map((s) => [s.id, s]),
  )
  const latest = article.reports.at(-1)
  return {
    article: article.slug,
    figuresAsOf: article.figuresAsOf,
    attribution: latest
      ? `Figures in "reports" are claims by ${latest.source.shortName}, ${ROLE_LABELS[latest.source.role]}, not independently verified. Each claim names its own source.`
      : 'Each claim names its own source.',
    reports: reports.map((r) => ({
      date: r.date,
      source: r.source.id,
      dayOfWar: r.dayOfWar,
      greatestLossesIn: r.greatestLossesIn,
    })),
    figures: reports.flatMap((r) => r.figures.map(figureJson)),
    claims: article.claims.map(({ by: _by, ...claim }) => claim),
    sources: [...sources.values()],
    dataset: article.dataset ?? null,
    links: articleLinks(origin, article.slug),
  }
}

export function articleJson(article: Article, origin: string): ArticleJson {
  return {
    ...articleSummaryJson(article, origin),
    originalUrl: article.originalUrl,
    keyPoints: article.keyPoints,
    paragraphs: article.paragraphs,
    photoCaptions: [
      ...(article.leadPhotoCaption
        ? [{ position: 'lead' as const, text: article.leadPhotoCaption, photo: null }]
        : []),
      ...(article.closingPhotoCaption
        ? [{ position: 'closing' as const, text: article.closingPhotoCaption, photo: null }]
        : []),
    ],
    figures: figuresJson(article, article.reports, origin),
  }
}
