// Small multiples: the claimed daily rise in each piece of equipment the article quotes, one panel each, so the
// shape of every series can be compared with the article's day marked in all of them. Drawn as an image, at
// 400 px; the page links it rather than showing it inline.
import type { Child } from 'hono/jsx'
import type { Theme } from '../../site'
import { formatChange, formatDate, formatDateShort, formatMonth, formatNumber } from '../format'
import { ChartFrame, type ChartParts, creditLines } from './chart-frame'
import type { DailyIncrease } from './context-chart'
import { axisTop, listWords, r1, wrapWords } from './scale'

export type Panel = { key: string; label: string; days: DailyIncrease[] }

export type SmallMultiplesProps = {
  panels: Panel[]
  marked: string
  claimant: string
  credit: string
  site: string
  theme: Theme
  id: string
  standalone?: boolean
}

const WIDTH = 400
const INNER = WIDTH - 24
const GAP = 20
const COLUMNS = 2
const PANEL_WIDTH = (INNER - GAP * (COLUMNS - 1)) / COLUMNS
const PLOT_LEFT = 26
const PLOT_TOP = 40
const PLOT_HEIGHT = 56
/** Months labelled on each panel's time axis; the others get a tick. */
const LABELLED_MONTHS = ['03', '06', '09']

/** Key numbers in words: each panel's rise on the article's day and its largest. */
export function smallMultiplesDescription({ panels, marked, claimant }: SmallMultiplesProps): string {
  const items = panels.map(({ label, days }) => {
    const day = days.find((d) => d.date === marked)?.increase
    const largest = days.reduce<DailyIncrease | undefined>(
      (best, d) => (d.increase !== null && (best?.increase ?? -1) < d.increase ? d : best),
      undefined,
    )
    return `${label}: ${day == null ? 'no figure' : `up ${formatNumber(day)}`} on ${formatDate(marked)}${
      largest
        ? `; the largest rise, ${formatNumber(largest.increase as number)}, on ${formatDate(largest.date)}`
        : ''
    }.`
  })
  return `Small multiples of the daily rise in Russian equipment losses claimed by ${claimant}, one panel per category the article quotes, each on its own scale. ${items.join(' ')} These are claims by a party to the war and have not been independently verified.`
}

