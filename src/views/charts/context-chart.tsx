// The context chart: one category's claimed daily increase over a whole series, the article's day marked, a 7-day
// average beside it, gaps where a day has no figure, and the claimant and the data's credit on the graphic itself.
import type { Child } from 'hono/jsx'
import type { Theme } from '../../site'
import { formatChange, formatDate, formatDateShort, formatMonth, formatNumber } from '../format'
import { ChartFrame, writeCredits } from './chart-frame'
import { axisTop, r1, ticks, trailingMean, wrapWords } from './scale'

/** One day of the series: the increase since the report before it, or null when either report lacks the figure. */
export type DailyIncrease = { date: string; day: number; increase: number | null }

export type ContextChartProps = {
  /** Oldest first, one entry per report. */
  days: DailyIncrease[]
  /** The date the article reports; its bar is marked and labelled. */
  marked: string
  /** What is counted, in the reader's words: "personnel losses". */
  subject: string
  /** Who claims the figures: "Ukraine's General Staff". */
  claimant: string
  /** The data's credit line, licence included. */
  credit: string
  site: string
  /** The dataset the series comes from: its data is linked from the chart. */
  datasetId: string
  theme: Theme
  /** Unique among the charts of one page: prefixes the ids that <title>/<desc> are referenced by. */
  id: string
  /** With its own stylesheet, for a standalone .svg or a PNG; inline in a page, the page's stylesheet applies. */
  standalone?: boolean
}

export const CONTEXT_WIDTH = 400
const PAD = 12
const PLOT_LEFT = 44
const PLOT_RIGHT = CONTEXT_WIDTH - PAD
const PLOT_HEIGHT = 170
const AVERAGE_DAYS = 7

/** Key numbers in words: the chart's <desc>, and the alt text of its PNG. */
export function contextDescription(props: ContextChartProps): string {
  const { days, marked, subject, claimant } = props
  const known = days.filter((d): d is DailyIncrease & { increase: number } => d.increase !== null)
  const markedDay = days.find((d) => d.date === marked)
  const averages = trailingMean(
    days.map((d) => d.increase),
    AVERAGE_DAYS,
  )
  const markedAverage = averages[days.findIndex((d) => d.date === marked)]
  const sorted = known.map((d) => d.increase).sort((a, b) => a - b)
  const median = sorted[Math.floor((sorted.length - 1) / 2)]
  const largest = known.reduce<(typeof known)[number] | undefined>(
    (best, d) => (best && best.increase >= d.increase ? best : d),
    undefined,
  )
  const first = days[0]
  const last = days.at(-1)
  const missing = days.length - known.length
  return [
    `Column chart of the daily increase in Russian ${subject} claimed by ${claimant}`,
    first && last
      ? `, one column per report from ${formatDate(first.date)} to ${formatDate(last.date)}.`
      : '.',
    markedDay?.increase != null
      ? ` On ${formatDate(marked)}, the day the article reports, the claimed total rose by ${formatNumber(markedDay.increase)}`
      : '',
    markedDay?.increase != null && markedAverage != null
      ? `; the ${AVERAGE_DAYS}-day average that day was ${formatNumber(Math.round(markedAverage))}.`
      : markedDay?.increase != null
        ? '.'
        : '',
    median !== undefined ? ` The median day in the series added ${formatNumber(median)}` : '',
    largest
      ? `; the largest rise, ${formatNumber(largest.increase)}, was on ${formatDate(largest.date)}.`
      : '',
    missing ? ` ${missing} ${missing === 1 ? 'day has' : 'days have'} no figure and are left blank.` : '',
    ' These are claims by a party to the war and have not been independently verified.',
  ].join('')
}

