// The copy-ready code a host page pastes: the card's iframe with the listener that sizes it, and the chart image.
import type { Article } from '../domain/library'
import { EmbedFrame, frameOf } from './oembed'
import { articleUrls } from './urls'

/**
 * The host page's half of the resize contract: it sets the height of the iframe that sent the message.
 * Only messages from our origin and of our type are read.
 */
function hostListener(origin: string): string {
  return `<script>
window.addEventListener('message', function (event) {
  var data = event.data
  if (event.origin !== '${origin}' || !data || data.type !== 'article-edge:height') return
  if (typeof data.height !== 'number' || !(data.height > 0)) return
  var frames = document.getElementsByTagName('iframe')
  for (var i = 0; i < frames.length; i++) {
    if (frames[i].contentWindow === event.source) frames[i].style.height = Math.ceil(data.height) + 'px'
  }
})
</script>`
}

/**
 * hono/jsx writes an apostrophe as &#39;. In double-quoted attributes a plain one means the same, and a reader who
 * copies the code should see the words as written.
 */
const readable = (html: string) => html.replaceAll('&#39;', "'")

/** The card's iframe, as oEmbed gives it at full width, plus the listener, as a host page pastes it. */
export function iframeCode(article: Article, origin: string): string {
  const frame = String(<EmbedFrame {...frameOf(article, origin, {})} />)
  return `${readable(frame)}\n${hostListener(origin)}`
}

/** An <img> of the chart with a short alt text; the chart itself carries the full description. */
export function imageCode(article: Article, origin: string): string {
  const source = article.reports.at(-1)?.source.shortName
  const alt = source ? `Chart: Russian losses claimed by ${source}` : article.headline
  return readable(
    String(<img src={articleUrls(origin, article.slug).chart} alt={alt} style="max-width:100%" />),
  )
}
