// Every route the app declares, walked from app.routes: each answers with the header set of its kind, so a route
// added anywhere cannot silently get the wrong headers, CORS or error shape.
import { describe, expect, it } from 'vitest'
import { expectHeadersOfKind } from './header-sets'
import { appFor, dataWithFixture, FEATURED, ORIGIN } from './helpers'

/** A value for each path parameter, so every declared route can be asked for. */
const PARAMS: Record<string, string> = { slug: FEATURED, sitemap: '1.xml' }
/** A path parameter, with the pattern it may carry (`:sitemap{[1-9][0-9]{0,6}\\.xml}`). */
const PARAM = /:(\w+)(\{[^/]*\})?/g

const app = await appFor(dataWithFixture())
const paths = [
  ...new Set(app.routes.filter((r) => r.method === 'GET' && !r.path.includes('*')).map((r) => r.path)),
]

describe('Every declared route', () => {
  it('includes the reader pages, the API, the embeds and oEmbed', () => {
    for (const path of ['/', '/articles/:slug', '/api/v1/articles/:slug/figures', '/embed/:slug', '/oembed'])
      expect(paths).toContain(path)
  })

  it.each(paths)('%s answers with the headers of its kind', async (route) => {
    const path = route.replace(PARAM, (_, name: string) => PARAMS[name] ?? name)
    expect(path, 'every path parameter has an example value').not.toContain(':')
    const res = await app.request(`${ORIGIN}${path}`)
    expect(res.status, path).toBeLessThan(500)
    await expectHeadersOfKind(path, res)
  })

  it.each(paths)('%s answers a wrong method, or an unknown article, with its kind too', async (route) => {
    const example = route.replace(PARAM, (_, name: string) => PARAMS[name] ?? name)
    const deleted = await app.request(`${ORIGIN}${example}`, { method: 'DELETE' })
    expect(deleted.status, example).toBe(405)
    await expectHeadersOfKind(example, deleted)
    if (!route.includes(':')) return
    const unknown = route.replace(PARAM, 'no-such-thing')
    const missing = await app.request(`${ORIGIN}${unknown}`)
    expect(missing.status, unknown).toBe(404)
    await expectHeadersOfKind(unknown, missing)
  })
})
