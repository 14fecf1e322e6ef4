// Kept answers: the same answer the second time, and no work done for it (lookups, hashing, serializing).
import { createExecutionContext } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { type Context, Hono } from 'hono'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createApp } from '../src/app'
import { assetLibrary } from '../src/data/asset-library'
import { type KeptAnswers, kept, keptAnswers } from '../src/http/kept-answers'
import { styleSources } from '../src/http/security'
import worker from '../src/index'
import { appFor, assetsFor, FEATURED, fetchWorker, ORIGIN } from './helpers'
import { REAL_DATA } from './real-data'

type Answer = { status: number; headers: [string, string][]; body: string }

async function answer(path: string, init?: RequestInit): Promise<Answer> {
  const res = await fetchWorker(path, init)
  return { status: res.status, headers: [...res.headers], body: await res.text() }
}

const FIGURES = `/api/v1/articles/${FEATURED}/figures`

afterEach(() => {
  vi.restoreAllMocks()
})

describe('Kept answers', () => {
  const paths = [
    '/',
    `/articles/${FEATURED}`,
    '/api/v1/articles',
    `/api/v1/articles/${FEATURED}`,
    FIGURES,
    `${FIGURES}?category=tanks,personnel&report=latest`,
    `${FIGURES}?category=bogus`,
    '/api/v1/articles/no-such-article',
    '/articles/no-such-article',
  ]

  for (const path of paths) {
    it(`answers ${path} the same the second time, to GET and HEAD`, async () => {
      const first = await answer(path)
      expect(await answer(path)).toEqual(first)
      const head = await answer(path, { method: 'HEAD' })
      expect(head).toEqual({ ...first, body: '' })
      expect(await answer(path, { method: 'HEAD' })).toEqual(head)
    })
  }

  it('answers a revalidation with the same 304 each time, and other validators as before', async () => {
    const etag = (await fetchWorker(FIGURES)).headers.get('ETag') as string
    const notModified = await answer(FIGURES, { headers: { 'If-None-Match': etag } })
    expect(notModified.status).toBe(304)
    expect(await answer(FIGURES, { headers: { 'If-None-Match': etag } })).toEqual(notModified)
    expect((await answer(FIGURES, { headers: { 'If-None-Match': `W/${etag}` } })).status).toBe(304)
    expect((await answer(FIGURES, { headers: { 'If-None-Match': '"other"' } })).status).toBe(200)
  })

  it('still answers other methods through the app', async () => {
    await fetchWorker(FIGURES)
    const res = await fetchWorker(FIGURES, { method: 'POST' })
    expect(res.status).toBe(405)
  })
})

describe('The deployed Worker (src/index.ts) keeps answers', () => {
  // Addresses no other test asks for, so the first request below is this canonical request's first.
  let n = Math.floor(Math.random() * 100)
  const fresh = () => `${ORIGIN}${FIGURES}?category=${'tanks,'.repeat(++n)}personnel`
  const send = (url: string, init?: RequestInit) =>
    worker.fetch(new Request(url, init), env, createExecutionContext())

  it('hashes a 200 once: the second request and its revalidation compute no ETag', async () => {
    const url = fresh()
    const digest = vi.spyOn(crypto.subtle, 'digest')
    const first = await send(url)
    await first.text()
    expect(digest).toHaveBeenCalled()
    const etag = first.headers.get('ETag') as string
    expect((await send(url, { headers: { 'If-None-Match': etag } })).status).toBe(304)
    digest.mockClear()
    expect(await (await send(url)).text()).not.toBe('')
    expect((await send(url, { headers: { 'If-None-Match': etag } })).status).toBe(304)
    expect(digest).not.toHaveBeenCalled()
  })

  it.each([
    ['a 404', () => `${ORIGIN}/api/v1/articles/no-such-article-${++n}`],
    ['a 400', () => `${ORIGIN}${FIGURES}?category=bogus-${++n}`],
  ])('writes %s problem once', async (_name, freshUrl) => {
    const url = freshUrl()
    const stringify = vi.spyOn(JSON, 'stringify')
    const first = await (await send(url)).text()
    expect(stringify).toHaveBeenCalled()
    stringify.mockClear()
    expect(await (await send(url)).text()).toBe(first)
    expect(stringify).not.toHaveBeenCalled()
  })
})

/** The app as src/index.ts wires it, over a library that counts its article lookups. */
async function countingWorker(store: KeptAnswers) {
  const ASSETS = assetsFor(REAL_DATA)
  const library = assetLibrary(ASSETS)
  let lookups = 0
  const counted = {
    ...library,
    getArticle: (slug: string) => {
      lookups++
      return library.getArticle(slug)
    },
  }
  const app = createApp({ library: counted, styles: await styleSources(), kept: store })
  const fetch = async (path: string) => {
    const request = new Request(`${ORIGIN}${path}`)
    return (store.answer(request) ?? (await app.fetch(request, { ASSETS }))).text()
  }
  return { fetch, lookups: () => lookups }
}

