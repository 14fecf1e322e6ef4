// The link-preview image (og:image), 1200×630: the day's figure, the context chart, and who claims it.
import type { Child } from 'hono/jsx'
import type { Figure, Report } from '../../domain/library'
import { formatChange, formatDate, formatDateShort, formatNumber } from '../format'
import { CHART_CSS } from './chart-style'
import { ContextChart, type ContextChartProps, contextDescription } from './context-chart'
import { wrapWords } from './scale'

export const OG_WIDTH = 1200
export const OG_HEIGHT = 630
const PAD = 56
/** Left of this is the headline number; right of it, the context chart. */
const SPLIT = 560

export type OgImageProps = {
  report: Report
  /** The figure the article is about: its change is the headline number. */
  figure: Figure
  context?: ContextChartProps
  site: string
}

/** What the preview image shows, in words: its og:image:alt. */
export function ogImageAlt({ report, figure, context }: OgImageProps): string {
  const change = figure.change === null ? '' : `${formatChange(figure.change)} in one day, `
  return `${change}${figure.category.shortLabel} claimed by ${report.source.shortName} on ${formatDate(report.date)} (total ${figure.approximate ? 'about ' : ''}${formatNumber(figure.value)})${
    context ? ', beside a chart of every daily figure since the invasion began' : ''
  }.`
}

export function OgImage(props: OgImageProps) {
  const { report, figure, context, site } = props
  const since = figure.changeSince
  const headline = figure.change === null ? formatNumber(figure.value) : formatChange(figure.change)
  const what = `Russian ${figure.category.shortLabel} losses ${
    since
      ? `from ${formatDateShort(since)} to ${formatDate(report.date)}`
      : `as of ${formatDate(report.date)}`
  }, as claimed by ${report.source.shortName}`
  const total = `${figure.approximate ? 'About ' : ''}${formatNumber(figure.value)} in total since the invasion began.`
  const left = context ? SPLIT - PAD : OG_WIDTH - 2 * PAD
  const parts: Child[] = []
  let y = PAD
  const line = (text: string, cls: string, size: number, gap: number, style?: string) => {
    y += size
    parts.push(
      <text x={PAD} y={y} class={cls} style={style}>
        {text}
      </text>,
    )
    y += gap
  }
  line(site.toUpperCase(), 'group muted', 0, 0, 'font-size:22px')
  line(headline, 'big mark-text', 150, 28, 'font-size:150px')
  for (const t of wrapWords(what, Math.floor(left / 17))) line(t, 'title', 34, 8, 'font-size:34px')
  y += 10
  for (const t of wrapWords(total, Math.floor(left / 12))) line(t, 'label muted', 26, 6, 'font-size:26px')
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${OG_WIDTH} ${OG_HEIGHT}`}
      width={OG_WIDTH}
      height={OG_HEIGHT}
      class="chart"
      data-theme="light"
    >
      <title>{ogImageAlt(props)}</title>
      <style dangerouslySetInnerHTML={{ __html: CHART_CSS }} />
      <rect class="bg" width={OG_WIDTH} height={OG_HEIGHT} />
      {parts}
      {wrapWords(`Claims by ${report.source.shortName}, not independently verified.`, Math.floor(left / 11))
        .reverse()
        .map((t, i) => (
          <text x={PAD} y={OG_HEIGHT - PAD - i * 28} class="sub muted" style="font-size:22px">
            {t}
          </text>
        ))}
      {context && (
        <svg x={SPLIT} y={24} width={OG_WIDTH - SPLIT - 24} height={OG_HEIGHT - 48}>
          <title>{contextDescription(context)}</title>
          <ContextChart {...context} theme="light" standalone={false} />
        </svg>
      )}
    </svg>
  )
}
