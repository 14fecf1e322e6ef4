// The stylesheets as served: the palette first, then what pages and cards share, then each one's own rules. Each is
// inlined (no second request) and allowed by its hash in the CSP (src/http/security.ts). The charts' rules come
// with the page's, so a chart inline in a page needs no style of its own. The files are src/static/*.css, minified
// by the build (scripts/build-styles.ts, `npm run assets`) before wrangler bundles them.
import BASE from '../../build/styles/base.css'
import CARD from '../../build/styles/card.css'
import PAGE from '../../build/styles/page.css'
import { INLINE_CHART_CSS } from './charts/chart-style'
import { PALETTE_CSS } from './palette'

export const PAGE_CSS = `${PALETTE_CSS}\n${BASE + PAGE}${INLINE_CHART_CSS}\n`
export const CARD_CSS = `${PALETTE_CSS}\n${BASE + CARD}`
