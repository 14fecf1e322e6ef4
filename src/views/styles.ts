// The stylesheets as served: the palette first, then what pages and cards share, then each one's own rules. Each is
// inlined (no second request) and allowed by its hash in the CSP (src/http/security.ts). The charts' rules come
// with the page's, so a chart inline in a page needs no style of its own.
import BASE from '../static/base.css'
import CARD from '../static/card.css'
import PAGE from '../static/page.css'
import { INLINE_CHART_CSS } from './charts/chart-style'
import { PALETTE_CSS } from './palette'

/** The files' comments are for us, not for every reader's download. */
const uncommented = (css: string) => css.replace(/\/\*[\s\S]*?\*\/\n?/g, '')

export const PAGE_CSS = `${PALETTE_CSS}\n${uncommented(BASE + PAGE)}${INLINE_CHART_CSS}\n`
export const CARD_CSS = `${PALETTE_CSS}\n${uncommented(BASE + CARD)}`