export function ContextChart(props: ContextChartProps) {
  const { days, marked, subject, claimant, credit, site, theme, id, standalone } = props
  const title = `Russian ${subject} per day, as claimed by ${claimant}`
  const first = days[0]
  const last = days.at(-1)
  const span = first && last ? `${formatDateShort(first.date)} to ${formatDate(last.date)}` : ''
  const values = days.map((d) => d.increase)
  const top = axisTop(values.filter((v): v is number => v !== null))
  const clipped = days.filter((d) => d.increase !== null && d.increase > top)
  const markedDay = days.find((d) => d.date === marked)

  const parts: Child[] = []
  let y = PAD
  const line = (text: string, cls: string, size: number, gap = 4) => {
    y += size
    parts.push(
      <text x={PAD} y={y} class={cls}>
        {text}
      </text>,
    )
    y += gap
  }
  for (const text of wrapWords(title, 42)) line(text, 'title', 17)
  const sub = `Rise in the claimed total from one daily report to the next, ${span}. Line: ${AVERAGE_DAYS}-day average.`
  for (const text of wrapWords(sub, 62)) line(text, 'sub muted', 12)
  if (clipped.length) {
    const list = clipped
      .map((d) => `${formatDateShort(d.date)} ${formatChange(d.increase as number)}`)
      .join(', ')
    for (const text of wrapWords(`Columns cut off at the top: ${list}.`, 62)) line(text, 'sub muted', 12)
  }

  // The unit sits above the value axis, where the eye starts reading it.
  y += 12
  parts.push(
    <text x={PAD} y={y} class="tick muted">
      {`${subject[0]?.toUpperCase()}${subject.slice(1)} per day`}
    </text>,
  )
  y += 10
  const plotTop = y
  const plotBottom = plotTop + PLOT_HEIGHT
  const yOf = (v: number) => plotBottom - (Math.min(v, top) / top) * PLOT_HEIGHT
  const step = (PLOT_RIGHT - PLOT_LEFT) / Math.max(days.length, 1)
  const xOf = (i: number) => PLOT_LEFT + i * step
  const barWidth = r1(Math.max(step * 0.75, 0.5))

  for (const value of ticks(top)) {
    const ty = r1(yOf(value))
    parts.push(
      <line class={value === 0 ? 'axis' : 'rule'} x1={PLOT_LEFT} x2={PLOT_RIGHT} y1={ty} y2={ty} />,
      <text x={PLOT_LEFT - 4} y={r1(ty + 4)} class="tick muted" text-anchor="end" data-value={value}>
        {formatNumber(value)}
      </text>,
    )
  }

  days.forEach((d, i) => {
    if (d.increase === null) return
    const x = r1(xOf(i))
    const barTop = r1(yOf(d.increase))
    const height = r1(plotBottom - barTop)
    parts.push(
      <rect
        class={d.date === marked ? 'mark' : 'bar'}
        x={x}
        y={barTop}
        width={barWidth}
        height={height}
        data-date={d.date}
      />,
    )
    if (d.increase > top) {
      const cx = x + barWidth / 2
      parts.push(<path class="bar" d={`M${r1(cx - 3)} ${r1(plotTop - 1)}h6l-3 -5z`} data-clipped={d.date} />)
    }
  })

  const averages = trailingMean(values, AVERAGE_DAYS)
  let path = ''
  let drawing = false
  averages.forEach((a, i) => {
    if (a === null) {
      drawing = false
      return
    }
    path += `${drawing ? 'L' : 'M'}${r1(xOf(i) + barWidth / 2)} ${r1(yOf(a))}`
    drawing = true
  })
  if (path) parts.push(<path class="avg" d={path} />)

  // The article's day: its column in the accent colour, and a label on a leader line above the data.
  const markedIndex = days.findIndex((d) => d.date === marked)
  if (markedDay && markedDay.increase !== null) {
    const cx = r1(xOf(markedIndex) + barWidth / 2)
    const barTop = yOf(markedDay.increase)
    const labelY = r1(Math.max(plotTop + 14, Math.min(barTop - 26, plotTop + PLOT_HEIGHT * 0.25)))
    const anchor = cx > CONTEXT_WIDTH / 2 ? 'end' : 'start'
    const labelX = anchor === 'end' ? cx + 2 : cx - 2
    parts.push(
      <line class="mark-line" x1={cx} x2={cx} y1={r1(labelY + 4)} y2={r1(barTop - 2)} />,
      <text x={labelX} y={labelY} class="mark-label mark-text" text-anchor={anchor} data-marked={marked}>
        {`${formatDateShort(marked)}: ${formatChange(markedDay.increase)}`}
      </text>,
    )
  }

  // Months along the time axis, at the first report of each.
  y = plotBottom
  days.forEach((d, i) => {
    const dayOfMonth = Number(d.date.slice(8, 10))
    const previous = days[i - 1]
    if (previous && previous.date.slice(0, 7) === d.date.slice(0, 7)) return
    if (i > 0 || dayOfMonth <= 3) {
      const x = r1(xOf(i))
      parts.push(
        <line class="axis" x1={x} x2={x} y1={plotBottom} y2={plotBottom + 4} />,
        <text x={x} y={plotBottom + 16} class="tick muted">
          {formatMonth(d.date)}
        </text>,
      )
    }
  })
  y += 16
  if (first) {
    y += 14
    parts.push(
      <text x={PLOT_RIGHT} y={y} class="tick muted" text-anchor="end">
        {`Date of report, ${first.date.slice(0, 4)}`}
      </text>,
    )
  }
  y += 10
  parts.push(<line class="rule" x1={PAD} x2={CONTEXT_WIDTH - PAD} y1={y} y2={y} />)
  y += 2
  // The key, drawn with the marks it explains.
  y += 12
  parts.push(
    <rect class="bar" x={PAD} y={y - 9} width={4} height={10} />,
    <text x={PAD + 8} y={y} class="foot muted">
      one daily report
    </text>,
    <path class="avg" d={`M${PAD + 112} ${y - 4}h16`} />,
    <text x={PAD + 132} y={y} class="foot muted">
      {`${AVERAGE_DAYS}-day average`}
    </text>,
  )
  y += 4
  writeCredits(line, { claimant, credit, site })
  const height = Math.ceil(y + PAD - 4)

  const description = contextDescription(props)
  return (
    <ChartFrame {...{ width: CONTEXT_WIDTH, height, theme, id, title, description, standalone }}>
      {parts}
    </ChartFrame>
  )
}
