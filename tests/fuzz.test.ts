// Hostile input: generated requests (paths, queries, methods, headers) against the real Worker in workerd.
// Whatever arrives, the answer is a correct status and a clear error: never a 5xx, never a stray 304, never an
// error in the wrong shape. The seed is fixed so a failure replays; fast-check prints it with the failing case.
// Requests go straight to the Worker's default export (the module workerd runs): through the test pool's service
// binding each call costs milliseconds, and more with every call, which 10,000 requests cannot afford.
import { createExecutionContext } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import app from '../src/index'
import { kindOf } from './header-sets'
import { FEATURED, ORIGIN } from './helpers'

const SEED = 20_260_426
const worker = {
  // With the Worker's bindings, so what lives in the static assets (the OpenAPI document) answers too.
  fetch: async (input: Request | string) =>
    app.fetch(typeof input === 'string' ? new Request(input) : input, env, createExecutionContext()),
}

const ARTICLE = `/articles/${FEATURED}`
const API_ARTICLE = `/api/v1/articles/${FEATURED}`
/** Routes that answer 200, so conditional requests have a real validator to match. */
const ROUTES = [
  '/',
  ARTICLE,
  '/api/v1/articles',
  API_ARTICLE,
  `${API_ARTICLE}/figures`,
  `${API_ARTICLE}/figures?report=latest`,
  `${API_ARTICLE}/figures?category=personnel,tanks`,
  `${API_ARTICLE}/figures.csv`,
  '/api/v1/openapi.json',
  `/embed/${FEATURED}`,
  `/embed/${FEATURED}?theme=dark`,
  `/embed/${FEATURED}/chart.svg`,
  '/embed/resize.js',
  `/oembed?url=${encodeURIComponent(`${ORIGIN}${ARTICLE}`)}`,
]

let sent = 0
/** Methods the runtime itself refuses to put in a Request (e.g. CONNECT, unknown tokens): never reach us. */
const refusedByRuntime = new Set<string>()
const etags = new Map<string, string>()

beforeAll(async () => {
  for (const route of ROUTES) {
    const res = await worker.fetch(`${ORIGIN}${route}`)
    etags.set(route, res.headers.get('ETag') ?? '')
  }
  console.log(`fuzz: fast-check seed ${SEED}`)
})

afterAll(() => {
  console.log(`fuzz: ${sent} requests sent; refused by the runtime: ${[...refusedByRuntime].join(', ')}`)
  expect(sent).toBeGreaterThanOrEqual(10_000)
})

// ---- generators ----

/** encodeURIComponent, except for text it cannot encode (lone surrogates), which goes in raw. */
const encode = (text: string) => {
  try {
    return encodeURIComponent(text)
  } catch {
    return text
  }
}

/** Printable ASCII: what a client may put in a header value (workerd warns on, and re-encodes, the rest). */
const headerText = (maxLength: number) =>
  fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength })

const segment = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      'articles',
      FEATURED,
      'api',
      'v1',
      'figures',
      '..',
      '.',
      '%2e%2e',
      '%2E%2E%2F',
      '..%2f..%2f',
      '%00',
      'a%00b',
      '%E0%A4%A',
      '%ZZ',
      '%',
      '%%',
      '%C0%AE%C0%AE',
      '%FF%FE',
      '%F0%9F%98',
      '%u002e',
      ';',
      '..;',
      '\\..\\',
      '',
      'index.html',
      'API',
      'Articles',
      `${FEATURED}%20`,
      `${FEATURED.toUpperCase()}`,
      'ok\u202Egnp.js',
      'zero\u200Bwidth',
      '<script>',
    ),
  },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 16 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }).map(encode) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 6000 }).map((n) => 'a'.repeat(n)) },
)

const prefix = fc.constantFrom(
  '',
  '/articles',
  ARTICLE,
  '/api',
  '/api/v1',
  '/api/v1/articles',
  API_ARTICLE,
  `${API_ARTICLE}/figures`,
  `${API_ARTICLE}/figures.csv`,
  '/api/v1/openapi.json',
  '/embed',
  `/embed/${FEATURED}`,
  `/embed/${FEATURED}/chart.svg`,
  '/oembed',
)

const path = fc
  .tuple(prefix, fc.array(segment, { maxLength: 5 }), fc.boolean())
  .map(([start, segments, slash]) => {
    const joined = [start, ...segments].join('/')
    return `${joined.startsWith('/') ? '' : '/'}${joined}${slash ? '/' : ''}`
  })

