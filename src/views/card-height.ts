// How tall the embed card is at a given width, estimated from its words, so the height the oEmbed answer gives
// shows the whole card on hosts that run no script. The browser suite measures the card and holds this to it.
import { type Article, cardFigures } from '../domain/library'
import { formatDate } from './format'
import { ROLE_LABELS } from './labels'

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
 * The card's height in CSS px when its frame is `width` px wide. Character widths are a little wider than
 * system-ui's, so the estimate errs tall rather than cut the attribution or the last row off.
 * @example cardHeight(article, 360) // 640
 */
export function cardHeight(article: Article, width: number): number {
  const latest = article.reports.at(-1)
  const narrow = width <= 320
  const inner = width - (narrow ? 16 : 32)
  // The card's stylesheet (embed-styles.ts): 17.6 px headline at 1.3, 13.6 px notes at 1.45, 16 px cells.
  const headline = 23 * lines(article.headline, inner, 10) + 8
  const source = latest
    ? 20 *
        lines(
          `According to ${latest.source.shortName}, ${ROLE_LABELS[latest.source.role]}; not independently verified. Figures as of ${formatDate(article.figuresAsOf)}.`,
          inner,
          7.4,
        ) +
      8
    : 0
  const figures = cardFigures(article)
  const labelColumn = inner * 0.5 - 45
  const table = figures.length
    ? 20 * lines('Russian losses since the invasion began, as claimed', inner, 7.4) +
      4 +
      (10 + 19 * (inner >= 560 ? 1 : inner >= 430 ? 2 : 3)) +
      figures.reduce((sum, f) => sum + 34 + 24 * (lines(f.category.label, labelColumn, 8.2) - 1), 0)
    : 0
  const more = 8 + 20 * (inner >= 330 ? 1 : 2)
  return Math.ceil((narrow ? 16 : 24) + headline + source + table + more + 8)
}
