// The PNG renditions of an article's charts: what each is drawn from (the props of its component, which its
// fingerprint hashes) and how to draw its SVG, only when it is needed. The build draws them (scripts/
// render-images.ts), and so does the Worker, for those the build left to their first request (src/routes/images.ts).
import type { ArticleImage } from '../../data/article-images'
import type { Article } from '../../domain/library'
import { FiguresChart, type FiguresChartProps } from '../figures-chart'
import { formatDate } from '../format'
import { datasetCredit } from './chart-frame'
import { ContextChart, type ContextChartProps, contextDescription } from './context-chart'
import type { ArticleContext, ArticleEquipment } from './context-data'
import { leadFigure } from './lead-figure'
import { OG_HEIGHT, OG_WIDTH, OgImage, type OgImageProps, ogImageAlt } from './og-image'
import { SmallMultiples, type SmallMultiplesProps, smallMultiplesDescription } from './small-multiples'

/** Chart PNGs are drawn at twice their SVG size, sharp on high-density screens and in newsletters. */
export const PNG_SCALE = 2

/**
 * An image to draw: its kind and alt text, the zoom to draw it at, its size when that is fixed, the props its SVG
 * is drawn from (everything of the data that shapes it) and the SVG itself, made only when asked for.
 */
export type ImageToDraw = Pick<ArticleImage, 'kind' | 'alt'> & {
  zoom: number
  size?: { width: number; height: number }
  props: unknown
  svg: () => string
}

const LIGHT = 'light' as const

/**
 * Every PNG of an article: its snapshot chart, its context and equipment charts when it has them, and its
 * link-preview image.
 * @example const images = articleImages(article, context, SITE_NAME, equipment)
 */
export function articleImages(
  article: Article,
  context: ArticleContext | undefined,
  site: string,
  equipment?: ArticleEquipment,
): ImageToDraw[] {
  const report = article.reports.at(-1)
  const figure = leadFigure(article)
  if (!report || !figure) return []
  const credit = article.dataset && datasetCredit(article.dataset)
  const chart: FiguresChartProps = {
    report,
    figures: report.figures,
    theme: LIGHT,
    site,
    credit,
    standalone: true,
  }
  const images: ImageToDraw[] = [
    {
      kind: 'chart',
      alt: `Chart of Russian losses claimed by ${report.source.shortName} in its report of ${formatDate(report.date)}.`,
      zoom: PNG_SCALE,
      props: chart,
      svg: () => String(<FiguresChart {...chart} />),
    },
  ]
  const light: ContextChartProps | undefined = context && {
    ...context,
    theme: LIGHT,
    id: 'context',
    standalone: true,
  }
  if (light)
    images.push({
      kind: 'context',
      alt: contextDescription(light),
      zoom: PNG_SCALE,
      props: light,
      svg: () => String(<ContextChart {...light} />),
    })
  if (equipment) {
    const props: SmallMultiplesProps = { ...equipment, theme: LIGHT, id: 'equipment', standalone: true }
    images.push({
      kind: 'equipment',
      alt: smallMultiplesDescription(props),
      zoom: PNG_SCALE,
      props,
      svg: () => String(<SmallMultiples {...props} />),
    })
  }
  const og: OgImageProps = { report, figure, credit, site }
  images.push({
    kind: 'og',
    alt: ogImageAlt(og),
    zoom: 1,
    size: { width: OG_WIDTH, height: OG_HEIGHT },
    props: og,
    svg: () => String(<OgImage {...og} />),
  })
  return images
}
