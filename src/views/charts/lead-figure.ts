// The figure an article is about: its headline number on the link-preview image and the subject of its context.
import type { Article, Figure } from '../../domain/library'

/** The first figure the article quotes whose change is known (the one-day figure); else the first figure. */
export function leadFigure(article: Article): Figure | undefined {
  const figures = article.reports.at(-1)?.figures ?? []
  return figures.find((f) => f.quotedInArticle && f.change !== null) ?? figures[0]
}
