// One report's figures as an SVG for <img src> on any site and inline on the page. Figures are grouped by what
// they measure; the bars of one panel share one scale, drawn as a visible axis; a panel with a lone figure shows
// a number, not a bar; the change since the previous report is set as large as the total.
import type { Child } from 'hono/jsx'
import type { Figure, Report } from '../domain/library'
import type { Theme } from '../site'
import { ChartFrame } from './charts/chart-frame'
import { niceCeiling, r1, ticks, wrapWords } from './charts/scale'
import { formatChange, formatDate, formatDateShort, formatFigure, formatNumber } from './format'
import { ROLE_LABELS } from './labels'

/** Width of the drawing in SVG units; text sizes are chosen so it is still legible scaled to 320 px. */
const WIDTH = 400
const PAD = 12
const RIGHT = WIDTH - PAD
/** Right edges of the total and change columns. */
const TOTAL_X = 316
const CHANGE_X = RIGHT

/** The chart's alt text: everything it shows, in words. */
function chartDescription(report: Report, figures: Figure[]): string {
  const since = figures.find((f) => f.changeSince)?.changeSince
  const who = `${report.source.shortName}, ${ROLE_LABELS[report.source.role]}`
  const day = report.dayOfWar === null ? '' : ` (day ${report.dayOfWar} of the war)`
  const items = figures.map((f) => {
    const change =
      f.change === null
        ? ''
        : f.change === 0
          ? ', unchanged'
          : `, ${f.change > 0 ? 'up' : 'down'} ${formatNumber(Math.abs(f.change))}`
    return `${f.category.label}: ${formatFigure(f)}${change}.`
  })
  return [
    `Chart of Russian losses since the invasion began, as claimed by ${who}, in its report of ${formatDate(report.date)}${day}`,
    since ? `, with the change since its report of ${formatDate(since)}.` : '.',
    figures.length ? ` ${items.join(' ')}` : ' No figures match the chosen categories.',
    ' Bars of one panel share one scale; personnel and equipment are drawn apart.',
    ' These are claims by a party to the war and have not been independently verified.',
  ].join('')
}

export type FiguresChartProps = {
  report: Report
  figures: Figure[]
  theme: Theme
  site: string
  /** Unique among the charts of one page: prefixes the ids that <title>/<desc> are referenced by. */
  id?: string
  /** With its own stylesheet, for a standalone .svg or a PNG; inline in a page, the page's stylesheet applies. */
  standalone?: boolean
}

export function FiguresChart({ report, figures, theme, site, id = 'chart', standalone }: FiguresChartProps) {
  const title = `Russian losses according to ${report.source.shortName}, as of ${formatDate(report.date)}`
  const since = figures.find((f) => f.changeSince)?.changeSince
  const sub = `Totals since the invasion began${report.dayOfWar === null ? '' : ` (day ${report.dayOfWar})`}${
    since ? `, and the change since the report of ${formatDateShort(since)}` : ''
  }. Bars in a panel share its scale.`
  const foot = `Source: ${report.source.name}, ${ROLE_LABELS[report.source.role]}; its claims, not independently verified. Figures as of ${formatDate(report.date)}.`

  // Panels by what is measured: personnel and equipment never share a scale.
  const groups = new Map<string, Figure[]>()
  for (const f of figures) groups.set(f.category.measure, [...(groups.get(f.category.measure) ?? []), f])

  const parts: Child[] = []
  let y = PAD
  const text = (x: number, at: number, cls: string, content: string, anchor?: 'end') =>
    parts.push(
      <text x={x} y={at} class={cls} text-anchor={anchor}>
        {content}
      </text>,
    )
  const line = (content: string, cls: string, size: number, gap = 4) => {
    y += size
    text(PAD, y, cls, content)
    y += gap
  }
  for (const t of wrapWords(title, 42)) line(t, 'title', 17)
  for (const t of wrapWords(sub, 62)) line(t, 'sub muted', 12)
  if (!figures.length) {
    y += 12
    line('No figures match the chosen categories.', 'label', 14)
  }
  const changeHeading = since ? 'Change' : ''

  for (const [measure, group] of groups) {
    y += 18
    text(PAD, y, 'group muted', measure.toUpperCase())
    if (group.length === 1) {
      // A lone figure has nothing to be compared with in its panel: a number says it better than a bar.
      const f = group[0] as Figure
      y += 20
      text(PAD, y, 'label', f.category.label)
      if (f.change !== null) text(CHANGE_X, y, 'sub muted', changeHeading, 'end')
      y += 32
      text(PAD, y, 'big', formatFigure(f))
      if (f.change !== null) text(CHANGE_X, y, 'big mark-text', formatChange(f.change), 'end')
      y += 6
      continue
    }
    y += 16
    text(TOTAL_X, y, 'sub muted', 'Total', 'end')
    if (changeHeading) text(CHANGE_X, y, 'sub muted', changeHeading, 'end')
    const top = niceCeiling(Math.max(...group.map((f) => f.value), 1))
    const xOf = (v: number) => PAD + (v / top) * (RIGHT - PAD)
    const bars: Child[] = []
    for (const f of group) {
      const labels = wrapWords(f.category.label, 34)
      labels.forEach((t, i) => {
        y += 17
        text(PAD, y, 'label', t)
        if (i === 0) {
          text(TOTAL_X, y, 'value', formatFigure(f), 'end')
          if (f.change !== null) text(CHANGE_X, y, 'value mark-text', formatChange(f.change), 'end')
        }
      })
      y += 4
      // The scale's gridlines cross the bars only, so they never run through the figures written above them.
      for (const value of ticks(top)) {
        const x = r1(xOf(value))
        bars.push(<line class={value ? 'rule' : 'axis'} x1={x} x2={x} y1={y - 2} y2={y + 11} />)
      }
      bars.push(
        <rect
          class="bar"
          x={PAD}
          y={y}
          width={r1(xOf(f.value) - PAD)}
          height={9}
          data-category={f.category.id}
        />,
      )
      y += 9
    }
    y += 4
    // The panel's one scale, as gridlines behind the bars and an axis under them.
    for (const value of ticks(top)) {
      const x = r1(xOf(value))
      parts.push(
        <line class="axis" x1={x} x2={x} y1={y} y2={y + 3} />,
        <text
          x={x}
          y={y + 14}
          class="tick muted"
          text-anchor={value === 0 ? undefined : value === top ? 'end' : 'middle'}
          data-value={value}
        >
          {formatNumber(value)}
        </text>,
      )
    }
    parts.push(...bars, <line class="axis" x1={PAD} x2={RIGHT} y1={y} y2={y} />)
    y += 14
  }
  y += 10
  parts.push(<line class="rule" x1={PAD} x2={RIGHT} y1={y} y2={y} />)
  y += 2
  for (const t of wrapWords(foot, 64)) line(t, 'foot muted', 12)
  line(site, 'foot', 12)
  const height = Math.ceil(y + PAD - 4)

  const description = chartDescription(report, figures)
  return (
    <ChartFrame {...{ width: WIDTH, height, theme, id, title, description, standalone }}>{parts}</ChartFrame>
  )
}
