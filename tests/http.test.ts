import { describe, expect, it } from 'vitest'
import { createApp } from '../src/app'
import { FEATURED, fetchWorker, libraryFor } from './helpers'
import { REAL_DATA } from './real-data'

const URLS = [
  '/',
  `/articles/${FEATURED}`,
  '/api/v1/articles',
  `/api/v1/articles/${FEATURED}`,
  `/api/v1/articles/${FEATURED}/figures?category=tanks`,
]

describe('Conditional requests', () => {
  it.each(URLS)(
    'answers 304 with no body and the same validators for a matching If-None-Match on %s',
    async (url) => {
      const first = await fetchWorker(url)
      const etag = first.headers.get('ETag') as string
      expect(etag).toMatch(/^"[\w-]+"$/)
      const again = await fetchWorker(url, { headers: { 'If-None-Match': etag } })
      expect(again.status).toBe(304)
      expect(await again.text()).toBe('')
      expect(again.headers.get('ETag')).toBe(etag)
      expect(again.headers.get('Cache-Control')).toBe(first.headers.get('Cache-Control'))
    },
  )

  it('matches weakly, in a list, and for *', async () => {
    const etag = (await fetchWorker('/api/v1/articles')).headers.get('ETag') as string
    for (const header of [`W/${etag}`, `"other", ${etag}`, '*']) {
      expect((await fetchWorker('/api/v1/articles', { headers: { 'If-None-Match': header } })).status).toBe(
        304,
      )
    }
    expect((await fetchWorker('/api/v1/articles', { headers: { 'If-None-Match': '"other"' } })).status).toBe(
      200,
    )
  })

  it('keeps CORS on a 304 so embeds on other sites can revalidate', async () => {
    const etag = (await fetchWorker('/api/v1/articles')).headers.get('ETag') as string
    const res = await fetchWorker('/api/v1/articles', {
      headers: { 'If-None-Match': etag, Origin: 'https://x.test' },
    })
    expect(res.status).toBe(304)
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*')
  })

  it('gives different filters different ETags', async () => {
    const a = await fetchWorker(`/api/v1/articles/${FEATURED}/figures?category=tanks`)
    const b = await fetchWorker(`/api/v1/articles/${FEATURED}/figures?category=aircraft`)
    expect(a.headers.get('ETag')).not.toBe(b.headers.get('ETag'))
  })
})

describe('HEAD', () => {
  it.each(URLS)('answers like GET without a body on %s', async (url) => {
    const [get, head] = await Promise.all([fetchWorker(url), fetchWorker(url, { method: 'HEAD' })])
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
    for (const name of ['Content-Type', 'ETag', 'Cache-Control'])
      expect(head.headers.get(name)).toBe(get.headers.get(name))
  })
})

describe('Methods', () => {
  it.each(['POST', 'PUT', 'DELETE', 'PATCH'])(
    'answers %s with 405, Allow and a problem (HTML page for readers)',
    async (method) => {
      for (const [url, type] of [
        ['/', 'text/html; charset=utf-8'],
        [`/api/v1/articles/${FEATURED}`, 'application/problem+json'],
      ]) {
        const res = await fetchWorker(url as string, { method })
        expect(res.status).toBe(405)
        expect(res.headers.get('Allow')).toBe('GET, HEAD')
        expect(res.headers.get('Content-Type')).toBe(type)
      }
    },
  )

  it('answers a CORS preflight on the API', async () => {
    const res = await fetchWorker('/api/v1/articles', {
      method: 'OPTIONS',
      headers: { Origin: 'https://x.test', 'Access-Control-Request-Method': 'GET' },
    })
    expect(res.status).toBe(204)
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*')
    expect(res.headers.get('Access-Control-Allow-Methods')).toContain('GET')
  })
})

describe('Redirects and preflights', () => {
  it.each(['/api/v1/articles/', `/articles/${FEATURED}/`, `/embed/${FEATURED}/`])(
    'redirects %s with its own headers: no body type or cache age of the 404 it replaces',
    async (path) => {
      const res = await fetchWorker(path, { redirect: 'manual' })
      expect(res.status).toBe(301)
      expect(res.headers.get('Location')).toBe(`https://example.com${path.slice(0, -1)}`)
      expect(res.headers.get('Content-Type')).toBeNull()
      expect(res.headers.get('Cache-Control')).toBeNull()
      expect(await res.text()).toBe('')
    },
  )

  it.each(['/api/v1/nothing', '/api/v1/articles/x/y/z', '/embed/x/nothing.svg'])(
    'answers OPTIONS on an unknown address %s with 404, as any other method',
    async (path) => {
      const res = await fetchWorker(path, {
        method: 'OPTIONS',
        headers: { Origin: 'https://x.test', 'Access-Control-Request-Method': 'GET' },
      })
      expect(res.status).toBe(404)
      expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*')
      expect(res.headers.get('Access-Control-Allow-Methods')).toBeNull()
    },
  )
})

describe('Errors', () => {
  it('answers an unknown API address with a 404 problem', async () => {
    const res = await fetchWorker('/api/v1/nothing')
    expect(res.status).toBe(404)
    expect(res.headers.get('Content-Type')).toBe('application/problem+json')
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*')
  })

  it('refuses an overlong URL with 414 before routing', async () => {
    const res = await fetchWorker(`/articles/${'a'.repeat(5000)}`)
    expect(res.status).toBe(414)
    expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8')
    const api = await fetchWorker(`/api/v1/articles/${'a'.repeat(5000)}`)
    expect(api.status).toBe(414)
    expect(api.headers.get('Content-Type')).toBe('application/problem+json')
  })

  it('turns an unexpected error into a 500 problem with no internals', async () => {
    const library = libraryFor(REAL_DATA)
    const broken = createApp({
      library: {
        ...library,
        getArticle: () => {
          throw new Error('secret internals')
        },
      },
      styles: { page: "'none'", embed: [] },
    })
    const original = console.error
    console.error = () => {}
    try {
      for (const url of ['https://example.com/api/v1/articles/x', 'https://example.com/articles/x']) {
        const res = await broken.request(url)
        expect(res.status).toBe(500)
        const body = await res.text()
        expect(body).not.toContain('secret')
        expect(body).not.toContain('at ')
      }
      const api = await broken.request('https://example.com/api/v1/articles/x')
      expect(api.headers.get('Content-Type')).toBe('application/problem+json')
    } finally {
      console.error = original
    }
  })
})
