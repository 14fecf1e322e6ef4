// The charts' PNGs as the Worker sees them: the page links the files the build drew (npm run images), at the
// sizes it states; the asset layer serves them (public/_headers, checked against the Worker's own headers here;
// tests/browser/images.test.ts requests them through it); one the build listed but did not draw, the Worker draws
// (through the drawing Worker, DRAW); any other is the Worker's 404.
import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { headersFileFor } from './headers-file'
import { FEATURED, fetchWorker } from './helpers'
import { pngSize } from './png-size'

/** The page's og:image and its stated size. */
async function ogImage() {
  const html = await (await fetchWorker(`/articles/${FEATURED}`)).text()
  const meta = (property: string) =>
    html.match(new RegExp(`<meta property="${property}" content="([^"]*)"`))?.[1] ?? ''
  return {
    url: meta('og:image'),
    width: Number(meta('og:image:width')),
    height: Number(meta('og:image:height')),
    alt: meta('og:image:alt'),
    card: html.match(/<meta name="twitter:card" content="([^"]*)"/)?.[1],
  }
}

/** A file of the static assets, read through the binding as the asset layer would serve it. */
async function assetBytes(path: string): Promise<Uint8Array> {
  const res = await env.ASSETS.fetch(`https://example.com${path}`)
  expect(res.status, path).toBe(200)
  return new Uint8Array(await res.arrayBuffer())
}

describe('the PNGs of an article', () => {
  it('links a 1200×630 link-preview image whose file the build drew at that size', async () => {
    const og = await ogImage()
    expect(og.url).toMatch(new RegExp(`^https://example.com/images/${FEATURED}/og\\.[0-9a-f]{16}\\.png$`))
    expect([og.width, og.height]).toEqual([1200, 630])
    expect(og.alt).toContain('+350')
    expect(og.card).toBe('summary_large_image')
    expect(pngSize(await assetBytes(new URL(og.url).pathname))).toEqual({ width: 1200, height: 630 })
  })

  it('offers each chart as a PNG at twice the size of the SVG it is drawn from', async () => {
    const html = await (await fetchWorker(`/articles/${FEATURED}`)).text()
    const found = html.matchAll(/<a href="([^"]*\/images\/[^"]*\/(chart|context)\.[0-9a-f]{16}\.png)"/g)
    // Each is linked beside its chart and again in "Get the data / Embed".
    const links = new Map([...found].map(([, href, kind]) => [href as string, kind as string]))
    expect([...links.values()].sort()).toEqual(['chart', 'context'])
    for (const [href, kind] of links) {
      const png = pngSize(await assetBytes(new URL(href).pathname))
      const svg = await (await fetchWorker(`/embed/${FEATURED}/${kind}.svg?theme=light`)).text()
      const [, width, height] = svg.match(/viewBox="0 0 ([\d.]+) ([\d.]+)"/) ?? []
      expect(png).toEqual({ width: 2 * Number(width), height: 2 * Number(height) })
      // The page states the size it links.
      expect(html).toContain(`${href}">PNG (${png.width}×${png.height} px)</a>`)
    }
  })
})

describe('GET /images/… that the build did not list', () => {
  it.each([
    `/images/${FEATURED}/og.0000000000000000.png`,
    `/images/${FEATURED}/og.png`,
    '/images/no-such-article/chart.0000000000000000.png',
  ])('is the Worker’s 404 for %s, kept a minute, not for good', async (path) => {
    const res = await fetchWorker(path)
    expect(res.status).toBe(404)
    expect(res.headers.get('Content-Type')).toBe('application/problem+json')
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=60')
  })

  it('carries the very headers public/_headers gives the files, but their year-long cache life', async () => {
    const path = `/images/${FEATURED}/og.0000000000000000.png`
    const rules = headersFileFor(path)
    expect(rules.get('cache-control')).toBe('public, max-age=31536000, immutable')
    const res = await fetchWorker(path)
    const worker = new Map(
      [...res.headers].filter(
        ([name]) => !['cache-control', 'content-type', 'content-length', 'etag'].includes(name),
      ),
    )
    rules.delete('cache-control')
    expect(Object.fromEntries(rules)).toEqual(Object.fromEntries(worker))
  })
})

describe('GET /images/… that the build listed but left to its first request', () => {
  // The request reaches the Worker itself here, as it does in production only when no file has that name.
  it('draws it with the drawing Worker, byte for byte the PNG the build drew, and keeps it in the Cache API', async () => {
    const { url } = await ogImage()
    const path = new URL(url).pathname
    const res = await fetchWorker(path)
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toBe('image/png')
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable')
    expect(res.headers.get('Cross-Origin-Resource-Policy')).toBe('cross-origin')
    const drawn = new Uint8Array(await res.arrayBuffer())
    // resvg as WebAssembly in workerd and resvg as a Node addon at build time, from one SVG and one font.
    expect(drawn).toEqual(await assetBytes(path))
    const cache = await caches.open('images')
    await expect.poll(async () => (await cache.match(url))?.status).toBe(200)
    // The first drawing of an isolate instantiates resvg's WebAssembly: seconds on a loaded machine.
  }, 60_000)

  it('draws each chart at the size the page states', async () => {
    const html = await (await fetchWorker(`/articles/${FEATURED}`)).text()
    for (const [, href, width, height] of html.matchAll(
      /<a href="([^"]*\.png)">PNG \((\d+)×(\d+) px\)<\/a>/g,
    )) {
      const res = await fetchWorker(new URL(href as string).pathname)
      expect(res.status, href).toBe(200)
      expect(pngSize(new Uint8Array(await res.arrayBuffer())), href).toEqual({
        width: Number(width),
        height: Number(height),
      })
    }
  }, 60_000)
})
