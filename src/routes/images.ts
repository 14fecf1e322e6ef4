// The charts' PNGs, mounted at /images: files from Workers Static Assets (drawn at build time), never bytes in the
// script. Their names carry a fingerprint of what they show, so caches may keep them for good.

import { factory } from '../factory'
import { IMMUTABLE } from '../http/cache-control'

/** {slug}/{kind}.{16 hex digits}.png, as build-tools/images/images.tsx names them. */
const IMAGE_PATH = /^[a-z0-9-]{1,200}\/[a-z]+\.[0-9a-f]{16}\.png$/

export function imageRoutes() {
  const images = factory.createApp()

  images.get('/:slug/:file', async (c) => {
    const { slug, file } = c.req.param()
    // Without the binding (an app built from fixtures) there are no images, as for a name never drawn.
    const assets = c.env?.ASSETS
    if (!IMAGE_PATH.test(`${slug}/${file}`) || !assets) return c.notFound()
    const url = new URL(c.req.url)
    const asset = await assets.fetch(new URL(url.pathname, url.origin), { method: 'GET' })
    if (asset.status !== 200 || !asset.body) return c.notFound()
    const headers: Record<string, string> = { 'Content-Type': 'image/png', 'Cache-Control': IMMUTABLE }
    // The asset server's validator; without one, the etag middleware hashes the bytes instead.
    const etag = asset.headers.get('ETag')
    if (etag) headers.ETag = etag
    return c.body(asset.body, 200, headers)
  })

  return images
}
