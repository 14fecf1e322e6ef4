// Small multiples: the claimed daily rise in each piece of equipment the article quotes, one panel each, so the
// shape of every series can be compared with the article's day marked in all of them. Drawn as an image, at
// 400 px; the page links it rather than showing it inline.
import type { Child } from 'hono/jsx'
import type { Theme } from '../../site'
import { formatChange, formatDate, formatDateShort, formatNumber } from '../format'
import { ChartFrame, type ChartParts, creditLines } from './chart-frame'
import { type DailyIncrease, seriesPlot } from './context-chart'
import { axisTop, listWords, wrapWords } from './scale'

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

export const SMALL_MULTIPLES_WIDTH = 400
const INNER = SMALL_MULTIPLES_WIDTH - 24
const GAP = 20
const COLUMNS = 2
const PANEL_WIDTH = (INNER - GAP * (COLUMNS - 1)) / COLUMNS
const PLOT_LEFT = 26
/** Room above the plot for the panel's label and the article's day on its leader. */
const PLOT_TOP = 48
const PLOT_HEIGHT = 56
/** A panel: its plot, its months, and a line for its cut-off values. */
const PANEL_HEIGHT = PLOT_TOP + PLOT_HEIGHT + 50
const ROW = PANEL_HEIGHT + 14
/** Months named on each panel's time axis; the others get a tick. */
const NAMED_MONTHS = ['03', '06', '09']

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

/** One panel at (left, top): its label, then its series on its own axis, the article's day marked. */
function Panel({
  panel,
  marked,
  id,
  left,
  top,
}: {
  panel: Panel
  marked: string
  id: string
  left: number
  top: number
}) {
  const ceiling = axisTop(known(panel))
  const clipped = panel.days.filter((d) => d.increase !== null && d.increase > ceiling)
  return (
    <svg
      x={left + PLOT_LEFT}
      y={top}
      width={PANEL_WIDTH - PLOT_LEFT}
      height={PANEL_HEIGHT}
      overflow="visible"
      aria-hidden="true"
      data-panel={panel.key}
    >
      <text x={-PLOT_LEFT} y={14} class="label" data-panel-label={panel.key}>
        {panel.label}
      </text>
      {seriesPlot({
        days: panel.days,
        marked,
        id: `${id}-${panel.key}`,
        plotTop: PLOT_TOP,
        height: PLOT_HEIGHT,
        endsOnly: true,
        named: NAMED_MONTHS,
      })}
      {wrapWords(
        clipped.length
          ? `Cut off: ${listWords(
              // A no-break space keeps each date and its value on one line.
              clipped.map((d) =>
                `${formatDateShort(d.date)} ${formatChange(d.increase as number)}`.replaceAll(' ', '\u00a0'),
              ),
              'and',
            )}`
          : '',
        28,
      ).map((line, j) => (
        <text x={-PLOT_LEFT} y={PLOT_TOP + PLOT_HEIGHT + 31 + j * 14} class="tick muted" data-cut={panel.key}>
          {line}
        </text>
      ))}
    </svg>
  )
}

const known = (panel: Panel) => panel.days.flatMap((d) => (d.increase === null ? [] : [d.increase]))

export function smallMultiplesParts(props: Omit<SmallMultiplesProps, 'theme' | 'standalone'>): ChartParts {
  const { panels, marked, claimant, credit, site } = props
  const plot: Child[] = []
  panels.forEach((panel, i) => {
    const left = (i % COLUMNS) * (PANEL_WIDTH + GAP)
    plot.push(
      <Panel panel={panel} marked={marked} id={props.id} left={left} top={Math.floor(i / COLUMNS) * ROW} />,
    )
  })
  const y = Math.ceil(panels.length / COLUMNS) * ROW
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
    plotHeight: y - 14,
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
      width={SMALL_MULTIPLES_WIDTH}
    />
  )
}
