// The charts' one stylesheet, built from the site's palette (src/views/palette.ts). The theme is `data-theme` on the
// chart's <svg>, so one stylesheet (and one CSP hash) serves light, dark and auto, standalone or inline in a page.
// Colours are literal, not custom properties, because the PNG renderer (resvg) does not resolve var().
import { type Colours, PALETTE, PRINT, SANS } from '../palette'

/** The colour rules of one palette, each selector prefixed (e.g. by a theme's attribute selector). */
function colours(scope: string, p: Colours): string {
  const rules: [string, string][] = [
    ['.bg', `fill:${p.bg}`],
    ['text', `fill:${p.fg}`],
    ['.muted', `fill:${p.muted}`],
    ['.rule', `stroke:${p.rule}`],
    ['.axis', `stroke:${p.axis}`],
    ['.bar', `fill:${p.bar}`],
    ['.bars', `stroke:${p.bar}`],
    ['.held', `fill:${p.held}`],
    ['.mark', `fill:${p.mark}`],
    ['.mark-line', `stroke:${p.mark}`],
    ['.mark-text', `fill:${p.mark}`],
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
  '.chart .avg{fill:none;stroke-width:2;stroke-linejoin:round}',
  // One stroke per day, a day wide in a path stretched to the plot.
  '.chart .bars{fill:none}.chart .marks .bars{stroke-width:.75}',
  '.chart .rule,.chart .axis,.chart .mark-line{stroke-width:1;fill:none}',
].join('')

const AUTO_AND_PRINT = [
  `@media (prefers-color-scheme:dark){${colours('.chart[data-theme=auto]', PALETTE.dark)}}`,
  // On paper, whatever the screen's scheme or the chart's theme.
  `@media print{${colours('.chart[data-theme]', PRINT)}}`,
]

/** For a chart served on its own, in any theme. */
export const CHART_CSS = [
  LAYOUT,
  colours('.chart', PALETTE.light),
  colours('.chart[data-theme=dark]', PALETTE.dark),
  ...AUTO_AND_PRINT,
].join('\n')

/** For the charts inline in a page, always `auto`: the reader's scheme decides, and paper is light. */
export const INLINE_CHART_CSS = [LAYOUT, colours('.chart', PALETTE.light), ...AUTO_AND_PRINT].join('\n')
