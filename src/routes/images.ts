// The charts' PNGs, mounted at /images: files from Workers Static Assets (drawn at build time), never bytes in the
// script. Their names carry a fingerprint of what they show, so caches may keep them for good.
import { createMiddleware } from 'hono/factory'
import * as v from 'valibot'
import { Id } from '../data/primitives'
import { factory } from '../factory'
import { IMMUTABLE } from '../http/cache-control'
import { describeRoute, documents, ofPage } from '../http/describe'

/** {slug}/{kind}.{16 hex digits}.png, as build-tools/images/images.tsx names them. */
const ImageName = v.object({
  slug: v.pipe(Id, v.description('The article’s slug, as in its address /articles/{slug}.')),
  file: v.pipe(
    v.string(),
    v.regex(/^[a-z]+\.[0-9a-f]{16}\.png$/),
    v.description('The name the article page links: {kind}.{16 hex digits}.png'),
  ),
})

/** A name the build cannot have drawn is unknown (404), not a bad request. */
const imageName = documents(
  createMiddleware(async (c, next) => {
    if (!v.is(ImageName, c.req.param())) return c.notFound()
    await next()
  }),
  'param',
  ImageName,
)

export function imageRoutes() {
  const images = factory.createApp()

  images.get(
    '/:slug/:file',
    describeRoute(() => ({
      operationId: 'getImage',
      summary:
        'A chart or link-preview PNG drawn at build time; its name carries a fingerprint, so it never changes',
      tags: ['Embeds'],
      responses: {
        200: { description: 'The PNG.', content: { 'image/png': 'binary' } },
        404: ofPage('No image has this name.'),
      },
    })),
    imageName,
    async (c) => {
      const url = new URL(c.req.url)
      const asset = await c.env.ASSETS.fetch(new URL(url.pathname, url.origin), { method: 'GET' })
      if (asset.status !== 200 || !asset.body) return c.notFound()
      const headers: Record<string, string> = { 'Content-Type': 'image/png', 'Cache-Control': IMMUTABLE }
      // The asset server's validator; without one, the etag middleware hashes the bytes instead.
      const etag = asset.headers.get('ETag')
      if (etag) headers.ETag = etag
      return c.body(asset.body, 200, headers)
    },
  )

  return images
}
