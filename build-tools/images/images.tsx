// The PNG renditions of an article's charts, for the build (scripts/render-images.ts): which SVG each is drawn
// from, its fingerprinted address and its size. The build lists them in images.json; the Worker reads that list.
import { type ArticleImage, IMAGES_PREFIX } from '../../src/data/article-images'
import type { Article } from '../../src/domain/library'
import { datasetCredit } from '../../src/views/charts/chart-frame'
import {
  CONTEXT_WIDTH,
  ContextChart,
  type ContextChartProps,
  contextDescription,
} from '../../src/views/charts/context-chart'
import type { ArticleContext, ArticleEquipment } from '../../src/views/charts/context-data'
import { leadFigure } from '../../src/views/charts/lead-figure'
import { OG_HEIGHT, OG_WIDTH, OgImage, ogImageAlt } from '../../src/views/charts/og-image'
import {
  SmallMultiples,
  type SmallMultiplesProps,
  smallMultiplesDescription,
} from '../../src/views/charts/small-multiples'
import { FiguresChart } from '../../src/views/figures-chart'
import { formatDate } from '../../src/views/format'

/** Chart PNGs are drawn at twice their SVG size, sharp on high-density screens and in newsletters. */
export const PNG_SCALE = 2
/**
 * Part of every fingerprint: change it when the rasteriser, its font or its options change, because those change
 * the PNG's bytes without changing the SVG it is drawn from.
 */
export const RENDERER_VERSION = 'resvg-2.6.2 source-sans-3-5.3.0 1'

type ImageKind = ArticleImage['kind']
/** An image to draw: its entry in the list, the SVG it is drawn from, and the zoom to draw it at. */
export type ImageToDraw = ArticleImage & { svg: string; zoom: number }

const LIGHT = 'light' as const

function viewBoxSize(svg: string): { width: number; height: number } {
  const match = svg.match(/viewBox="0 0 ([\d.]+) ([\d.]+)"/)
  return { width: Number(match?.[1] ?? CONTEXT_WIDTH), height: Number(match?.[2] ?? 0) }
}

async function fingerprint(svg: string): Promise<string> {
  const digest = await crypto.subtle.digest(
    'SHA-256',
    new TextEncoder().encode(`${RENDERER_VERSION}\n${svg}`),
  )
  return [...new Uint8Array(digest, 0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

/**
 * Every PNG of an article: its snapshot chart, its context chart when it has one, and its link-preview image.
 * @example const images = await articleImages(article, context, SITE_NAME)
 */
export async function articleImages(
  article: Article,
  context: ArticleContext | undefined,
  site: string,
  equipment?: ArticleEquipment,
): Promise<ImageToDraw[]> {
  const report = article.reports.at(-1)
  const figure = leadFigure(article)
  if (!report || !figure) return []
  const light: ContextChartProps | undefined = context && {
    ...context,
    theme: LIGHT,
    id: 'context',
    standalone: true,
  }
  const drawn: { kind: ImageKind; svg: string; alt: string; zoom: number }[] = [
    {
      kind: 'chart',
      svg: String(
        <FiguresChart
          report={report}
          figures={report.figures}
          theme={LIGHT}
          site={site}
          credit={article.dataset && datasetCredit(article.dataset)}
          standalone
        />,
      ),
      alt: `Chart of Russian losses claimed by ${report.source.shortName} in its report of ${formatDate(report.date)}.`,
      zoom: PNG_SCALE,
    },
  ]
  if (light)
    drawn.push({
      kind: 'context',
      svg: String(<ContextChart {...light} />),
      alt: contextDescription(light),
      zoom: PNG_SCALE,
    })
  if (equipment) {
    const props: SmallMultiplesProps = { ...equipment, theme: LIGHT, id: 'equipment', standalone: true }
    drawn.push({
      kind: 'equipment',
      svg: String(<SmallMultiples {...props} />),
      alt: smallMultiplesDescription(props),
      zoom: PNG_SCALE,
    })
  }
  const og = { report, figure, credit: article.dataset && datasetCredit(article.dataset), site }
  drawn.push({ kind: 'og', svg: String(<OgImage {...og} />), alt: ogImageAlt(og), zoom: 1 })
  return Promise.all(
    drawn.map(async ({ kind, svg, alt, zoom }) => {
      const size = kind === 'og' ? { width: OG_WIDTH, height: OG_HEIGHT } : viewBoxSize(svg)
      return {
        kind,
        path: `${IMAGES_PREFIX}/${article.slug}/${kind}.${await fingerprint(svg)}.png`,
        zoom,
        width: Math.round(size.width * zoom),
        height: Math.round(size.height * zoom),
        alt,
        svg,
      }
    }),
  )
}
