// The oEmbed answer for an article: an <iframe> of its embed card, sized to what the consumer allows, after a
// <blockquote> link that hosts show where they cannot frame the card (WordPress keeps both: docs/embedding.md).
import type { Article } from '../domain/library'
import { DATA_SECONDS } from '../http/cache-control'
import { SITE_NAME, type Theme } from '../site'
import { cardHeight, NARROWEST_COLUMN } from './card-height'
import type { OembedJson } from './json-schema'
import { articleUrls } from './urls'

const DEFAULT_WIDTH = 600

/** The iframe of the card, as a host page pastes it. */
export function EmbedFrame(props: { src: string; title: string; width: number; height: number }) {
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
  const { width, height, src, title } = frameOf(article, origin, request)
  const source = article.reports.at(-1)?.source.shortName
  // Hidden where the iframe shows; WordPress strips the style and hides the quote itself once the card loads.
  const fallback = (
    <blockquote style="display:none">
      <a href={urls.page}>{article.headline}</a>
      {source && <> (figures according to {source}, not independently verified)</>}
    </blockquote>
  )
  return {
    version: '1.0',
    type: 'rich',
    title: article.headline,
    provider_name: SITE_NAME,
    provider_url: `${origin}/`,
    html: `${fallback}${<EmbedFrame src={src} title={title} width={width} height={height} />}`,
    width,
    height,
    // A consumer may keep the answer as long as caches keep the data.
    cache_age: DATA_SECONDS,
  }
}

/**
 * The card's frame for a consumer's limits: as wide as allowed up to DEFAULT_WIDTH, and as tall as the card is in
 * the narrowest column (or in the frame, if narrower), since the frame shrinks with a narrow column and no script
 * may be there to grow it.
 */
export function frameOf(
  article: Article,
  origin: string,
  request: { maxwidth?: number; maxheight?: number; theme?: Theme },
) {
  const urls = articleUrls(origin, article.slug)
  const width = Math.min(DEFAULT_WIDTH, request.maxwidth ?? DEFAULT_WIDTH)
  const height = Math.min(
    cardHeight(article, Math.min(width, NARROWEST_COLUMN)),
    request.maxheight ?? Number.POSITIVE_INFINITY,
  )
  const src = request.theme ? `${urls.embed}?theme=${request.theme}` : urls.embed
  return { width, height, src, title: `Figures: ${article.headline}` }
}
