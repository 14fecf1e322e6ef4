// The context chart: one category's claimed daily increase over a whole series, the article's day marked, a 7-day
// average beside it, the days the total was only "more than" a round number shaded, and the claimant and the
// data's credit with it.
import type { Child } from 'hono/jsx'
import type { Theme } from '../../site'
import { formatChange, formatDate, formatDateShort, formatMonth, formatNumber } from '../format'
import { ChartFrame, type ChartParts, creditLines, type KeyItem } from './chart-frame'
import { axisTop, listWords, r1, ticks, trailingMean } from './scale'

/**
 * One day of the series: the increase since the report before it (null when either report lacks the figure), the
 * total it reported, and whether that total was held at "more than" a round number, so that its rise of 0 is no
 * measurement.
 */
export type DailyIncrease = {
  date: string
  day: number
  increase: number | null
  total?: number | null
  held?: boolean
}

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
  /** With its own stylesheet and words, for a standalone .svg or a PNG; inline, the page gives both. */
  standalone?: boolean
}

export const CONTEXT_WIDTH = 400
/** Room left of the plot for the value axis's labels. */
export const VALUE_AXIS = 40
const PLOT_TOP = 40
const PLOT_HEIGHT = 170
const AVERAGE_DAYS = 7

type Known = DailyIncrease & { increase: number }

/** What the chart needs to say about its days, computed once for the drawing and for its words. */
function readSeries({ days, marked }: Pick<ContextChartProps, 'days' | 'marked'>) {
  const measured = days.filter((d): d is Known => d.increase !== null && !d.held)
  const top = axisTop(measured.map((d) => d.increase))
  const markedIndex = days.findIndex((d) => d.date === marked)
  // A held day's 0 is no measurement: the average is not drawn across it.
  const averages = trailingMean(
    days.map((d) => (d.held ? null : d.increase)),
    AVERAGE_DAYS,
  )
  const held = days.filter((d) => d.held).map((d) => d.date)
  // The first rise after a held run is counted from the held total, so it spans those days.
  const catchUps = days.filter((d, i) => !d.held && d.increase !== null && days[i - 1]?.held)
  return {
    measured,
    top,
    markedIndex,
    markedDay: days[markedIndex],
    averages,
    held,
    catchUps,
    clipped: measured.filter((d) => d.increase > top),
    blank: days.filter((d) => d.increase === null).map((d) => d.date),
  }
}

/** The sentences about gaps and held days, shared by the chart's notes and its text alternative. */
function gapSentences(days: DailyIncrease[], series: ReturnType<typeof readSeries>): string[] {
  const sentences: string[] = []
  const { blank, held, catchUps } = series
  if (blank.length === 1 && blank[0] === days[0]?.date)
    sentences.push(
      `The first report, ${formatDateShort(blank[0] as string)}, has no rise: there is no report before it.`,
    )
  else if (blank.length)
    sentences.push(
      `${blank.map(formatDateShort).join(', ')}: not reported, so no rise can be computed; left blank.`,
    )
  if (held.length) {
    const totals = [...new Set(days.filter((d) => d.held && d.total != null).map((d) => d.total as number))]
    sentences.push(
      `On ${held.length} days from ${formatDateShort(held[0] as string)} to ${formatDateShort(held.at(-1) as string)} (shaded) the total was given only as “more than” ${totals.map(formatNumber).join(', then ')}, so no daily rise can be read and the ${AVERAGE_DAYS}-day average is not drawn across ${held.length === 1 ? 'it' : 'them'}.`,
    )
    const spans = catchUps.map((d) => `${formatDateShort(d.date)} (${formatChange(d.increase as number)})`)
    if (spans.length)
      sentences.push(
        `The ${spans.length === 1 ? 'rise' : 'rises'} on ${listWords(spans, 'and')} ${spans.length === 1 ? 'is' : 'are'} counted from the total held before, so ${spans.length === 1 ? 'it spans' : 'each spans'} several days.`,
      )
  }
  return sentences
}

