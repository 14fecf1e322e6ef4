// A broken deploy says so: each kind of built file the site index promises (the index itself, an archive page, a
// dataset, an article, an article's image list, the OpenAPI document), deleted or corrupted in the assets, makes
// the routes that need it answer 503, never a 200 with less in it, a 404 or a 500. The 503 is problem+json for
// programs and the error page for readers, `no-store`, logged with console.error naming the file, and never kept,
// so the next request, once the file is there, is answered in full.
import { env } from 'cloudflare:workers'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { createApp } from '../src/app'
import { assetLibrary, DATA_PREFIX } from '../src/data/asset-library'
import { keptAnswers } from '../src/http/kept-answers'
import { type StyleSources, styleSources } from '../src/http/security'
import { kindOf } from './header-sets'
import { FEATURED, ORIGIN } from './helpers'

const DATASET = 'general-staff-losses'

/** The real assets binding, with some files gone, garbled or written otherwise. */
function brokenAssets(missing: Set<string>, garbled: Set<string>, written = new Map<string, unknown>()) {
  return {
    fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
      const { pathname } = new URL(input instanceof Request ? input.url : String(input))
      if (missing.has(pathname)) return new Response('Not Found', { status: 404 })
      if (garbled.has(pathname)) return new Response('{"articles": [', { status: 200 })
      if (written.has(pathname)) return Response.json(written.get(pathname))
      return env.ASSETS.fetch(input, init)
    },
    connect: env.ASSETS.connect,
  } as Fetcher
}

let styles: StyleSources
beforeAll(async () => {
  styles = await styleSources()
})
afterEach(() => {
  vi.restoreAllMocks()
})

/** An app over the broken assets, as src/index.ts builds the real one (kept answers included). */
function appWithout(missing: string[], garbled: string[] = [], written?: Map<string, unknown>) {
  const gone = new Set(missing)
  const bad = new Set(garbled)
  const assets = brokenAssets(gone, bad, written)
  const app = createApp({ library: assetLibrary(assets), styles, kept: keptAnswers() })
  return {
    /** Puts every file back, as the next deploy would. */
    restore: () => {
      gone.clear()
      bad.clear()
    },
    request: (path: string) => app.request(`${ORIGIN}${path}`, {}, { ASSETS: assets }),
  }
}

const article = `/articles/${FEATURED}`
/** Each kind of built file, and the routes that cannot answer without it. */
const CASES: [string, string, string[]][] = [
  [
    'the site index',
    `${DATA_PREFIX}/site.json`,
    ['/', article, '/articles', '/api/v1/articles', '/api/v1/datasets', '/sitemap.xml', '/feed.xml'],
  ],
  [
    'the first archive page',
    `${DATA_PREFIX}/archive/1.json`,
    ['/articles', '/api/v1/articles', '/sitemap.xml', '/feed.xml'],
  ],
  [
    'a dataset',
    `${DATA_PREFIX}/datasets/${DATASET}.json`,
    [
      '/api/v1/datasets',
      `/api/v1/datasets/${DATASET}`,
      `/api/v1/datasets/${DATASET}/reports`,
      article,
      `/embed/${FEATURED}/context.svg`,
      `/embed/${FEATURED}/equipment.svg`,
    ],
  ],
  [
    'the featured article',
    `${DATA_PREFIX}/articles/${FEATURED}.json`,
    ['/', article, `/api/v1/articles/${FEATURED}`, `/embed/${FEATURED}`, `/embed/${FEATURED}/chart.svg`],
  ],
  ['the image list of an article', `${DATA_PREFIX}/images/${FEATURED}.json`, ['/', article]],
  ['the OpenAPI document', '/api-description/openapi.json', ['/api/v1/openapi.json']],
]

describe.each(CASES)('without %s (%s)', (_, file, routes) => {
  for (const how of ['deleted', 'not valid JSON'] as const) {
    it.each(routes)(`${how}: GET %s answers 503, no-store, logs the file and keeps nothing`, async (path) => {
      const log = vi.spyOn(console, 'error').mockImplementation(() => {})
      const app = how === 'deleted' ? appWithout([file]) : appWithout([], [file])
      const res = await app.request(path)
      expect(res.status).toBe(503)
      expect(res.headers.get('Cache-Control')).toBe('no-store')
      expect(res.headers.get('ETag')).toBeNull()
      const type = res.headers.get('Content-Type')
      if (kindOf(path) === 'programs') {
        const problem = (await res.json()) as { status: number; title: string }
        expect(type).toBe('application/problem+json')
        expect(problem).toMatchObject({ status: 503, title: 'Service Unavailable' })
      } else {
        expect(type).toBe('text/html; charset=utf-8')
        expect(await res.text()).toContain('(503)</title>')
      }
      expect(log.mock.calls.flat().join(' ')).toContain(file)
      // Not kept: with the file back, the same address is answered in full.
      app.restore()
      expect((await app.request(path)).status).toBe(200)
    })
  }
})

describe('an empty list is a 200 only when the build wrote it empty', () => {
  it('lists the datasets the index names, and none when it names none', async () => {
    const full = await appWithout([]).request('/api/v1/datasets')
    expect(full.status).toBe(200)
    expect(((await full.json()) as { datasets: unknown[] }).datasets).toHaveLength(1)
    const site = (await (
      await env.ASSETS.fetch(`https://assets.invalid${DATA_PREFIX}/site.json`)
    ).json()) as object
    const none = new Map([[`${DATA_PREFIX}/site.json`, { ...site, datasets: [] }]])
    const empty = await appWithout([], [], none).request('/api/v1/datasets')
    expect(empty.status).toBe(200)
    expect(((await empty.json()) as { datasets: unknown[] }).datasets).toEqual([])
  })
})
