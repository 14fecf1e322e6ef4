// The charts' PNGs that the build listed but left to their first request (past IMAGES_PREBUILD): drawn by the
// drawing Worker (service binding DRAW) and kept in the Cache API under their fingerprinted address, so each is
// drawn at most once per location. A PNG the build drew is a file the asset layer serves; those requests never
// reach the Worker.
import { articleImageList } from '../data/article-images'
import type { Library } from '../domain/library'
import { factory } from '../factory'
import { articleBySlug } from '../http/article'
import { IMMUTABLE } from '../http/cache-control'
import { SITE_NAME } from '../site'
import { articleContext, articleEquipment } from '../views/charts/context-data'
import { articleImages } from '../views/charts/images'

/** The Cache API's cache for drawn PNGs, apart from anything else the zone caches. */
const CACHE_NAME = 'images'

export function imageRoutes(library: Library) {
  const images = factory.createApp()

  images.get('/:slug/:file', articleBySlug(library), async (c) => {
    const { article, origin } = c.var
    const { pathname, href } = new URL(c.req.url)
    const listed = (await articleImageList(c.env?.ASSETS, origin, article.slug)).find(
      (i) => i.path === pathname,
    )
    const draw = c.env?.DRAW
    if (!listed || !draw) return c.notFound()
    const headers = { 'Content-Type': 'image/png', 'Cache-Control': IMMUTABLE }
    const cache = await caches.open(CACHE_NAME)
    const kept = await cache.match(href)
    if (kept?.body) return c.body(kept.body, 200, headers)
    const datasets = await library.listDatasets()
    const context = articleContext(article, datasets, SITE_NAME)
    const equipment = articleEquipment(article, datasets, SITE_NAME)
    const image = articleImages(article, context, SITE_NAME, equipment).find((i) => i.kind === listed.kind)
    if (!image) return c.notFound()
    const png = new Uint8Array(await draw.png(image.svg(), image.zoom))
    c.executionCtx.waitUntil(cache.put(href, new Response(png, { headers })))
    return c.body(png, 200, headers)
  })

  return images
}