/** Key numbers in words: the chart's <desc>, and the alt text of its PNG. */
export function contextDescription(
  props: Pick<ContextChartProps, 'days' | 'marked' | 'subject' | 'claimant'>,
) {
  const { days, marked, subject, claimant } = props
  const series = readSeries(props)
  const { measured, markedDay, clipped, top } = series
  const markedAverage = series.averages[series.markedIndex]
  const sorted = measured.map((d) => d.increase).sort((a, b) => a - b)
  const median = sorted[Math.floor((sorted.length - 1) / 2)]
  const largest = measured.reduce<Known | undefined>(
    (best, d) => (best && best.increase >= d.increase ? best : d),
    undefined,
  )
  const first = days[0]
  const last = days.at(-1)
  return [
    `Column chart of the daily rise in Russian ${subject} claimed by ${claimant}`,
    first && last
      ? `, one column per report from ${formatDate(first.date)} to ${formatDate(last.date)}.`
      : '.',
    markedDay?.increase != null
      ? ` On ${formatDate(marked)}, the day the article reports, the claimed total rose by ${formatNumber(markedDay.increase)}${
          markedAverage != null
            ? `; the ${AVERAGE_DAYS}-day average that day was ${formatNumber(Math.round(markedAverage))}.`
            : '.'
        }`
      : '',
    median !== undefined ? ` The median day in the series added ${formatNumber(median)}` : '',
    largest
      ? `; the largest rise, ${formatNumber(largest.increase)}, was on ${formatDate(largest.date)}.`
      : '.',
    ...gapSentences(days, series).map((s) => ` ${s}`),
    clipped.length ? ` ${cutOffSentence(clipped, top)}` : '',
    ' These are claims by a party to the war and have not been independently verified.',
  ].join('')
}

const cutOffSentence = (clipped: Known[], top: number) =>
  `Columns above ${formatNumber(top)} are cut off at the top: ${listWords(
    clipped.map((d) => `${formatDateShort(d.date)} ${formatChange(d.increase)}`),
    'and',
  )}.`

/** `i` of `n` as a percentage of the plot's width, to a hundredth. */
const at = (i: number, n: number) => `${Math.round((i / n) * 10000) / 100}%`

export type SeriesPlotOptions = Pick<ContextChartProps, 'days' | 'marked' | 'id'> & {
  /** Px from the plot's top to its top gridline: room above for the marked day's label. */
  plotTop: number
  height: number
  /** Label only the axis's ends (0 and its top), as a small panel does; else about four round values. */
  endsOnly?: boolean
  /** Draw the 7-day average. */
  average?: boolean
  /** Name only these months (MM); the others get a tick. Without it, every month, every other one `minor`. */
  named?: string[]
}

/**
 * A daily series drawn in CSS px down and percentages across (see chart-frame.tsx): the value axis's labels left of
 * it at negative x, its columns as one stretched path, the held days shaded, cut-off columns topped by a triangle,
 * the article's day 3 px wide with its label on a leader above the plot, and the months along the bottom.
 */
