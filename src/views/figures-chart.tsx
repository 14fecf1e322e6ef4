// The figures as an SVG bar chart for <img src> on any site. Labels sit above full-width bars, so the one drawing
// reads on a 320 px phone and scales up to a 1200 px column; <title> and <desc> say in words what it shows.
import type { Child } from 'hono/jsx'
import type { Figure, Report } from '../domain/library'
import { formatChange, formatDate, formatDateShort, formatFigure, formatNumber } from './format'
import { ROLE_LABELS } from './labels'
import { CHART_CSS } from './styles'

/** Width of the drawing in SVG units; text sizes are chosen so it is still legible scaled to 320 px. */
const WIDTH = 400
const PAD = 16
const INNER = WIDTH - 2 * PAD

/** Words into lines of at most `max` characters (a long word keeps its own line). */
export function wrapWords(text: string, max: number): string[] {
  const lines: string[] = []
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1)
    if (last !== undefined && last.length + 1 + word.length <= max)
      lines[lines.length - 1] = `${last} ${word}`
    else lines.push(word)
  }
  return lines
}

function valueText(f: Figure): string {
  const total = formatFigure(f)
  return f.change === null ? total : `${total} (${formatChange(f.change)})`
}

/** The chart's alt text: everything it shows, in words. */
export function chartDescription(report: Report, figures: Figure[]): string {
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
    `Bar chart of Russian losses since the invasion began, as claimed by ${who}, in its report of ${formatDate(report.date)}${day}`,
    since ? `, with the change since its report of ${formatDate(since)}.` : '.',
    figures.length ? ` ${items.join(' ')}` : ' No figures match the chosen categories.',
    ' Each kind of loss has its own scale. These are claims by a party to the war and have not been independently verified.',
  ].join('')
}

/** Capitalised, for a group heading: "personnel combat losses" -> "PERSONNEL COMBAT LOSSES". */
const groupHeading = (measure: string) => measure.toUpperCase()

export function FiguresChart({ report, figures }: { report: Report; figures: Figure[] }) {
  const title = `Russian losses according to ${report.source.shortName}, as of ${formatDate(report.date)}`
  const since = figures.find((f) => f.changeSince)?.changeSince
  const sub = `Totals since the invasion began${
    report.dayOfWar === null ? '' : ` (day ${report.dayOfWar})`
  }${since ? `, change since ${formatDateShort(since)} in brackets` : ''}. Each kind of loss has its own scale.`
  const foot = `Source: ${report.source.name}, ${ROLE_LABELS[report.source.role]}; its claims, not independently verified. Figures as of ${formatDate(report.date)}.`

  // Groups by what is measured: personnel and equipment do not share a scale.
  const groups = new Map<string, Figure[]>()
  for (const f of figures) groups.set(f.category.measure, [...(groups.get(f.category.measure) ?? []), f])

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
  for (const text of wrapWords(title, 40)) line(text, 'title', 17)
  y += 2
  for (const text of wrapWords(sub, 56)) line(text, 'sub muted', 12.5)
  if (!figures.length) {
    y += 12
    line('No figures match the chosen categories.', 'label', 14)
  }
  for (const [measure, group] of groups) {
    y += 14
    line(groupHeading(measure), 'group muted', 12.5, 6)
    const max = Math.max(...group.map((f) => f.value), 1)
    for (const f of group) {
      const value = valueText(f)
      const labels = wrapWords(f.category.label, Math.max(12, 46 - value.length))
      labels.forEach((text, i) => {
        y += 14
        parts.push(
          <text x={PAD} y={y} class="label">
            {text}
          </text>,
        )
        if (i === 0) {
          parts.push(
            <text x={WIDTH - PAD} y={y} class="value" text-anchor="end">
              {value}
            </text>,
          )
        }
        y += 3
      })
      y += 3
      const width = f.value > 0 ? Math.max(1, Math.round((f.value / max) * INNER * 10) / 10) : 0
      parts.push(<rect class="bar" x={PAD} y={y} width={width} height={12} />)
      y += 12 + 10
    }
  }
  y += 6
  parts.push(<line class="rule" x1={PAD} x2={WIDTH - PAD} y1={y} y2={y} />)
  y += 4
  for (const text of wrapWords(foot, 58)) line(text, 'foot muted', 12.5)
  const height = Math.ceil(y + PAD - 4)

  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      role="img"
      aria-labelledby="chart-title chart-desc"
      lang="en"
    >
      <title id="chart-title">{title}</title>
      <desc id="chart-desc">{chartDescription(report, figures)}</desc>
      <style dangerouslySetInnerHTML={{ __html: CHART_CSS }} />
      <rect class="bg" width={WIDTH} height={height} />
      {parts}
    </svg>
  )
}
