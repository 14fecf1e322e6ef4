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
