// The charts' PNGs that the build listed but left to their first request (past IMAGES_PREBUILD): drawn by the
// drawing Worker (service binding DRAW; it makes the SVG too, so no image code loads here), and kept in the Cache
// API under their fingerprinted address, so each is drawn at most once per location. A PNG the build drew is a
// file the asset layer serves (public/_headers); those requests never reach the Worker.
import { createMiddleware } from 'hono/factory'
import * as v from 'valibot'
import { articleImageList } from '../data/article-images'
import { Id } from '../data/primitives'
import type { Library } from '../domain/library'
import { factory } from '../factory'
import { articleBySlug } from '../http/article'
import { IMMUTABLE } from '../http/cache-control'
import { describeRoute, documents, ofProblem } from '../http/describe'
import { SITE_NAME } from '../site'
import { articleContext, articleEquipment } from '../views/charts/context-data'

/** The Cache API's cache for drawn PNGs, apart from anything else the zone caches. */
const CACHE_NAME = 'images'

/** {slug}/{kind}.{16 hex digits}.png, as scripts/render-images.ts names them. */
const ImageName = v.object({
  slug: v.pipe(Id, v.description('The article’s slug, as in its address /articles/{slug}.')),
  file: v.pipe(
    v.string(),
    v.regex(/^[a-z]+\.[0-9a-f]{16}\.png$/),
    v.description('The name the article page links: {kind}.{16 hex digits}.png'),
  ),
})

/** A name the build cannot have listed is unknown (404), not a bad request. */
const imageName = documents(
  createMiddleware(async (c, next) => {
    if (!v.is(ImageName, c.req.param())) return c.notFound()
    await next()
  }),
  'param',
  ImageName,
)

export function imageRoutes(library: Library) {
  const images = factory.createApp()

  images.get(
    '/:slug/:file',
    describeRoute(() => ({
      operationId: 'getImage',
      summary:
        'A chart or link-preview PNG: a file drawn at build time, or drawn on its first request and kept; its name carries a fingerprint of everything that shapes it, so it never changes',
      tags: ['Embeds'],
      responses: {
        200: { description: 'The PNG.', content: { 'image/png': 'binary' } },
        404: ofProblem('No image has this name.'),
      },
    })),
    imageName,
    articleBySlug(library),
    async (c) => {
      const { article, origin } = c.var
      const { pathname, href } = new URL(c.req.url)
      const listed = (await articleImageList(c.env.ASSETS, origin, article.slug)).find(
        (i) => i.path === pathname,
      )
      if (!listed) return c.notFound()
      const headers = { 'Content-Type': 'image/png', 'Cache-Control': IMMUTABLE }
      const cache = await caches.open(CACHE_NAME)
      const kept = await cache.match(href)
      if (kept?.body) return c.body(kept.body, 200, headers)
      const datasets = await library.listDatasets()
      const context = articleContext(article, datasets, SITE_NAME)
      const equipment = articleEquipment(article, datasets, SITE_NAME)
      const drawn = await c.env.DRAW.png(listed.kind, article, context, equipment)
      if (!drawn) return c.notFound()
      const png = new Uint8Array(drawn)
      c.executionCtx.waitUntil(cache.put(href, new Response(png, { headers })))
      return c.body(png, 200, headers)
    },
  )

  return images
}
