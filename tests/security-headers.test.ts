// The security headers of every kind of answer, and the article page's grade under MDN HTTP Observatory's rules.
import { exports } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { CACHE_LIFE, expectDataHeaders, expectEmbedHeaders, expectPageHeaders } from './header-sets'
import { FEATURED, fetchWorker } from './helpers'

const ARTICLE = `/articles/${FEATURED}`
const FIGURES = `/api/v1/articles/${FEATURED}/figures`
const SIX_MONTHS = 15_768_000

/**
 * The article page's score under MDN HTTP Observatory's published rules (tests and scoring), as far as one
 * response decides it: 100 to start, penalties, then bonuses only if the score without them is 90 or more.
 */
function observatoryScore(res: Response, html: string, httpRedirect: Response) {
  const h = (name: string) => res.headers.get(name)
  const csp = new Map(
    (h('Content-Security-Policy') ?? '').split(';').map((d) => {
      const [name = '', ...sources] = d.trim().split(/\s+/)
      return [name, sources] as const
    }),
  )
  let penalties = 0
  let bonuses = 0
  // content-security-policy: csp-implemented-with-no-unsafe-default-src-none (+10)
  const sources = [...csp.values()].flat()
  const unsafe = sources.some((s) => ["'unsafe-inline'", "'unsafe-eval'", 'data:', '*', 'https:'].includes(s))
  if (!csp.size) penalties += 25
  else if (!unsafe && csp.get('default-src')?.join() === "'none'" && csp.get('form-action')?.[0] === "'none'")
    bonuses += 10
  // x-frame-options: x-frame-options-implemented-via-csp (+5)
  if (csp.get('frame-ancestors')?.join() === "'none'") bonuses += 5
  else if (!h('X-Frame-Options')) penalties += 20
  // referrer-policy: referrer-policy-private (+5)
  if (
    ['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'].includes(
      h('Referrer-Policy') ?? '',
    )
  )
    bonuses += 5
  // cross-origin-resource-policy: corp-implemented-with-same-origin (+10)
  if (['same-origin', 'same-site'].includes(h('Cross-Origin-Resource-Policy') ?? '')) bonuses += 10
  // strict-transport-security: hsts-implemented-max-age-at-least-six-months (0), else -20
  const maxAge = Number(/max-age=(\d+)/.exec(h('Strict-Transport-Security') ?? '')?.[1] ?? 0)
  if (maxAge < SIX_MONTHS) penalties += 20
  // x-content-type-options: x-content-type-options-nosniff (0), else -5
  if (h('X-Content-Type-Options') !== 'nosniff') penalties += 5
  // cross-origin-resource-sharing: not implemented (0); universal access with credentials -50
  if (h('Access-Control-Allow-Credentials')) penalties += 50
  // subresource-integrity: no script loaded from elsewhere (0); the JSON-LD data block has no src
  if (/<script[^>]*\ssrc=["']?(https?:)?\/\//i.test(html)) penalties += 5
  // cookies: cookies-not-found (0)
  if (h('Set-Cookie')) penalties += 20
  // redirection: redirection-to-https on the same host (0), else -20
  const location = httpRedirect.headers.get('Location') ?? ''
  if (![301, 302, 307, 308].includes(httpRedirect.status) || !location.startsWith('https://example.com/'))
    penalties += 20
  const base = 100 - penalties
  return base >= 90 ? base + bonuses : base
}

describe('security headers per route', () => {
  it('the article page: strict CSP by hash, no framing, same-origin CORP, no CORS', async () => {
    for (const path of ['/', ARTICLE]) {
      const res = await fetchWorker(path)
      expect(res.status).toBe(200)
      expect(res.headers.get('Cache-Control')).toBe(CACHE_LIFE.page)
      await expectPageHeaders(res)
      expect(res.headers.get('Content-Security-Policy')).not.toContain('unsafe')
    }
  })

  it('the article page earns A+ (100 or more) under MDN HTTP Observatory scoring', async () => {
    const res = await fetchWorker(ARTICLE)
    const html = await res.text()
    const redirect = await fetchWorkerAt(`http://example.com${ARTICLE}`)
    const score = observatoryScore(res, html, redirect)
    expect(score).toBeGreaterThanOrEqual(100)
    // 100 + CSP 10 + frame-ancestors 5 + Referrer-Policy 5 + CORP 10; HSTS preload (+5) needs the preload list.
    expect(score).toBe(130)
  })

  it('the reader 404 page carries the page headers and a short cache life', async () => {
    const res = await fetchWorker('/articles/no-such-article')
    expect(res.status).toBe(404)
    expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8')
    expect(res.headers.get('Cache-Control')).toBe(CACHE_LIFE.notFound)
    await expectPageHeaders(res)
  })

  it('reader 405 and 414 answers are the HTML error page with page headers, not problem+json', async () => {
    const post = await fetchWorker(ARTICLE, { method: 'POST', body: 'x' })
    expect(post.status).toBe(405)
    expect(post.headers.get('Allow')).toBe('GET, HEAD')
    expect(post.headers.get('Content-Type')).toBe('text/html; charset=utf-8')
    expect(await post.text()).toContain(' — Method not allowed (405)</title>')
    await expectPageHeaders(post)

    const long = await fetchWorker(`${ARTICLE}?q=${'x'.repeat(5000)}`)
    expect(long.status).toBe(414)
    expect(long.headers.get('Content-Type')).toBe('text/html; charset=utf-8')
    expect(long.headers.get('Cache-Control')).toBe(CACHE_LIFE.noStore)
    await expectPageHeaders(long)
  })

  it('JSON: readable by any origin (CORS *, CORP cross-origin), never rendered or framed', async () => {
    for (const path of ['/api/v1/articles', `/api/v1/articles/${FEATURED}`, FIGURES]) {
      const res = await fetchWorker(path, { headers: { Origin: 'https://elsewhere.example' } })
      expect(res.status).toBe(200)
      expect(res.headers.get('Content-Type')).toBe('application/json; charset=utf-8')
      expect(res.headers.get('Cache-Control')).toBe(CACHE_LIFE.data)
      expect(res.headers.get('Access-Control-Expose-Headers')).toBe('ETag')
      expectDataHeaders(res)
    }
  })

  it('problem responses (400, 404, 405, 414) carry the data headers, CORS included', async () => {
    const cases: [string, RequestInit, number, string][] = [
      [`${FIGURES}?category=nope`, {}, 400, CACHE_LIFE.noStore],
      ['/api/v1/articles/nope', {}, 404, CACHE_LIFE.notFound],
      ['/api/v1/articles', { method: 'DELETE' }, 405, CACHE_LIFE.noStore],
      [`${FIGURES}?category=${'x'.repeat(5000)}`, {}, 414, CACHE_LIFE.noStore],
    ]
    for (const [path, init, status, cache] of cases) {
      const res = await fetchWorker(path, init)
      expect(res.status, path.slice(0, 60)).toBe(status)
      expect(res.headers.get('Content-Type')).toBe('application/problem+json')
      expect(res.headers.get('Cache-Control')).toBe(cache)
      expectDataHeaders(res)
      const body = (await res.json()) as { status: number }
      expect(body.status).toBe(status)
    }
  })

  it('the embed card and its chart: any site may frame or load them, only our own script runs', async () => {
    const card = await fetchWorker(`/embed/${FEATURED}`)
    expect(card.status).toBe(200)
    const chart = await fetchWorker(`/embed/${FEATURED}/chart.svg`)
    expect(chart.headers.get('Content-Type')).toBe('image/svg+xml')
    for (const res of [card, chart]) expectEmbedHeaders(res)
    expect(card.headers.get('Cache-Control')).toBe(CACHE_LIFE.page)
    expect(chart.headers.get('Cache-Control')).toBe(CACHE_LIFE.data)
  })

  it('CSV, oEmbed and the OpenAPI document carry the data headers', async () => {
    for (const path of [
      `/api/v1/articles/${FEATURED}/figures.csv`,
      `/oembed?url=https://example.com/articles/${FEATURED}`,
      '/api/v1/openapi.json',
    ]) {
      const res = await fetchWorker(path)
      expect(res.status, path).toBe(200)
      expect(res.headers.get('Cache-Control')).toBe(CACHE_LIFE.data)
      expectDataHeaders(res)
    }
  })

  it('a CORS preflight is answered 204 with the methods the API allows', async () => {
    const res = await fetchWorker(FIGURES, {
      method: 'OPTIONS',
      headers: { Origin: 'https://elsewhere.example', 'Access-Control-Request-Method': 'GET' },
    })
    expect(res.status).toBe(204)
    expect(res.headers.get('Access-Control-Allow-Methods')).toBe('GET,HEAD,OPTIONS')
    expectDataHeaders(res)
  })

  it('304 answers keep the validator, cache, CORS and security headers', async () => {
    for (const path of ['/api/v1/articles', FIGURES, ARTICLE]) {
      const first = await fetchWorker(path)
      const etag = first.headers.get('ETag') ?? ''
      const res = await fetchWorker(path, { headers: { 'If-None-Match': etag } })
      expect(res.status).toBe(304)
      expect(await res.text()).toBe('')
      expect(res.headers.get('ETag')).toBe(etag)
      expect(res.headers.get('Cache-Control')).toBe(first.headers.get('Cache-Control'))
      if (path.startsWith('/api/')) {
        expectDataHeaders(res)
        expect(res.headers.get('Access-Control-Expose-Headers')).toBe('ETag')
      } else {
        await expectPageHeaders(res)
      }
    }
  })

  it('plain http is redirected to the same address over https (308), except on loopback for local dev', async () => {
    const res = await fetchWorkerAt(`http://example.com${ARTICLE}?x=1`)
    expect(res.status).toBe(308)
    expect(res.headers.get('Location')).toBe(`https://example.com${ARTICLE}?x=1`)
    const local = await fetchWorkerAt(`http://127.0.0.1:8787${ARTICLE}`)
    expect(local.status).toBe(200)
  })
})

/** The Worker asked at another origin than the helpers' https one; redirects are returned, not followed. */
function fetchWorkerAt(url: string): Promise<Response> {
  return exports.default.fetch(url, { redirect: 'manual' })
}
