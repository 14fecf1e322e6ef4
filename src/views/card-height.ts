// How tall the embed card is in the narrowest column it is made for, estimated from its words. Every iframe we
// give out (the README snippet, the page's embed code, oEmbed) is that tall, so the card shows whole without any
// script in any column from NARROWEST_COLUMN to 700 px: wider, it wraps to fewer lines, and its narrow layout
// (card.css, under 26rem) keeps the narrowest card within a third of the widest. The browser suite measures it.
import { type Article, cardFigures } from '../domain/library'
import { datasetCredit } from './charts/chart-frame'
import { formatDate, formatDateShort } from './format'
import { ROLE_LABELS } from './labels'

/** The narrowest column a host page is expected to give the card, in CSS px. */
export const NARROWEST_COLUMN = 300

/** Lines that `text` wraps to in `width` px, breaking between words, at `charWidth` px per character. */
function lines(text: string, width: number, charWidth: number): number {
  const max = Math.max(1, Math.floor(width / charWidth))
  let count = 1
  let used = 0
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const need = used === 0 ? word.length : used + 1 + word.length
    if (need <= max || used === 0) used = need
    else {
      count++
      used = word.length
    }
  }
  return count
}

/**
 * The card's height in CSS px in a frame `width` px wide, for frames up to 26rem (its narrow layout). Character
 * widths are a little wider than system-ui's, so the estimate errs tall rather than cut the last row off.
 * @example cardHeight(article, NARROWEST_COLUMN) // 560
 */
export function cardHeight(article: Article, width: number): number {
  const latest = article.reports.at(-1)
  const inner = width - 16
  // card.css under 26rem: 15 px text at 1.3, a 16 px headline, 12.75 px notes, cells padded 3.2 px.
  const headline = 21 * lines(article.headline, inner, 9.8) + 8
  const credit = article.dataset ? ` ${datasetCredit(article.dataset)}` : ''
  const source = latest
    ? 16.8 *
        lines(
          `According to ${latest.source.shortName}, ${ROLE_LABELS[latest.source.role]}; not independently verified. Figures as of ${formatDate(article.figuresAsOf)}.${credit}`,
          inner,
          7.5,
        ) +
      8
    : 0
  const figures = cardFigures(article)
  const since = figures.find((f) => f.changeSince)?.changeSince
  const caption = `Russian losses since the invasion began, as claimed${since ? `; change since ${formatDateShort(since)}` : ''}`
  const labelColumn = inner - 150
  const table = figures.length
    ? 16.8 * lines(caption, inner, 7.5) +
      4 +
      24 +
      figures.reduce((sum, f) => sum + 27 + 19.6 * (lines(f.category.label, labelColumn, 8.6) - 1), 0)
    : 0
  const more = 8 + 16.8 * lines('Read the article and every figure · Data (CSV)', inner, 7.5)
  return Math.ceil(16 + headline + source + table + more + 6)
}
