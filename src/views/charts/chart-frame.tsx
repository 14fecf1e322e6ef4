// How every chart is laid out. A chart's plot is drawn in CSS pixels down and in percentages across, with no
// viewBox, so its text keeps its size at any width and only the marks stretch. Its words (title, notes, key,
// credits) are HTML around the plot on a page, where they wrap to the column; a standalone image draws them as SVG
// text, all but the key (its subtitle names the line, its notes the shading).
import type { Child } from 'hono/jsx'
import type { Theme } from '../../site'
import { CHART_CSS } from './chart-style'
import { wrapWords } from './scale'

/** A mark the key explains: the CSS class it is drawn with, and what it stands for. */
export type KeyItem = { mark: 'bar' | 'avg' | 'mark' | 'held'; label: string }

/** Who claims the figures, who compiled them, and whose chart it is. */
export type Credits = { claimant: string; credit: string; site: string }

export type ChartParts = {
  title: string
  /** Everything the chart shows, in words: its <desc> and its PNG's alt text. */
  description: string
  /** Under the title: what is drawn. */
  notes: string[]
  /** Under the plot: what a reader must know to read it (cut-off values, gaps). */
  footnotes: string[]
  key: KeyItem[]
  /** The source's claim, the data's credit and the site, each one line of text. */
  credits: string[]
  /** The plot's height in CSS px; its width is the column's (inline) or the image's less its margins. */
  plotHeight: number
  /** Px left of the plot for its value axis's labels, drawn at negative x (VALUE_AXIS in page.css). */
  inset?: number
  plot: Child
}

export type ChartFrameProps = {
  parts: ChartParts
  theme: Theme
  /** Prefix of the title's and description's ids, unique on a page that shows several charts. */
  id: string
  /** Served on its own (as an image): the words are drawn too, at this width; inline, only the plot. */
  standalone?: boolean
  width?: number
}

const PAD = 12

/** The lines that end every chart: the claim, the compiler's credit and licence, and whose chart it is. */
export function creditLines({ claimant, credit, site }: Credits): string[] {
  return [
    `Source: ${claimant}; claims by a party to the war, not independently verified.`,
    credit,
    `Chart: ${site}.`,
  ]
}

/** The data's credit line, licence included. */
export function datasetCredit(dataset: { name: string; author: string; licence: string }): string {
  return `Data: “${dataset.name}” by ${dataset.author}, ${dataset.licence} licence.`
}

/** A line of a standalone chart's words, at its baseline. */
type Line = { y: number; content: string; cls: string }

/**
 * Where a standalone chart's words go, wrapped to its width: the title and notes above the plot, the footnotes
 * below it, then a rule and the credits; and the height that makes. It reads no marks of the plot, so a chart's
 * size is known without drawing it.
 */
function standaloneLayout(parts: ChartParts, width: number) {
  const chars = Math.floor((width - 2 * PAD) / 6.2)
  let y = PAD
  const lines = (words: string[], cls: (i: number) => string, size: number, max = chars) =>
    words.flatMap((content, i) =>
      wrapWords(content, max).map((t): Line => {
        y += size
        const line = { y, content: t, cls: cls(i) }
        y += 4
        return line
      }),
    )
  const above = [
    ...lines([parts.title], () => 'title', 17, Math.floor(chars * 0.68)),
    ...lines(parts.notes, () => 'sub muted', 12),
  ]
  y += 8
  const plotY = y
  y += parts.plotHeight + 10
  const below = lines(parts.footnotes, () => 'sub muted', 12)
  y += parts.footnotes.length ? 6 : 0
  const ruleY = y
  y += 2
  const last = parts.credits.length - 1
  const credits = lines(parts.credits, (i) => (i === last ? 'foot' : 'foot muted'), 12)
  return { above, plotY, below, ruleY, credits, height: Math.ceil(y + PAD - 4) }
}

/** The size of a chart drawn on its own (its SVG's viewBox), known without drawing it. */
export const standaloneSize = (parts: ChartParts, width: number) => ({
  width,
  height: standaloneLayout(parts, width).height,
})

export function ChartFrame({ parts, theme, id, standalone, width = 400 }: ChartFrameProps) {
  const { title, description, plotHeight, plot } = parts
  const labelledBy = `${id}-title ${id}-desc`
  if (!standalone)
    return (
      <svg
        class={parts.inset ? 'chart inset' : 'chart'}
        data-theme={theme}
        width="100%"
        height={plotHeight}
        overflow="visible"
        role="img"
        aria-labelledby={labelledBy}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <rect class="bg" width="100%" height="100%" />
        {plot}
      </svg>
    )

  const { above, plotY, below, ruleY, credits, height } = standaloneLayout(parts, width)
  const text = ({ y, content, cls }: Line) => (
    <text x={PAD} y={y} class={cls}>
      {content}
    </text>
  )
  const inset = parts.inset ?? 0
  const drawn: Child[] = [
    ...above.map(text),
    <svg
      x={PAD + inset}
      y={plotY}
      width={width - 2 * PAD - inset}
      height={plotHeight}
      overflow="visible"
      aria-hidden="true"
    >
      {plot}
    </svg>,
    ...below.map(text),
    <line class="rule" x1={PAD} x2={width - PAD} y1={ruleY} y2={ruleY} />,
    ...credits.map(text),
  ]
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      class="chart"
      data-theme={theme}
      role="img"
      aria-labelledby={labelledBy}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <style dangerouslySetInnerHTML={{ __html: CHART_CSS }} />
      <rect class="bg" width={width} height={height} />
      {drawn}
    </svg>
  )
}

/** The words around an inline chart, as HTML that wraps to the column: above it, title and notes. */
export function ChartHeading({ parts }: { parts: ChartParts }) {
  return (
    <>
      <p class="chart-title">{parts.title}</p>
      {parts.notes.map((note) => (
        <p class="chart-note">{note}</p>
      ))}
    </>
  )
}

/** Below an inline chart: its key, its footnotes, then its credits. */
export function ChartFooter({ parts }: { parts: ChartParts }) {
  return (
    <>
      {parts.key.length > 0 && (
        <ul class="chart-key">
          {parts.key.map(({ mark, label }) => (
            <li>
              <i class={`sw ${mark}`} />
              {label}
            </li>
          ))}
        </ul>
      )}
      {parts.footnotes.map((note) => (
        <p class="chart-note">{note}</p>
      ))}
      <p class="chart-credit">{parts.credits.join(' ')}</p>
    </>
  )
}
