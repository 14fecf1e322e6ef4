import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { keptResponses, markConstant } from '../src/http/kept-responses'
import { FEATURED, fetchWorker } from './helpers'

type Answer = { status: number; headers: [string, string][]; body: string }

async function answer(path: string, init?: RequestInit): Promise<Answer> {
  const res = await fetchWorker(path, init)
  return { status: res.status, headers: [...res.headers], body: await res.text() }
}

const FIGURES = `/api/v1/articles/${FEATURED}/figures`

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

describe('keptResponses()', () => {
  function countingApp(mark: boolean, headers: Record<string, string> = {}) {
    let runs = 0
    const app = new Hono()
    const kept = keptResponses({ maxKept: 2 })
    app.use(kept)
    app.get('/:name', (c) => {
      runs++
      if (mark) markConstant(c)
      return c.text(`hello ${c.req.param('name')}`, 200, { ETag: '"e"', ...headers })
    })
    const fetch = async (path: string) => {
      const request = new Request(`https://example.com${path}`)
      const res = kept.answer(request) ?? (await app.fetch(request))
      return res.text()
    }
    return { fetch, runs: () => runs }
  }

  it('replays a marked answer without running the handler again', async () => {
    const app = countingApp(true)
    expect(await app.fetch('/a')).toBe('hello a')
    expect(await app.fetch('/a')).toBe('hello a')
    expect(app.runs()).toBe(1)
  })

  it('never keeps an unmarked answer', async () => {
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

  it('keeps at most maxKept URLs and still answers the rest', async () => {
    const app = countingApp(true)
    for (const path of ['/a', '/b', '/c', '/a', '/b', '/c']) await app.fetch(path)
    expect(await app.fetch('/c')).toBe('hello c')
    expect(app.runs()).toBe(5)
  })
})
