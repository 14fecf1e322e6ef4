// The charts' PNGs: drawn at build time (npm run images) and served from Workers Static Assets.
import { describe, expect, it } from 'vitest'
import { FEATURED, fetchWorker } from './helpers'

/** Width and height from a PNG's IHDR chunk, read here rather than trusted from the code that wrote it. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
  expect([...bytes.subarray(0, 8)]).toEqual(signature)
  expect(new TextDecoder().decode(bytes.subarray(12, 16))).toBe('IHDR')
  const view = new DataView(bytes.buffer, bytes.byteOffset)
  return { width: view.getUint32(16), height: view.getUint32(20) }
}

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

describe('GET /images/{slug}/{kind}.{fingerprint}.png', () => {
  it('serves the link-preview image at 1200×630, as the page states', async () => {
    const og = await ogImage()
    expect(og.url).toMatch(new RegExp(`^https://example.com/images/${FEATURED}/og\\.[0-9a-f]{16}\\.png$`))
    expect([og.width, og.height]).toEqual([1200, 630])
    expect(og.alt).toContain('+350')
    expect(og.card).toBe('summary_large_image')
    const res = await fetchWorker(new URL(og.url).pathname)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/png')
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin')
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(pngSize(new Uint8Array(await res.arrayBuffer()))).toEqual({ width: 1200, height: 630 })
  })

  it('answers 304 to its own ETag, and HEAD without a body', async () => {
    const { url } = await ogImage()
    const path = new URL(url).pathname
    const etag = (await fetchWorker(path)).headers.get('etag') ?? ''
    expect(etag).toMatch(/^"[^"]+"$/)
    const again = await fetchWorker(path, { headers: { 'If-None-Match': etag } })
    expect(again.status).toBe(304)
    const head = await fetchWorker(path, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
  })

  it('offers each chart as a PNG at twice the size of the SVG it is drawn from', async () => {
    const html = await (await fetchWorker(`/articles/${FEATURED}`)).text()
    const found = html.matchAll(/<a href="([^"]*\/images\/[^"]*\/(chart|context)\.[0-9a-f]{16}\.png)"/g)
    // Each is linked beside its chart and again in "Get the data / Embed".
    const links = new Map([...found].map(([, href, kind]) => [href as string, kind as string]))
    expect([...links.values()].sort()).toEqual(['chart', 'context'])
    for (const [href, kind] of links) {
      const png = pngSize(new Uint8Array(await (await fetchWorker(new URL(href).pathname)).arrayBuffer()))
      const svg = await (await fetchWorker(`/embed/${FEATURED}/${kind}.svg?theme=light`)).text()
      const [, width, height] = svg.match(/viewBox="0 0 ([\d.]+) ([\d.]+)"/) ?? []
      expect(png).toEqual({ width: 2 * Number(width), height: 2 * Number(height) })
      // The page states the size it links.
      expect(html).toContain(`${href}">PNG (${png.width}×${png.height} px)</a>`)
    }
  })

  it.each([
    `/images/${FEATURED}/og.0000000000000000.png`,
    `/images/${FEATURED}/og.png`,
    '/images/no-such-article/chart.0000000000000000.png',
  ])('answers 404 for %s', async (path) => {
    expect((await fetchWorker(path)).status).toBe(404)
  })
})
