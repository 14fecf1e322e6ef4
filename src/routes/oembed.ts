// oEmbed (https://oembed.com): a CMS given one of our article addresses asks here for the HTML to embed it.
import { Hono } from 'hono'
import type { Article, Library } from '../domain/library'
import { DATA } from '../http/cache-control'
import { problem } from '../http/problem'
import type { Represent } from '../http/representation'
import { JSON_TYPE, send } from '../http/respond'
import { oembedQueryParam } from '../http/validate'
import { THEMES, type Theme } from '../views/embed-card'
import { oembedJson } from '../views/oembed'

/** The article an address on this site shows: `/`, `/articles/{slug}` or `/embed/{slug}`, any query. */
async function articleAt(library: Library, url: URL, origin: URL): Promise<Article | undefined> {
  if (url.host !== origin.host || !['http:', 'https:'].includes(url.protocol)) return undefined
  const path = url.pathname.replace(/(.)\/+$/, '$1')
  if (path === '/') return library.getFeatured()
  const slug = /^\/(?:articles|embed)\/([^/]+)$/.exec(path)?.[1]
  if (!slug) return undefined
  let decoded: string
  try {
    decoded = decodeURIComponent(slug)
  } catch {
    return undefined // a malformed escape cannot be a slug of ours
  }
  return library.getArticle(decoded)
}

export function oembedRoutes(library: Library, represent: Represent) {
  const oembed = new Hono()

  oembed.get('/oembed', oembedQueryParam(), async (c) => {
    const { url, format, maxwidth, maxheight } = c.req.valid('query')
    if (format === 'xml') return problem(c, 501, 'Only format=json is offered.')
    const origin = new URL(c.req.url)
    const target = new URL(url)
    const article = await articleAt(library, target, origin)
    if (!article) {
      return problem(c, 404, `${url} is not an article on this site.`)
    }
    // A card address may choose its theme; the embed keeps it.
    const asked = target.pathname.startsWith('/embed/') ? target.searchParams.get('theme') : null
    const theme = THEMES.find((t) => t === asked) as Theme | undefined
    const key = `oembed:${origin.origin}:${article.slug}:${maxwidth ?? ''}:${maxheight ?? ''}:${theme ?? ''}`
    const body = await represent(key, () =>
      JSON.stringify(oembedJson(article, origin.origin, { maxwidth, maxheight, theme })),
    )
    return send(c, body, JSON_TYPE, DATA)
  })

  return oembed
}
