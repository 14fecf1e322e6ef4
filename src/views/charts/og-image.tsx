// The link-preview image (og:image), 1200×630, designed to be read where feeds show it, about 500 px wide: the
// day's number, what it counts and who claims it, and the credits; no chart, whose text would shrink to nothing.
import type { Figure, Report } from '../../domain/library'
import { formatChange, formatDate, formatNumber } from '../format'
import { CHART_CSS } from './chart-style'
import { wrapWords } from './scale'

export const OG_WIDTH = 1200
export const OG_HEIGHT = 630
const PAD = 64
/** Right of this, the words; left of it, the number. */
const SPLIT = 620

export type OgImageProps = {
  report: Report
  /** The figure the article is about: its change is the headline number. */
  figure: Figure
  /** The data's credit and licence, when the figures come from a dataset. */
  credit?: string
  site: string
}

/** What the preview image shows, in words: its og:image:alt. */
export function ogImageAlt({ report, figure }: OgImageProps): string {
  const change = figure.change === null ? '' : `${formatChange(figure.change)} in one day, `
  return `${change}${figure.category.shortLabel} claimed by ${report.source.shortName} on ${formatDate(report.date)} (total ${figure.approximate ? 'about ' : ''}${formatNumber(figure.value)}).`
}

/** Text in a class of the charts' stylesheet, at a size of its own (the image is only drawn to PNG, so a style attribute is safe). */
const Line = ({
  x,
  y,
  size,
  cls,
  text,
}: {
  x: number
  y: number
  size: number
  cls: string
  text: string
}) => (
  <text x={x} y={y} class={cls} style={`font-size:${size}px`}>
    {text}
  </text>
)

export function OgImage(props: OgImageProps) {
  const { report, figure, credit, site } = props
  const headline = figure.change === null ? formatNumber(figure.value) : formatChange(figure.change)
  const what = `Russian ${figure.category.shortLabel} losses ${
    figure.changeSince ? `in one day, ${formatDate(report.date)},` : `as of ${formatDate(report.date)},`
  } as claimed by ${report.source.shortName}`
  const total = `${figure.approximate ? 'About ' : ''}${formatNumber(figure.value)} in total since the invasion began.`
  // The smallest text is 30 px: 12.6 px when a feed shows the image 506 px wide.
  const words = wrapWords(what, 22)
  const wordsTop = 250 - ((words.length - 1) * 50) / 2
  const credits = [
    `Claims by ${report.source.shortName}, a party to the war, not independently verified.`,
    credit ?? '',
  ].filter(Boolean)
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
      <Line x={PAD} y={PAD + 30} size={30} cls="group muted" text={site.toUpperCase()} />
      <Line x={PAD} y={370} size={240} cls="big mark-text" text={headline} />
      {words.map((t, i) => (
        <Line x={SPLIT} y={wordsTop + i * 50} size={42} cls="title" text={t} />
      ))}
      <Line x={PAD} y={450} size={36} cls="label" text={total} />
      <line class="rule" x1={PAD} x2={OG_WIDTH - PAD} y1={490} y2={490} />
      {credits.map((t, i) => (
        <Line x={PAD} y={536 + i * 40} size={30} cls="sub muted" text={t} />
      ))}
    </svg>
  )
}
