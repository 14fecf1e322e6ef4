// Kept answers: the same answer the second time, and no work done for it (lookups, hashing, serializing).
import { createExecutionContext } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { type Context, Hono } from 'hono'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { loadLibrary } from '../build-tools/data/load'
import { createApp } from '../src/app'
import { type KeptAnswers, kept, keptAnswers } from '../src/http/kept-answers'
import { styleSources } from '../src/http/security'
import worker from '../src/index'
import { FEATURED, fetchWorker, ORIGIN } from './helpers'
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
  // A query string no other test uses, so the first request below is this URL's first.
  const fresh = (path: string) =>
    `${ORIGIN}${path}${path.includes('?') ? '&' : '?'}kept-test=${Math.random()}`
  const send = (url: string, init?: RequestInit) =>
    worker.fetch(new Request(url, init), env, createExecutionContext())

  it('hashes a 200 once: the second request and its revalidation compute no ETag', async () => {
    const url = fresh('/api/v1/articles')
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
    ['a 404', '/api/v1/articles/no-such-article'],
    ['a 400', `${FIGURES}?category=bogus`],
  ])('writes %s problem once', async (_name, path) => {
    const url = fresh(path)
    const stringify = vi.spyOn(JSON, 'stringify')
    const first = await (await send(url)).text()
    expect(stringify).toHaveBeenCalled()
    stringify.mockClear()
    expect(await (await send(url)).text()).toBe(first)
    expect(stringify).not.toHaveBeenCalled()
  })
})

describe('keptAnswers() with createApp', () => {
  /** The app as src/index.ts wires it, over a library that counts its lookups. */
  async function countingWorker(store: KeptAnswers) {
    const library = loadLibrary(REAL_DATA)
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
      return (store.answer(request) ?? (await app.fetch(request))).text()
    }
    return { fetch, lookups: () => lookups }
  }

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
})

describe('kept()', () => {
  function countingApp(declared: boolean, headers: Record<string, string> = {}) {
    let runs = 0
    const app = new Hono()
    const store = keptAnswers({ maxUrls: 2 })
    app.use(store.keep)
    const handler = (c: Context) => {
      runs++
      return c.text(`hello ${c.req.param('name')}`, 200, { ETag: '"e"', ...headers })
    }
    if (declared) app.get('/:name', kept('public, max-age=1'), handler)
    else app.get('/:name', handler)
    const fetch = async (path: string) => {
      const request = new Request(`${ORIGIN}${path}`)
      const res = store.answer(request) ?? (await app.fetch(request))
      return res.text()
    }
    return { fetch, runs: () => runs }
  }

  it('replays the answer of a route declared kept without running it again', async () => {
    const app = countingApp(true)
    expect(await app.fetch('/a')).toBe('hello a')
    expect(await app.fetch('/a')).toBe('hello a')
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

  it('keeps at most maxUrls URLs and still answers the rest', async () => {
    const app = countingApp(true)
    for (const path of ['/a', '/b', '/c', '/a', '/b', '/c']) await app.fetch(path)
    expect(await app.fetch('/c')).toBe('hello c')
    expect(app.runs()).toBe(5)
  })

  it('keeps at most maxBytes of bodies and still answers the rest', async () => {
    let runs = 0
    const app = new Hono()
    const store = keptAnswers({ maxBytes: 10 })
    app.use(store.keep)
    app.get('/:name', kept('public, max-age=1'), (c) => {
      runs++
      return c.text(`hello ${c.req.param('name')}`, 200, { ETag: `"${c.req.param('name')}"` })
    })
    const fetch = async (path: string) => {
      const request = new Request(`${ORIGIN}${path}`)
      return (store.answer(request) ?? (await app.fetch(request))).text()
    }
    // "hello a" (7 bytes) is kept; "hello b" would pass 10 bytes, so it is answered anew each time.
    for (const path of ['/a', '/b', '/a', '/b']) await fetch(path)
    expect(await fetch('/b')).toBe('hello b')
    expect(runs).toBe(4)
  })
})
