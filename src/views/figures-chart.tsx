// One report's figures as an SVG for <img src> on any site and inline on the page. Figures are grouped by what
// they measure; the bars of one panel share one scale, drawn as a visible axis; a panel with a lone figure shows
// a number, not a bar; the change since the previous report is set as large as the total.
import type { Child } from 'hono/jsx'
import type { Figure, Report } from '../domain/library'
import type { Theme } from '../site'
import { ChartFrame, type ChartParts } from './charts/chart-frame'
import { niceCeiling, ticks, wrapWords } from './charts/scale'
import { formatChange, formatDate, formatDateShort, formatFigure, formatNumber } from './format'
import { ROLE_LABELS } from './labels'

/** Width of the standalone image; inline, the chart is as wide as the column. */
export const FIGURES_CHART_WIDTH = 400
/** Right edge of the totals, in px from the chart's right edge: the changes are set right of it. */
const TOTAL_END = -64
/** Characters of a label line: it ends before the totals even in a 288 px column. */
const LABEL_CHARS = 22

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
  /** The data's credit and licence, when the report comes from a dataset. */
  credit?: string
  /** Unique among the charts of one page: prefixes the ids that <title>/<desc> are referenced by. */
  id?: string
  /** With its own stylesheet and words, for a standalone .svg or a PNG; inline, the page gives both. */
  standalone?: boolean
}

/** A share of the scale as a percentage of the chart's width. */
const pct = (value: number, top: number) => `${Math.round((value / top) * 10000) / 100}%`

export function figuresParts({ report, figures, site, credit }: FiguresChartProps): ChartParts {
  const since = figures.find((f) => f.changeSince)?.changeSince
  const sub = `Totals since the invasion began${report.dayOfWar === null ? '' : ` (day ${report.dayOfWar})`}${
    since ? `, and the change since the report of ${formatDateShort(since)}` : ''
  }. Bars in a panel share its scale.`

  // Panels by what is measured: personnel and equipment never share a scale.
  const groups = new Map<string, Figure[]>()
  for (const f of figures) groups.set(f.category.measure, [...(groups.get(f.category.measure) ?? []), f])

  const plot: Child[] = []
  let y = 0
  const text = (x: string, at: number, cls: string, content: string, end?: number) =>
    plot.push(
      <text
        x={x}
        dx={end || undefined}
        y={at}
        class={cls}
        text-anchor={end === undefined ? undefined : 'end'}
      >
        {content}
      </text>,
    )
  if (!figures.length) {
    y += 14
    text('0', y, 'label', 'No figures match the chosen categories.')
  }
  const changeHeading = since ? 'Change' : ''

  for (const [measure, group] of groups) {
    y += y ? 18 : 12
    text('0', y, 'group muted', measure.toUpperCase())
    if (group.length === 1) {
      // A lone figure has nothing to be compared with in its panel: a number says it better than a bar.
      const f = group[0] as Figure
      y += 20
      text('0', y, 'label', f.category.label)
      y += 32
      text('0', y, 'big', formatFigure(f))
      if (f.change !== null) {
        // Below the total, not beside it: both stay whole in the narrowest column.
        y += 20
        text('0', y, 'sub muted', since ? `Change since ${formatDateShort(since)}` : 'Change')
        y += 32
        text('0', y, 'big mark-text', formatChange(f.change))
      }
      y += 6
      continue
    }
    y += 16
    text('100%', y, 'sub muted', 'Total', TOTAL_END)
    if (changeHeading) text('100%', y, 'sub muted', changeHeading, 0)
    const top = niceCeiling(Math.max(...group.map((f) => f.value), 1))
    const bars: Child[] = []
    for (const f of group) {
      wrapWords(f.category.label, LABEL_CHARS).forEach((t, i) => {
        y += 17
        text('0', y, 'label', t)
        if (i === 0) {
          text('100%', y, 'value', formatFigure(f), TOTAL_END)
          if (f.change !== null) text('100%', y, 'value mark-text', formatChange(f.change), 0)
        }
      })
      y += 4
      bars.push(
        <rect class="bar" x="0" y={y} width={pct(f.value, top)} height={9} data-category={f.category.id} />,
      )
      y += 9
    }
    y += 4
    // The panel's one scale, as an axis under the bars: each bar's figure is written above it.
    for (const value of ticks(top)) {
      const x = pct(value, top)
      plot.push(
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
    plot.push(...bars, <line class="axis" x1="0" x2="100%" y1={y} y2={y} />)
    y += 14
  }

  return {
    title: `Russian losses according to ${report.source.shortName}, as of ${formatDate(report.date)}`,
    description: chartDescription(report, figures),
    notes: [sub],
    footnotes: [],
    key: [],
    credits: [
      `Source: ${report.source.name}, ${ROLE_LABELS[report.source.role]}; its claims, not independently verified. Figures as of ${formatDate(report.date)}.`,
      ...(credit ? [credit] : []),
      `Chart: ${site}.`,
    ],
    plotHeight: y + 4,
    plot,
  }
}

export function FiguresChart(props: FiguresChartProps) {
  const { theme, id = 'chart', standalone } = props
  return (
    <ChartFrame
      parts={figuresParts(props)}
      theme={theme}
      id={id}
      standalone={standalone}
      width={FIGURES_CHART_WIDTH}
    />
  )
}
