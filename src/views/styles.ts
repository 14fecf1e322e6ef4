// The stylesheets as served: the palette first, then what pages and cards share, then each one's own rules. Each is
// inlined (no second request) and allowed by its hash in the CSP (src/http/security.ts).
import BASE from '../static/base.css'
import CARD from '../static/card.css'
import CHART from '../static/chart.css'
import PAGE from '../static/page.css'
import PALETTE from '../static/palette.css'

export const PAGE_CSS = PALETTE + BASE + PAGE
export const CARD_CSS = PALETTE + BASE + CARD
export const CHART_CSS = PALETTE + CHART
