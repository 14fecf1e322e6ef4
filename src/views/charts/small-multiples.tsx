// Small multiples: the claimed daily rise in each piece of equipment the article quotes, one panel each, so the
// shape of every series can be compared with the article's day marked in all of them.
import type { Child } from 'hono/jsx'
import type { Theme } from '../../site'
import { formatChange, formatDate, formatDateShort, formatNumber } from '../format'
import { ChartFrame, lineWriter, writeCredits } from './chart-frame'
import type { DailyIncrease } from './context-chart'
import { axisTop, r1, wrapWords } from './scale'

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
const PAD = 12
const GAP = 16
const COLUMNS = 2
const PANEL_WIDTH = (WIDTH - 2 * PAD - GAP * (COLUMNS - 1)) / COLUMNS
const PLOT_LEFT = 24
const PLOT_HEIGHT = 56

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

export function SmallMultiples(props: SmallMultiplesProps) {
  const { panels, marked, claimant, credit, site, theme, id, standalone } = props
  const title = `Russian equipment lost per day, as claimed by ${claimant}`
  const parts: Child[] = []
  const at = { y: PAD }
  const line = lineWriter(parts, at, PAD)
  for (const t of wrapWords(title, 36)) line(t, 'title', 17)
  const sub = `The categories the article quotes, one panel each. Each panel has its own scale, on its axis: compare shapes, not heights. ${formatDateShort(marked)} is highlighted; a triangle tops a column cut off at the top.`
  for (const t of wrapWords(sub, 56)) line(t, 'sub muted', 12)
  at.y += 8

  panels.forEach((panel, i) => {
    const column = i % COLUMNS
    const top0 = at.y + Math.floor(i / COLUMNS) * (PLOT_HEIGHT + 48)
    const left = PAD + column * (PANEL_WIDTH + GAP)
    const known = panel.days.map((d) => d.increase).filter((v): v is number => v !== null)
    const top = axisTop(known)
    const plotTop = top0 + 34
    const bottom = plotTop + PLOT_HEIGHT
    const step = (PANEL_WIDTH - PLOT_LEFT) / Math.max(panel.days.length, 1)
    const barWidth = r1(Math.max(step * 0.8, 0.4))
    const markedRise = panel.days.find((d) => d.date === marked)?.increase
    parts.push(
      <text x={left} y={top0 + 14} class="label" data-panel-label={panel.key}>
        {panel.label}
      </text>,
      <text x={left} y={top0 + 28} class="sub mark-text">
        {markedRise == null
          ? `${formatDateShort(marked)}: no figure`
          : `${formatDateShort(marked)}: ${formatChange(markedRise)}`}
      </text>,
      <line class="rule" x1={left + PLOT_LEFT} x2={left + PANEL_WIDTH} y1={plotTop} y2={plotTop} />,
      <text
        x={left + PLOT_LEFT - 3}
        y={plotTop + 4}
        class="tick muted"
        text-anchor="end"
        data-panel-top={top}
      >
        {formatNumber(top)}
      </text>,
      <text
        x={left + PLOT_LEFT - 3}
        y={bottom + 4}
        class="tick muted"
        text-anchor="end"
        data-panel-zero={panel.key}
      >
        0
      </text>,
    )
    panel.days.forEach((d, j) => {
      if (d.increase === null) return
      const height = r1((Math.min(d.increase, top) / top) * PLOT_HEIGHT)
      parts.push(
        <rect
          class={d.date === marked ? 'mark' : 'bar'}
          x={r1(left + PLOT_LEFT + j * step)}
          y={r1(bottom - height)}
          width={barWidth}
          height={height}
          data-panel={panel.key}
          data-date={d.date}
        />,
      )
      if (d.increase > top) {
        const cx = left + PLOT_LEFT + j * step + barWidth / 2
        parts.push(
          <path
            class="bar"
            d={`M${r1(cx - 2.5)} ${r1(plotTop - 1)}h5l-2.5 -4z`}
            data-panel={panel.key}
            data-clipped={d.date}
          />,
        )
      }
    })
    parts.push(<line class="axis" x1={left + PLOT_LEFT} x2={left + PANEL_WIDTH} y1={bottom} y2={bottom} />)
  })
  at.y += Math.ceil(panels.length / COLUMNS) * (PLOT_HEIGHT + 48) + 2
  const first = panels[0]?.days[0]
  const last = panels[0]?.days.at(-1)
  if (first && last)
    line(
      `One column per daily report, ${formatDateShort(first.date)} to ${formatDate(last.date)}.`,
      'foot muted',
      12,
    )
  parts.push(<line class="rule" x1={PAD} x2={WIDTH - PAD} y1={at.y + 2} y2={at.y + 2} />)
  at.y += 4
  writeCredits(line, { claimant, credit, site }, 58)
  const height = Math.ceil(at.y + PAD - 4)

  const description = smallMultiplesDescription(props)
  return (
    <ChartFrame {...{ width: WIDTH, height, theme, id, title, description, standalone }}>{parts}</ChartFrame>
  )
}
