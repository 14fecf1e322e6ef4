// oEmbed (https://oembed.com): a CMS given one of our article addresses asks here for the HTML to embed it.
import type { Article, Library } from '../domain/library'
import { factory } from '../factory'
import { DATA } from '../http/cache-control'
import { BAD_QUERY, describeRoute, ofJson, ofProblem } from '../http/describe'
import { answerError } from '../http/errors'
import { kept } from '../http/kept-answers'
import { json } from '../http/respond'
import { oembedQuery } from '../http/validate'
import { THEMES } from '../site'
import { oembedJson } from '../views/oembed'

/** The article an address on this site shows: `/`, `/articles/{slug}` or `/embed/{slug}`, any query. */
async function articleAt(library: Library, url: URL, origin: string): Promise<Article | undefined> {
  if (url.host !== new URL(origin).host || !['http:', 'https:'].includes(url.protocol)) return undefined
  const path = url.pathname.replace(/(.)\/+$/, '$1')
  if (path === '/') return library.getFeatured()
  const slug = /^\/(?:articles|embed)\/([^/]+)$/.exec(path)?.[1]
  if (!slug) return undefined
  try {
    return await library.getArticle(decodeURIComponent(slug))
  } catch {
    return undefined // a malformed escape cannot be a slug of ours
  }
}

export function oembedRoutes(library: Library) {
  const oembed = factory.createApp()

  oembed.get(
    '/',
    describeRoute(() => ({
      operationId: 'getOembed',
      summary: 'oEmbed 1.0 for an article address on this site',
      tags: ['Embeds'],
      responses: {
        200: ofJson('Oembed', 'A "rich" embed: an iframe of the card.'),
        400: BAD_QUERY,
        404: ofProblem('The address is not an article on this site.'),
        501: ofProblem('Only format=json is offered.'),
      },
    })),
    kept(DATA, { query: oembedQuery.names }),
    oembedQuery,
    async (c) => {
      const { url, format, maxwidth, maxheight, theme: chosen } = c.req.valid('query')
      if (format === 'xml') return answerError(c, 501, 'Only format=json is offered.')
      const target = new URL(url)
      const article = await articleAt(library, target, c.var.origin)
      if (!article) return answerError(c, 404, `${url} is not an article on this site.`)
      // `theme` chooses the card's colours; without it, a card address's own theme is kept.
      const asked = target.pathname.startsWith('/embed/') ? target.searchParams.get('theme') : null
      const theme = chosen ?? THEMES.find((t) => t === asked)
      return json(c, oembedJson(article, c.var.origin, { maxwidth, maxheight, theme }))
    },
  )

  return oembed
}