export function seriesPlot(options: SeriesPlotOptions): Child[] {
  const { days, marked, id, plotTop, height, endsOnly, named } = options
  const { top, markedIndex, markedDay, averages, clipped } = readSeries(options)
  const n = Math.max(days.length, 1)
  const y = (v: number) => r1(height - (Math.min(v, top) / top) * height)
  const tickValues = endsOnly ? [0, top] : ticks(top)
  const plot: Child[] = [
    <defs>
      <path id={`${id}-cut`} d="M-3 0h6l-3 -5z" />
    </defs>,
  ]
  for (const value of tickValues)
    plot.push(
      <text x={-4} y={r1(plotTop + y(value) + 4)} class="tick muted" text-anchor="end" data-value={value}>
        {formatNumber(value)}
      </text>,
    )
  let run = -1
  days.forEach((d, i) => {
    if (d.held && run < 0) run = i
    if (run >= 0 && !days[i + 1]?.held) {
      plot.push(<rect class="held" x={at(run, n)} y={plotTop} width={at(i + 1 - run, n)} height={height} />)
      run = -1
    }
  })
  for (const value of tickValues) {
    const ty = r1(plotTop + y(value))
    plot.push(<line class={value === 0 ? 'axis' : 'rule'} x1="0" x2="100%" y1={ty} y2={ty} />)
  }
  // The columns, one stroke each in a path stretched to the plot: a day is one unit wide, a unit down is a pixel.
  // Each goes up from the baseline by its height in whole pixels, then the pen steps right and back down.
  let columns = `M-.5 ${height}`
  let step = 1
  let down = 0
  days.forEach((d, i) => {
    const rise = d.increase === null || i === markedIndex ? 0 : Math.round(height - y(d.increase))
    if (rise <= 0) {
      step++
      return
    }
    columns += `m${step} ${down}v-${rise}`
    step = 1
    down = rise
  })
  let average = ''
  if (options.average)
    averages.forEach((a, i) => {
      if (a !== null) average += `${averages[i - 1] == null ? 'M' : 'L'}${i + 0.5} ${y(a)}`
    })
  plot.push(
    <svg
      class="marks"
      y={plotTop}
      width="100%"
      height={height}
      viewBox={`0 0 ${n} ${height}`}
      preserveAspectRatio="none"
      aria-hidden="true"
    >
      <path class="bars" d={columns} data-columns={days.length} />
      {/* The line keeps its width however the plot stretches (an attribute: HTML validators lack the property). */}
      {average && <path class="avg" d={average} vector-effect="non-scaling-stroke" />}
    </svg>,
  )
  for (const d of clipped)
    plot.push(
      <use
        href={`#${id}-cut`}
        class="bar"
        x={at(days.indexOf(d) + 0.5, n)}
        y={plotTop - 1}
        data-clipped={d.date}
      />,
    )
  if (markedDay && markedDay.increase !== null) {
    const x = at(markedIndex + 0.5, n)
    const barTop = r1(plotTop + y(markedDay.increase))
    const end = markedIndex > n / 2
    plot.push(
      <rect
        class="mark"
        x={x}
        y={barTop}
        width={3}
        height={r1(plotTop + height - barTop)}
        transform="translate(-1.5 0)"
        data-date={markedDay.date}
      />,
      <line class="mark-line" x1={x} x2={x} y1={plotTop - 14} y2={r1(barTop - 2)} />,
      <text
        x={x}
        dx={end ? 1.5 : -1.5}
        y={plotTop - 17}
        class="mark-label mark-text"
        text-anchor={end ? 'end' : 'start'}
        data-marked={marked}
      >
        {`${formatDateShort(marked)}: ${formatChange(markedDay.increase)}`}
      </text>,
    )
  }
  // Months along the time axis, at the first report of each; the last, often partial, ends at the axis's end.
  const bottom = plotTop + height
  const starts = days.flatMap((d, i) =>
    days[i - 1]?.date.slice(0, 7) !== d.date.slice(0, 7) && (i > 0 || Number(d.date.slice(8, 10)) <= 3)
      ? [i]
      : [],
  )
  starts.forEach((i, k) => {
    const date = (days[i] as DailyIncrease).date
    const lastMonth = k === starts.length - 1 && i > n * 0.9
    plot.push(<line class="axis" x1={at(i, n)} x2={at(i, n)} y1={bottom} y2={bottom + 4} />)
    if (named && !named.includes(date.slice(5, 7))) return
    plot.push(
      <text
        x={lastMonth ? '100%' : at(i, n)}
        y={bottom + 16}
        class={!named && (starts.length - 1 - k) % 2 ? 'tick muted minor' : 'tick muted'}
        text-anchor={lastMonth ? 'end' : undefined}
      >
        {formatMonth(date)}
      </text>,
    )
  })
  return plot
}

/** The chart's title, words, key and plot. */
export function contextParts(props: Omit<ContextChartProps, 'theme' | 'standalone'>): ChartParts {
  const { days, marked, subject, claimant, credit, site, id } = props
  const series = readSeries(props)
  const { top, clipped } = series
  const first = days[0]
  const last = days.at(-1)
  const span = first && last ? `${formatDateShort(first.date)} to ${formatDate(last.date)}` : ''
  const plot: Child[] = [
    <text x={-VALUE_AXIS} y={12} class="tick muted">
      {`${subject[0]?.toUpperCase()}${subject.slice(1)} per day`}
    </text>,
    ...seriesPlot({ days, marked, id, plotTop: PLOT_TOP, height: PLOT_HEIGHT, average: true }),
  ]
  const bottom = PLOT_TOP + PLOT_HEIGHT

  const key: KeyItem[] = [
    { mark: 'bar', label: 'one daily report' },
    { mark: 'avg', label: `${AVERAGE_DAYS}-day average` },
    ...(series.held.length ? [{ mark: 'held' as const, label: 'total only “more than”' }] : []),
  ]
  return {
    title: `Russian ${subject} per day, as claimed by ${claimant}`,
    description: contextDescription(props),
    notes: [
      `Rise in the claimed total from one daily report to the next, ${span}. Line: ${AVERAGE_DAYS}-day average.`,
    ],
    footnotes: [...(clipped.length ? [cutOffSentence(clipped, top)] : []), ...gapSentences(days, series)],
    inset: VALUE_AXIS,
    key,
    credits: creditLines({ claimant, credit, site }),
    plotHeight: bottom + 22,
    plot,
  }
}

export function ContextChart(props: ContextChartProps) {
  const { theme, id, standalone } = props
  const parts = contextParts(props)
  return <ChartFrame {...{ parts, theme, id, standalone, width: CONTEXT_WIDTH }} />
}
