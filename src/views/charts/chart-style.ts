// The charts' one stylesheet, built from a table of two palettes. The theme is `data-theme` on the chart's <svg>,
// so one stylesheet (and one CSP hash) serves light, dark and auto, standalone or inline in a page. Colours are
// literal, not custom properties, because the PNG renderer (resvg) does not resolve var().

export const CHART_THEMES = ['light', 'dark', 'auto'] as const
export type ChartTheme = (typeof CHART_THEMES)[number]

/** What each part of a chart is painted with. Text 4.5:1 and marks 3:1 or more on `bg` (tests/contrast.test.ts). */
export const CHART_PALETTES = {
  light: {
    bg: '#ffffff',
    text: '#1a1a1a',
    muted: '#555555',
    rule: '#d0d0d0',
    axis: '#767676',
    bar: '#7b8794',
    mark: '#0b57d0',
    line: '#1a1a1a',
  },
  dark: {
    bg: '#121212',
    text: '#ececec',
    muted: '#b0b0b0',
    rule: '#3a3a3a',
    axis: '#8c8c8c',
    bar: '#8d99a6',
    mark: '#8ab4f8',
    line: '#ececec',
  },
} as const

type Palette = Record<keyof (typeof CHART_PALETTES)['light'], string>

/** The colour rules of one palette, each selector prefixed (e.g. by a theme's attribute selector). */
function colours(scope: string, p: Palette): string {
  const rules: [string, string][] = [
    ['.bg', `fill:${p.bg}`],
    ['text', `fill:${p.text}`],
    ['.muted', `fill:${p.muted}`],
    ['.rule', `stroke:${p.rule}`],
    ['.axis', `stroke:${p.axis}`],
    ['.bar', `fill:${p.bar}`],
    ['.mark', `fill:${p.mark}`],
    ['.mark-line', `stroke:${p.mark}`],
    ['.mark-text', `fill:${p.mark}`],
    ['.avg', `stroke:${p.line}`],
  ]
  return rules.map(([selector, declaration]) => `${scope} ${selector}{${declaration}}`).join('')
}

/** Shapes and type; the same in every theme. */
const LAYOUT = [
  '.chart{font-family:"Source Sans 3",system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}',
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
  colours('.chart', CHART_PALETTES.light),
  colours('.chart[data-theme=dark]', CHART_PALETTES.dark),
  `@media (prefers-color-scheme:dark){${colours('.chart[data-theme=auto]', CHART_PALETTES.dark)}}`,
].join('\n')