/** One panel at (left, top): its label, the article's day, its axis and columns; returns its height. */
function drawPanel(panel: Panel, marked: string, left: number, top0: number, into: Child[]): number {
  const { days } = panel
  const known = days.map((d) => d.increase).filter((v): v is number => v !== null)
  const top = axisTop(known)
  const plotTop = top0 + PLOT_TOP
  const bottom = plotTop + PLOT_HEIGHT
  const plotLeft = left + PLOT_LEFT
  const step = (PANEL_WIDTH - PLOT_LEFT) / Math.max(days.length, 1)
  const xOf = (i: number) => r1(plotLeft + (i + 0.5) * step)
  const yOf = (v: number) => r1(bottom - (Math.min(v, top) / top) * PLOT_HEIGHT)
  const markedIndex = days.findIndex((d) => d.date === marked)
  const markedRise = days[markedIndex]?.increase
  const right = left + PANEL_WIDTH
  let columns = ''
  days.forEach((d, i) => {
    if (d.increase !== null && d.increase > 0 && i !== markedIndex)
      columns += `M${xOf(i)} ${bottom}V${yOf(d.increase)}`
  })
  into.push(
    <text x={left} y={top0 + 14} class="label" data-panel-label={panel.key}>
      {panel.label}
    </text>,
    <text x={right} y={top0 + 30} class="sub mark-text" text-anchor="end">
      {markedRise == null
        ? `${formatDateShort(marked)}: no figure`
        : `${formatDateShort(marked)}: ${formatChange(markedRise)}`}
    </text>,
    <line class="rule" x1={plotLeft} x2={right} y1={plotTop} y2={plotTop} />,
    <text x={plotLeft - 3} y={plotTop + 4} class="tick muted" text-anchor="end" data-panel-top={top}>
      {formatNumber(top)}
    </text>,
    <text x={plotLeft - 3} y={bottom + 4} class="tick muted" text-anchor="end" data-panel-zero={panel.key}>
      0
    </text>,
    <path class="bars" d={columns} stroke-width={r1(step * 0.8)} data-panel={panel.key} />,
  )
  if (markedRise != null) {
    // The article's day: 3 px wide whatever the column width, in the mark colour, on a leader from its label.
    const x = xOf(markedIndex)
    into.push(
      <rect
        class="mark"
        x={r1(x - 1.5)}
        y={yOf(markedRise)}
        width={3}
        height={r1(bottom - yOf(markedRise))}
        data-panel={panel.key}
        data-date={marked}
      />,
      <line class="mark-line" x1={x} x2={x} y1={top0 + 33} y2={r1(yOf(markedRise) - 1)} />,
    )
  }
  const clipped = days.filter((d) => d.increase !== null && d.increase > top)
  for (const d of clipped) {
    const cx = xOf(days.indexOf(d))
    into.push(
      <path
        class="bar"
        d={`M${r1(cx - 2.5)} ${r1(plotTop - 1)}h5l-2.5 -4z`}
        data-panel={panel.key}
        data-clipped={d.date}
      />,
    )
  }
  into.push(<line class="axis" x1={plotLeft} x2={right} y1={bottom} y2={bottom} />)
  // The time axis: a tick at each month's first report, a few of them named.
  days.forEach((d, i) => {
    if (i === 0 || days[i - 1]?.date.slice(0, 7) === d.date.slice(0, 7)) return
    const x = r1(plotLeft + i * step)
    into.push(<line class="axis" x1={x} x2={x} y1={bottom} y2={bottom + 3} />)
    const last = days.length - i < 31
    if (LABELLED_MONTHS.includes(d.date.slice(5, 7)))
      into.push(
        <text x={last ? right : x} y={bottom + 15} class="tick muted" text-anchor={last ? 'end' : undefined}>
          {formatMonth(d.date)}
        </text>,
      )
  })
  let height = PLOT_TOP + PLOT_HEIGHT + 15
  if (clipped.length) {
    const cut = `Cut off: ${listWords(
      // A no-break space keeps each date and its value on one line.
      clipped.map((d) =>
        `${formatDateShort(d.date)} ${formatChange(d.increase as number)}`.replaceAll(' ', '\u00a0'),
      ),
      'and',
    )}`
    for (const line of wrapWords(cut, 30)) {
      height += 15
      into.push(
        <text x={left} y={top0 + height} class="tick muted" data-cut={panel.key}>
          {line}
        </text>,
      )
    }
  }
  return height
}

export function smallMultiplesParts(props: Omit<SmallMultiplesProps, 'theme' | 'standalone'>): ChartParts {
  const { panels, marked, claimant, credit, site } = props
  const plot: Child[] = []
  let y = 0
  for (let row = 0; row * COLUMNS < panels.length; row++) {
    const heights = panels
      .slice(row * COLUMNS, row * COLUMNS + COLUMNS)
      .map((panel, column) => drawPanel(panel, marked, column * (PANEL_WIDTH + GAP), y, plot))
    y += Math.max(...heights) + 18
  }
  const first = panels[0]?.days[0]
  const last = panels[0]?.days.at(-1)
  return {
    title: `Russian equipment lost per day, as claimed by ${claimant}`,
    description: smallMultiplesDescription({ ...props, theme: 'light' }),
    notes: [
      `The categories the article quotes, one panel each, one column per daily report${
        first && last ? `, ${formatDateShort(first.date)} to ${formatDate(last.date)}` : ''
      }. Each panel has its own scale, on its axis: compare shapes, not heights. A triangle tops a column cut off at the top; its value is written under the panel.`,
    ],
    footnotes: [],
    key: [{ mark: 'mark', label: `${formatDateShort(marked)}, the article's day` }],
    credits: creditLines({ claimant, credit, site }),
    plotHeight: y - 10,
    plot,
  }
}

export function SmallMultiples(props: SmallMultiplesProps) {
  const { theme, id, standalone } = props
  return (
    <ChartFrame
      parts={smallMultiplesParts(props)}
      theme={theme}
      id={id}
      standalone={standalone}
      width={WIDTH}
    />
  )
}
