// The 1-article site as `npm start` serves it (wrangler dev, its [build], the real routing and public/_headers):
// every PNG the page links answers 200 image/png at the size the page states, straight from the asset layer.
import { describe, expect, inject, it } from 'vitest'
import { articleSlugs } from './checks'
import { expectImage, linkedImages } from './images'

const skip = inject('skipReason') !== ''
const origin = inject('workerOrigin')
const slugs = skip ? [] : await articleSlugs(origin)

describe.skipIf(skip)('the PNGs of the site `npm start` serves', () => {
  it.each(slugs)('serves the og:image and each chart PNG that /articles/%s links', async (slug) => {
    const { og, charts } = await linkedImages(origin, slug)
    expect(og.url).toMatch(new RegExp(`^${origin}/images/${slug}/og\\.[0-9a-f]{16}\\.png$`))
    expect([og.width, og.height]).toEqual([1200, 630])
    expect(charts.length).toBeGreaterThanOrEqual(2)
    for (const image of [og, ...charts]) await expectImage(image)
  })

  it('answers 304 to the asset’s ETag, and HEAD without a body', async () => {
    const { og } = await linkedImages(origin, slugs[0] as string)
    const etag = (await fetch(og.url)).headers.get('etag') ?? ''
    expect(etag).toMatch(/^"[^"]+"$/)
    expect((await fetch(og.url, { headers: { 'If-None-Match': etag } })).status).toBe(304)
    const head = await fetch(og.url, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
  })

  it.each([
    '/_data/site.json',
    `/_data/images/${slugs[0]}.json`,
    '/_headers',
    '/api-description/openapi.json',
  ])('keeps %s, a build file, unreachable: the Worker answers 404', async (path) => {
    const res = await fetch(`${origin}${path}`)
    expect(res.status).toBe(404)
    expect(res.headers.get('content-type')).toMatch(/^(text\/html|application\/problem\+json)/)
  })
})

describe.skipIf(skip)('the files of public/, served by the asset layer without the Worker', () => {
  it('serves the card’s resize script and the site icon with their types, the headers of _headers and an ETag', async () => {
    for (const [path, type] of [
      ['/embed/resize.js', /^(text|application)\/javascript/],
      ['/favicon.svg', /^image\/svg\+xml/],
    ] as const) {
      const res = await fetch(`${origin}${path}`)
      expect(res.status, path).toBe(200)
      expect(res.headers.get('content-type'), path).toMatch(type)
      expect(res.headers.get('cache-control'), path).toBe(
        'public, max-age=3600, stale-while-revalidate=86400',
      )
      expect(res.headers.get('cross-origin-resource-policy'), path).toBe('cross-origin')
      const etag = res.headers.get('etag') ?? ''
      expect((await fetch(`${origin}${path}`, { headers: { 'If-None-Match': etag } })).status, path).toBe(304)
    }
  })

  it('sends /favicon.ico, which browsers ask for unprompted, to the SVG icon (public/_redirects)', async () => {
    const res = await fetch(`${origin}/favicon.ico`, { redirect: 'manual' })
    expect(res.status).toBe(301)
    expect(new URL(res.headers.get('location') ?? '', origin).pathname).toBe('/favicon.svg')
  })
})