describe('keptAnswers() with createApp', () => {
  it.each([
    `/articles/${FEATURED}`,
    `${FIGURES}?report=latest`,
    `${FIGURES}?report=nope`,
    '/articles/no-such-article',
  ])('looks %s up once, however often it is asked for', async (path) => {
    const app = await countingWorker(keptAnswers())
    const first = await app.fetch(path)
    expect(app.lookups()).toBe(1)
    expect(await app.fetch(path)).toBe(first)
    expect(await app.fetch(path)).toBe(first)
    expect(app.lookups()).toBe(1)
  })

  it.each([
    [`${FIGURES}?report=latest`, `${FIGURES}?utm_source=news&report=latest&fbclid=abc`],
    [`${FIGURES}?report=latest`, `${FIGURES}?report=latest&utm_campaign=x&gclid=1&msclkid=2`],
    [`${FIGURES}?report=latest&category=tanks`, `${FIGURES}?category=tanks&report=latest`],
    [`/articles/${FEATURED}`, `/articles/${FEATURED}?utm_medium=social`],
  ])('answers %s and %s (tracking left out, names in order) from one kept answer', async (first, second) => {
    const app = await countingWorker(keptAnswers())
    const body = await app.fetch(first)
    expect(await app.fetch(second)).toBe(body)
    expect(app.lookups()).toBe(1)
  })

  it('answers a parameter the route does not read, and never keeps it', async () => {
    const app = await countingWorker(keptAnswers())
    const bare = await app.fetch(`/api/v1/articles/${FEATURED}`)
    for (let i = 0; i < 3; i++) expect(await app.fetch(`/api/v1/articles/${FEATURED}?junk=${i}`)).toBe(bare)
    expect(await app.fetch(`/api/v1/articles/${FEATURED}?junk=0`)).toBe(bare)
    expect(app.lookups()).toBe(5)
  })
})

describe('A kept answer never stands in for a different one', () => {
  // [asked first, and kept; asked next]: the second must get what the app itself answers it, whatever was kept.
  const pairs = [
    [FIGURES, `${FIGURES}?category=bogus`],
    [FIGURES, `${FIGURES}?report=nope&utm_source=x`],
    [FIGURES, `${FIGURES}?%63ategory=bogus`],
    [FIGURES, `${FIGURES}?report=latest&report=previous`],
    [`${FIGURES}?category=tanks`, `${FIGURES}?category=tanks&category=bogus`],
    [FIGURES, `${FIGURES}?utm_source=${'x'.repeat(4100)}`],
    ['/api/v1/articles', '/api/v1/articles?page=0'],
    ['/api/v1/articles', '/api/v1/articles?page=2'],
    ['/articles', '/articles?page=two'],
    [`/embed/${FEATURED}`, `/embed/${FEATURED}?theme=neon`],
    [`/embed/${FEATURED}/context.svg`, `/embed/${FEATURED}/context.svg?theme=dark`],
    ['/feed.xml', '/feed.xml?page=1&page=2'],
    [`/oembed?url=${ORIGIN}/`, `/oembed?url=${ORIGIN}/&maxwidth=0`],
  ]

  it.each(pairs)('keeps %s, then answers %s as the app does', async (first, second) => {
    const plain = await appFor(REAL_DATA)
    const store = keptAnswers()
    const ASSETS = assetsFor(REAL_DATA)
    const app = createApp({ library: assetLibrary(ASSETS), styles: await styleSources(), kept: store })
    const viaLayer = async (path: string) => {
      const request = new Request(`${ORIGIN}${path}`)
      return store.answer(request) ?? (await app.fetch(request, { ASSETS }))
    }
    const kept = await (await viaLayer(first)).text()
    expect(await (await viaLayer(first)).text()).toBe(kept)
    const expected = await plain.request(`${ORIGIN}${second}`)
    const expectedBody = await expected.text()
    expect(expectedBody).not.toBe(kept)
    const got = await viaLayer(second)
    expect([got.status, await got.text()]).toEqual([expected.status, expectedBody])
  })

  // The oracle for leaving tracking parameters out of the key: the app itself answers the same with them.
  it.each([
    '/',
    `/articles/${FEATURED}`,
    '/articles',
    `${FIGURES}?category=tanks`,
    `/api/v1/articles/${FEATURED}/figures.csv`,
    '/api/v1/datasets/general-staff-losses/reports?from=2022-09-01',
    `/embed/${FEATURED}/chart.svg?theme=dark`,
    `/oembed?url=${ORIGIN}/articles/${FEATURED}`,
    '/feed.xml',
  ])('the app answers %s the same with tracking parameters', async (path) => {
    const plain = await appFor(REAL_DATA)
    const tracked = `${path}${path.includes('?') ? '&' : '?'}utm_source=a&utm_medium=b&fbclid=c&gclid=d`
    const [without, withTracking] = await Promise.all(
      [path, tracked].map(async (p) => {
        const res = await plain.request(`${ORIGIN}${p}`)
        return [res.status, await res.text()]
      }),
    )
    expect(withTracking).toEqual(without)
    expect(without?.[0]).toBe(200)
  })
})

