// The stylesheets as served: the palette first, then the page's, the card's or the charts' own rules. Each is
// inlined (no second request) and allowed by its hash in the CSP (src/http/security.ts).
import CARD from '../static/card.css'
import CHART from '../static/chart.css'
import PAGE from '../static/page.css'
import PALETTE from '../static/palette.css'

export const PAGE_CSS = PALETTE + PAGE
export const CARD_CSS = PALETTE + CARD
export const CHART_CSS = PALETTE + CHART
