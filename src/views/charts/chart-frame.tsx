// The <svg> every chart is drawn in: its size, theme, the words that say what it shows, and its background.
import type { Child } from 'hono/jsx'
import type { Theme } from '../../site'
import { CHART_CSS } from './chart-style'
import { wrapWords } from './scale'

export type ChartFrameProps = {
  width: number
  height: number
  theme: Theme
  /** Prefix of the title's and description's ids, unique on a page that shows several charts. */
  id: string
  title: string
  description: string
  /** Served on its own (as an image), so it brings its stylesheet; inline in a page, the page's applies. */
  standalone?: boolean
  children: Child
}

export function ChartFrame({
  width,
  height,
  theme,
  id,
  title,
  description,
  standalone,
  children,
}: ChartFrameProps) {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      class="chart"
      data-theme={theme}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {standalone && <style dangerouslySetInnerHTML={{ __html: CHART_CSS }} />}
      <rect class="bg" width={width} height={height} />
      {children}
    </svg>
  )
}

/**
 * Writes lines of text down a chart at `x`: each line goes `size` below `at.y`, and `at.y` moves past it and `gap`.
 * @example const at = { y: PAD }; const line = lineWriter(parts, at, PAD); line('Title', 'title', 17)
 */
export function lineWriter(parts: Child[], at: { y: number }, x: number): WriteLine {
  return (content: string, cls: string, size: number, gap = 4) => {
    at.y += size
    parts.push(
      <text x={x} y={at.y} class={cls}>
        {content}
      </text>,
    )
    at.y += gap
  }
}

type WriteLine = (content: string, cls: string, size: number, gap?: number) => void

/** The lines a series chart ends with: who claims its figures, who compiled the series, and this site's name. */
export function writeCredits(
  line: WriteLine,
  who: { claimant: string; credit: string; site: string },
  width = 64,
) {
  const claim = `Source: ${who.claimant}; claims by a party to the war, not independently verified.`
  for (const text of wrapWords(claim, 64)) line(text, 'foot muted', 12)
  for (const text of wrapWords(who.credit, width)) line(text, 'foot muted', 12)
  line(who.site, 'foot', 12)
}