describe('A flood of junk', () => {
  it('leaves room: a new address is still kept after 2,100 of each kind of junk', async () => {
    const app = await countingWorker(keptAnswers())
    for (let n = 0; n < 2100; n++) {
      await app.fetch(`/robots.txt?junk=${n}`) // answered, never kept
      await app.fetch(`/robots.txt?utm_source=${n}`) // one kept answer, /robots.txt's
      await app.fetch(`/no-such-page-${n}`) // 404s, among the errors
      await app.fetch(`${FIGURES}?category=bogus-${n}`) // 400s, among the errors
      await app.fetch(`/oembed?url=${ORIGIN}/&maxwidth=${100 + n}`) // 200s, more than the layer holds
    }
    const hot = `/api/v1/articles/${FEATURED}`
    const before = app.lookups()
    const body = await app.fetch(hot)
    expect(app.lookups()).toBe(before + 1)
    expect(await app.fetch(hot)).toBe(body)
    expect(await app.fetch(`${hot}?utm_source=flood`)).toBe(body)
    expect(app.lookups()).toBe(before + 1)
  }, 60_000)

  it('never pushes a kept article out with what crawlers walk', async () => {
    const room = { maxEntries: 2, maxBytes: 1024 * 1024 }
    const app = await countingWorker(keptAnswers({ answers: room, archive: room }))
    await app.fetch(`/articles/${FEATURED}`)
    const before = app.lookups()
    for (const path of ['/robots.txt', '/sitemap.xml', '/feed.xml', '/articles', '/api/v1/articles'])
      expect(await app.fetch(path)).not.toBe('')
    await app.fetch(`/articles/${FEATURED}`)
    expect(app.lookups()).toBe(before)
  })

  it('never pushes a kept page out with errors', async () => {
    const app = await countingWorker(keptAnswers())
    await app.fetch(`/articles/${FEATURED}`)
    for (let n = 0; n < 2100; n++) await app.fetch(`/no-such-page-${n}`)
    const before = app.lookups()
    await app.fetch(`/articles/${FEATURED}`)
    expect(app.lookups()).toBe(before)
  }, 60_000)
})

describe('kept()', () => {
  function countingApp(
    declared: boolean,
    headers: Record<string, string> = {},
    bounds?: Parameters<typeof keptAnswers>[0],
  ) {
    let runs = 0
    const app = new Hono()
    const store = keptAnswers(bounds)
    app.use(store.keep)
    const handler = (c: Context) => {
      runs++
      return c.text(`hello ${c.req.param('name')}`, 200, { ETag: '"e"', ...headers })
    }
    if (declared) app.get('/:name', kept('public, max-age=1'), handler)
    else app.get('/:name', handler)
    const fetch = async (path: string) => {
      const request = new Request(`${ORIGIN}${path}`)
      return store.answer(request) ?? (await app.fetch(request))
    }
    return { fetch, runs: () => runs }
  }

  it('replays the answer of a route declared kept without running it again', async () => {
    const app = countingApp(true)
    expect(await (await app.fetch('/a')).text()).toBe('hello a')
    expect(await (await app.fetch('/a')).text()).toBe('hello a')
    expect(app.runs()).toBe(1)
  })

  it('never keeps the answer of a route not declared kept', async () => {
    const app = countingApp(false)
    await app.fetch('/a')
    await app.fetch('/a')
    expect(app.runs()).toBe(2)
  })

  it('never keeps a negotiated (Vary) answer', async () => {
    const app = countingApp(true, { Vary: 'Accept' })
    await app.fetch('/a')
    await app.fetch('/a')
    expect(app.runs()).toBe(2)
  })

  it('forgets the least recently used answer past its count, and still answers it', async () => {
    const app = countingApp(true, {}, { answers: { maxEntries: 2, maxBytes: 1024 * 1024 } })
    for (const path of ['/a', '/b', '/a', '/c', '/a']) await app.fetch(path)
    expect(app.runs()).toBe(3)
    expect(await (await app.fetch('/b')).text()).toBe('hello b')
    expect(app.runs()).toBe(4)
  })

  it('counts the key and the headers as well as the body against its bytes', async () => {
    // Counted here from the answer as sent: the URL, each header's name and value, and the body.
    const first = await countingApp(true).fetch('/a')
    let bytes = `${ORIGIN}/a`.length + (await first.text()).length
    for (const [name, value] of first.headers) bytes += name.length + value.length
    const cases: [number, number][] = [
      [bytes - 1, 2],
      [bytes, 1],
    ]
    for (const [maxBytes, runs] of cases) {
      const app = countingApp(true, {}, { answers: { maxEntries: 10, maxBytes } })
      await app.fetch('/a')
      await app.fetch('/a')
      expect(app.runs(), `maxBytes ${maxBytes}`).toBe(runs)
    }
  })
})
