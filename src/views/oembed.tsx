// The oEmbed answer for an article: an <iframe> of its embed card, sized to what the consumer allows.
import { type Article, cardFigures } from '../domain/library'
import { DATA_SECONDS } from '../http/cache-control'
import { SITE_NAME, type Theme } from '../site'
import type { OembedJson } from './json-schema'
import { articleUrls } from './urls'

const DEFAULT_WIDTH = 600

/**
 * The card's height at `width`, estimated from its rows; the resize script corrects it on pages that listen.
 * @example cardHeight(6, 600) // 426
 */
function cardHeight(rows: number, width: number): number {
  const base = 210 + 36 * rows
  // Narrow cards wrap the headline and the source line onto more lines.
  return width < 400 ? base + 120 : base
}

function EmbedFrame(props: { src: string; title: string; width: number; height: number }) {
  return (
    <iframe
      src={props.src}
      title={props.title}
      width={props.width}
      height={props.height}
      style={`border:0;width:100%;max-width:${props.width}px`}
      loading="lazy"
    />
  )
}

export function oembedJson(
  article: Article,
  origin: string,
  request: { maxwidth?: number; maxheight?: number; theme?: Theme },
): OembedJson {
  const urls = articleUrls(origin, article.slug)
  const rows = cardFigures(article).length
  const width = Math.min(DEFAULT_WIDTH, request.maxwidth ?? DEFAULT_WIDTH)
  const height = Math.min(cardHeight(rows, width), request.maxheight ?? Number.POSITIVE_INFINITY)
  const src = request.theme ? `${urls.embed}?theme=${request.theme}` : urls.embed
  const title = `Figures: ${article.headline}`
  return {
    version: '1.0',
    type: 'rich',
    title: article.headline,
    provider_name: SITE_NAME,
    provider_url: `${origin}/`,
    html: String(<EmbedFrame src={src} title={title} width={width} height={height} />),
    width,
    height,
    // A consumer may keep the answer as long as caches keep the data.
    cache_age: DATA_SECONDS,
  }
}
