// The charts' one stylesheet, built from the site's palette (src/views/palette.ts). The theme is `data-theme` on the
// chart's <svg>, so one stylesheet (and one CSP hash) serves light, dark and auto, standalone or inline in a page.
// Colours are literal, not custom properties, because the PNG renderer (resvg) does not resolve var().
import { type Colours, PALETTE, SANS } from '../palette'

/** The colour rules of one palette, each selector prefixed (e.g. by a theme's attribute selector). */
function colours(scope: string, p: Colours): string {
  const rules: [string, string][] = [
    ['.bg', `fill:${p.bg}`],
    ['text', `fill:${p.fg}`],
    ['.muted', `fill:${p.muted}`],
    ['.rule', `stroke:${p.rule}`],
    ['.axis', `stroke:${p.axis}`],
    ['.bar', `fill:${p.bar}`],
    ['.mark', `fill:${p.accent}`],
    ['.mark-line', `stroke:${p.accent}`],
    ['.mark-text', `fill:${p.accent}`],
    ['.avg', `stroke:${p.fg}`],
  ]
  return rules.map(([selector, declaration]) => `${scope} ${selector}{${declaration}}`).join('')
}

/** Shapes and type; the same in every theme. */
const LAYOUT = [
  // Source Sans 3 is the font the PNGs are drawn with; a browser without it uses the reader's system font.
  `.chart{font-family:"Source Sans 3",${SANS}}`,
  '.chart .title{font-size:17px;font-weight:700}',
  '.chart .sub,.chart .foot,.chart .tick{font-size:12px}',
  '.chart .group{font-size:12px;font-weight:700;letter-spacing:.04em}',
  '.chart .label,.chart .value{font-size:14px}',
  '.chart .value,.chart .tick{font-variant-numeric:tabular-nums}',
  '.chart .value{font-weight:600}',
  '.chart .big{font-size:30px;font-weight:700;font-variant-numeric:tabular-nums}',
  '.chart .mark-label{font-size:13px;font-weight:700}',
  '.chart .avg{fill:none;stroke-width:1.6;stroke-linejoin:round}',
  '.chart .rule,.chart .axis,.chart .mark-line{stroke-width:1;fill:none}',
].join('')

export const CHART_CSS = [
  LAYOUT,
  colours('.chart', PALETTE.light),
  colours('.chart[data-theme=dark]', PALETTE.dark),
  `@media (prefers-color-scheme:dark){${colours('.chart[data-theme=auto]', PALETTE.dark)}}`,
].join('\n')
