// The <svg> every chart is drawn in: its size, theme, the words that say what it shows, and its background.
import type { Child } from 'hono/jsx'
import type { Theme } from '../../site'
import { CHART_CSS } from './chart-style'

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