const key = fc.oneof(
  fc.constantFrom(
    'category',
    'report',
    'theme',
    'url',
    'format',
    'maxwidth',
    'maxheight',
    'Category',
    'category[]',
    'report[]',
    '',
    '%ZZ',
    '%E0%A4%A',
    '__proto__',
  ),
  fc.string({ maxLength: 10 }),
)
const value = fc.oneof(
  fc.constantFrom(
    'personnel',
    'tanks',
    'personnel,tanks',
    'tanks,,personnel,',
    'latest',
    'previous',
    '2022-09-13',
    '2022-09-14',
    '2022-02-30',
    '',
    ',,,',
    '%ZZ',
    '%E0%A4%A',
    '%00',
    '%3Cscript%3Ealert(1)%3C/script%3E',
    '"\'><img src=x onerror=alert(1)>',
    'constructor',
    'toString',
    'light',
    'dark',
    'json',
    'xml',
    '0',
    '-1',
    '99999999999999999999',
    'NaN',
    encodeURIComponent(`${ORIGIN}${ARTICLE}`),
    encodeURIComponent(`${ORIGIN}/embed/${FEATURED}?theme=dark`),
    encodeURIComponent(`http://example.com${ARTICLE}`),
    encodeURIComponent(`${ORIGIN}/articles/%ZZ`),
    'javascript:alert(1)',
    `${ORIGIN}/`,
  ),
  fc.string({ unit: 'binary', maxLength: 30 }).map(encode),
  fc.string({ maxLength: 30 }),
  fc.integer({ min: 900, max: 5000 }).map((n) => 'x'.repeat(n)),
)
const query = fc.oneof(
  fc.constant(''),
  fc
    .array(fc.tuple(key, value), { maxLength: 8 })
    .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`),
  // The same parameter many times over.
  fc
    .tuple(key, value, fc.integer({ min: 2, max: 800 }))
    .map(([k, v, n]) => `?${Array(n).fill(`${k}=${v}`).join('&')}`),
)

const method = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom('GET', 'HEAD') },
  {
    weight: 3,
    arbitrary: fc.constantFrom('POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'QUERY', 'get', 'patch'),
  },
  { weight: 1, arbitrary: fc.constantFrom('FOO', 'M-SEARCH', 'PROPFIND', 'CONNECT', 'TRACK', 'BREW') },
)

const accept = fc.oneof(
  fc.constantFrom(
    '*/*',
    'text/html',
    'application/json',
    'application/problem+json',
    'text/csv',
    'image/svg+xml',
    'application/xml;q=0.9, */*;q=0.1',
    'text/html;q=abc',
    ' , , ',
    '*/*;q=0',
    'x/y/z',
  ),
  headerText(40),
  fc.integer({ min: 100, max: 2000 }).map((n) => 'a/b;q=0.5, '.repeat(n)),
)

/** If-None-Match: real validators (strong, weak, in lists), `*`, and junk. */
const ifNoneMatch = (etag: fc.Arbitrary<string>) =>
  fc.oneof(
    fc.constantFrom('*', 'W/*', 'W/"x"', '"x", W/"y"', '""', '"', 'W/', ',,,', '*, "x"'),
    etag.chain((e) =>
      fc.constantFrom(e, `W/${e}`, `"nope", ${e}`, `W/"a", W/${e}, "b"`, e.slice(1, -1), `${e}x`),
    ),
    headerText(60),
    fc.integer({ min: 10, max: 500 }).map((n) => Array(n).fill('W/"abc"').join(', ')),
  )

const range = fc.constantFrom(
  'bytes=0-10',
  'bytes=-5',
  'bytes=999999-',
  'bytes=5-1',
  'items=0-1',
  'bytes=0-1,2-3,4-5',
  'bytes=',
  `bytes=0-${'9'.repeat(40)}`,
)

const anyEtag = fc.constantFrom(...ROUTES).map((route) => etags.get(route) ?? '"none"')

const request = fc.record(
  {
    path,
    query,
    method,
    accept,
    ifNoneMatch: ifNoneMatch(anyEtag),
    range,
    origin: fc.constantFrom('https://evil.example', 'null', ORIGIN),
    body: fc.string({ maxLength: 200 }),
  },
  { requiredKeys: ['path', 'query', 'method'] },
)

// ---- the contract ----

/** Builds the request as a client would; null when the runtime will not even construct it. */
function build(url: string, init: RequestInit): Request | null {
  try {
    return new Request(url, init)
  } catch (error) {
    expect(error).toBeInstanceOf(TypeError)
    refusedByRuntime.add(init.method ?? 'GET')
    return null
  }
}

/** What every answer must satisfy, whatever was asked. */
async function expectSound(req: Request, res: Response) {
  const { pathname } = new URL(req.url)
  const kind = kindOf(pathname)
  const api = kind === 'programs'
  const type = res.headers.get('Content-Type') ?? ''
  // oEmbed's one 5xx: 501 is how the oEmbed spec says "not in that format" (format=xml).
  if (!(pathname === '/oembed' && res.status === 501))
    expect(res.status, `${req.method} ${req.url}`).toBeLessThan(500)
  expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff')
  expect(res.headers.get('Content-Security-Policy')).toMatch(/^default-src 'none'/)
  expect(res.headers.get('Strict-Transport-Security')).toMatch(/^max-age=\d{8}/)
  if (res.status === 304) {
    expect(req.headers.has('If-None-Match'), '304 without If-None-Match').toBe(true)
    expect(['GET', 'HEAD']).toContain(req.method)
  }
  if (kind !== 'readers') expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*')
  if (res.status < 400) return
  // Errors depend on the request, so no cache may keep them; an unknown address may exist after the next deploy.
  expect(res.headers.get('Cache-Control')).toBe(res.status === 404 ? 'public, max-age=60' : 'no-store')
  // Embeds answer bad query values (theme, category) as problem+json too, and unknown addresses with the page.
  if (api || (kind === 'embeds' && type === 'application/problem+json')) {
    expect(type).toBe('application/problem+json')
    if (req.method === 'HEAD') return
    const problem = (await res.json()) as { status: number; title: string; detail: string; type: string }
    expect(problem.status).toBe(res.status)
    expect(problem.type).toBe('about:blank')
    expect(problem.title).toBeTruthy()
    expect(problem.detail).toBeTruthy()
  } else {
    expect(type).toBe('text/html; charset=utf-8')
    expect([400, 404, 405, 414]).toContain(res.status)
    if (req.method === 'HEAD') return
    const html = await res.text()
    expect(html).toMatch(/^<!DOCTYPE html>/)
    expect(html).toContain(`(${res.status})</title>`)
  }
}

const runs = (numRuns: number) => ({ seed: SEED, numRuns, endOnFailure: true })

describe('the Worker under generated hostile requests', () => {
  it('answers any method, path, query and headers without a 5xx, in the right error shape', async () => {
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const headers: Record<string, string> = {}
        if (r.accept !== undefined) headers.Accept = r.accept
        if (r.ifNoneMatch !== undefined) headers['If-None-Match'] = r.ifNoneMatch
        if (r.range !== undefined) headers.Range = r.range
        if (r.origin !== undefined) headers.Origin = r.origin
        const bodyless = ['GET', 'HEAD'].includes(r.method.toUpperCase())
        const init = { method: r.method, headers, body: bodyless ? undefined : r.body }
        const req = build(`${ORIGIN}${r.path}${r.query}`, init)
        if (!req) return
        sent++
        await expectSound(req, await worker.fetch(req))
      }),
      runs(7500),
    )
  }, 120_000)

  it('answers 304 exactly when If-None-Match matches the current validator, keeping CORS and security headers', async () => {
    const conditional = fc.constantFrom(...ROUTES).chain((route) =>
      fc.record(
        {
          route: fc.constant(route),
          method: fc.constantFrom('GET', 'HEAD'),
          ifNoneMatch: ifNoneMatch(fc.constant(etags.get(route) ?? '')),
          range,
          accept,
        },
        { requiredKeys: ['route', 'method'] },
      ),
    )
    await fc.assert(
      fc.asyncProperty(conditional, async (r) => {
        const headers: Record<string, string> = {}
        if (r.ifNoneMatch !== undefined) headers['If-None-Match'] = r.ifNoneMatch
        if (r.range !== undefined) headers.Range = r.range
        if (r.accept !== undefined) headers.Accept = r.accept
        const req = new Request(`${ORIGIN}${r.route}`, { method: r.method, headers })
        sent++
        const res = await worker.fetch(req)
        await expectSound(req, res)
        const etag = etags.get(r.route) ?? ''
        const sentValue = req.headers.get('If-None-Match')
        const matches = sentValue !== null && (sentValue === '*' || sentValue.includes(etag))
        expect(res.status).toBe(matches ? 304 : 200)
        expect(res.headers.get('ETag')).toBe(etag)
        expect(res.headers.get('Cache-Control')).toMatch(/^public, max-age=\d+/)
        if (res.status === 304) expect(await res.text()).toBe('')
      }),
      runs(3500),
    )
  }, 120_000)
})
