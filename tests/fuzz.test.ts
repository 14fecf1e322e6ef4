// Generated requests against the real Worker in workerd, two ways. From the OpenAPI document: every route it lists
// (every HTML, XML, JSON, CSV, SVG and PNG address), with each parameter drawn from its schema and from what the
// API says exists, valid or not; the answer must be a status the document gives for that route, 200 when every value
// was valid, in the documented type and JSON schema, well-formed XML, CSV that parses. And hostile: any method,
// path, query and headers, built from the same routes; never a 5xx, never a stray 304, never an error in the wrong
// shape. The seed changes with every run and is printed; `FUZZ_SEED=n npx vitest run tests/fuzz.test.ts` replays
// one (fast-check also prints the seed and path of a failure). `FUZZ_SCALE` scales the number of runs (npm run
// mutate runs fewer). Requests go straight to the Worker's default export: through the test pool's service binding
// each call costs milliseconds, which 10,000 requests cannot afford.

import { createExecutionContext } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { Validator } from '@cfworker/json-schema'
import { DOMParser } from '@xmldom/xmldom'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import app from '../src/index'
import { kindOf } from './header-sets'
import { ORIGIN, parseCsv } from './helpers'

const SEED = __FUZZ_SEED__ === '' ? Date.now() % 2 ** 31 : Number(__FUZZ_SEED__)
const SCALE = __FUZZ_SCALE__ === '' ? 1 : Number(__FUZZ_SCALE__)
const runs = (numRuns: number) => ({ seed: SEED, numRuns: Math.ceil(numRuns * SCALE), endOnFailure: true })

const worker = {
  // With the Worker's bindings, so what lives in the static assets (the OpenAPI document, the PNGs) answers too.
  fetch: async (input: Request | string) =>
    app.fetch(typeof input === 'string' ? new Request(input) : input, env, createExecutionContext()),
}
const get = async (path: string) => worker.fetch(`${ORIGIN}${path}`)

// ---- the document ----

type Schema = {
  enum?: string[]
  pattern?: string
  type?: string
  items?: Schema
  anyOf?: Schema[]
  minimum?: number
  format?: string
}
type Parameter = { name: string; in: 'path' | 'query' | 'header'; required?: boolean; schema?: Schema }
type Operation = {
  parameters?: (Parameter | { $ref: string })[]
  responses: Record<string, { content?: Record<string, { schema?: object }> } | { $ref: string }>
}
type OpenApi = {
  paths: Record<string, { get: Operation }>
  components: Record<string, Record<string, unknown>>
}

/** One route of the document, with what a request to it may be answered. */
type Route = {
  template: string
  parameters: Parameter[]
  statuses: Set<number>
  /** The documented type of its 200, and the JSON schema of its body where it is JSON. */
  type: string
  schema?: Validator
}

let doc: OpenApi
let routes: Route[] = []

/** What exists, as the API itself lists it: the values a valid request may carry. */
/** An article's categories, its reports' dates (oldest first) and the file names of its images. */
type Article = { slug: string; categories: string[]; reports: string[]; images: string[] }
type Dataset = { id: string; categories: string[]; dates: string[] }
const articles: Article[] = []
const datasets: Dataset[] = []
let pageCount = 1

const resolve = <T>(value: T | { $ref: string }): T => {
  if (value && typeof value === 'object' && '$ref' in value) {
    const [, kind, name] = /^#\/components\/(\w+)\/(\w+)$/.exec(value.$ref) ?? []
    return doc.components[kind as string]?.[name as string] as T
  }
  return value as T
}

async function json<T>(path: string): Promise<T> {
  const res = await get(path)
  expect(res.status, path).toBe(200)
  return (await res.json()) as T
}

let sent = 0
/** Methods the runtime itself refuses to put in a Request (e.g. CONNECT, unknown tokens): never reach us. */
const refusedByRuntime = new Set<string>()
const etags = new Map<string, string>()
/** Paths whose every parameter is valid: one per route at least, so each 304 is tried. */
let validPaths: string[] = []

beforeAll(async () => {
  console.log(`fuzz: seed ${SEED} (FUZZ_SEED=${SEED} replays this run)`)
  doc = await json<OpenApi>('/api/v1/openapi.json')
  routes = Object.entries(doc.paths).map(([template, item]) => {
    const responses = Object.fromEntries(Object.entries(item.get.responses).map(([s, r]) => [s, resolve(r)]))
    const [type, content] = Object.entries(responses['200']?.content ?? {})[0] ?? ['', {}]
    const schema = (content as { schema?: object }).schema
    return {
      template,
      // Path parameters first: an unknown path is a 404 before its query is read.
      parameters: (item.get.parameters ?? [])
        .map((p) => resolve(p))
        .filter((p) => p.in !== 'header')
        .sort((a, b) => (a.in === b.in ? 0 : a.in === 'path' ? -1 : 1)),
      statuses: new Set(Object.keys(responses).map(Number)),
      type,
      schema:
        schema && type.includes('json')
          ? new Validator({ $id: `${ORIGIN}/doc`, ...schema, components: doc.components }, '2020-12', false)
          : undefined,
    }
  })
  // Every article of every archive page, with the categories, reports and images a request may name.
  const first = await json<{ pageCount: number }>('/api/v1/articles')
  pageCount = first.pageCount
  for (let page = 1; page <= pageCount; page++) {
    const list = await json<{ articles: { slug: string }[] }>(`/api/v1/articles?page=${page}`)
    for (const { slug } of list.articles) {
      const figures = await json<{ figures: { category: string; report: string }[] }>(
        `/api/v1/articles/${slug}/figures`,
      )
      const page = await (await get(`/articles/${slug}`)).text()
      articles.push({
        slug,
        categories: [...new Set(figures.figures.map((f) => f.category))],
        reports: [...new Set(figures.figures.map((f) => f.report))].sort(),
        images: [...page.matchAll(new RegExp(`/images/${slug}/([a-z]+\\.[0-9a-f]{16}\\.png)`, 'g'))].map(
          (m) => m[1] as string,
        ),
      })
    }
  }
  for (const { id } of (await json<{ datasets: { id: string }[] }>('/api/v1/datasets')).datasets) {
    const { categories } = await json<{ categories: { key: string }[] }>(`/api/v1/datasets/${id}`)
    const { reports } = await json<{ reports: { date: string }[] }>(`/api/v1/datasets/${id}/reports`)
    datasets.push({ id, categories: categories.map((c) => c.key), dates: reports.map((r) => r.date) })
  }
  expect(articles.length).toBeGreaterThan(0)
  expect(datasets.length).toBeGreaterThan(0)
  validPaths = routes.map(
    (route) => fc.sample(validRequest(route), { seed: SEED, numRuns: 1 })[0]?.path ?? '',
  )
  for (const path of validPaths) etags.set(path, (await get(path)).headers.get('ETag') ?? '')
})

afterAll(() => {
  console.log(
    `fuzz: seed ${SEED}; ${sent} requests; refused by the runtime: ${[...refusedByRuntime].join(', ')}`,
  )
  expect(sent).toBeGreaterThanOrEqual(Math.ceil(10_000 * SCALE))
})

// ---- values: valid ones from what exists, junk that no parameter accepts ----

const pick = <T>(values: T[]) => fc.constantFrom(...(values.length ? values : [undefined as T]))
/** Some of the values, in a comma list or repeated: both are one list to the API. */
const someOf = (values: string[]) =>
  fc
    .tuple(fc.subarray(values, { minLength: 1 }), fc.boolean())
    .map(([chosen, repeated]) => (repeated ? chosen : [chosen.join(',')]))

/**
 * A value no parameter of ours accepts (`~` is in no slug, date, theme, number or absolute URL), without commas or
 * spaces, so a list parameter reads it as one value.
 */
const junk = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'abcdefghij0123456789-._<>%"\''), maxLength: 12 }).map((s) => `~${s}`),
  fc.constantFrom('~', '~%ZZ', '~<script>', `~${'x'.repeat(1200)}`),
)

/** The value of each parameter when it is valid, given the article and dataset a request is about. */
function validValue(
  route: Route,
  p: Parameter,
  article: Article,
  dataset: Dataset,
): fc.Arbitrary<string[] | undefined> {
  const one = (a: fc.Arbitrary<string>) => a.map((v) => [v])
  const ofArticle = route.template.includes('{slug}') || route.template === '/oembed'
  switch (p.name) {
    case 'slug':
      return fc.constant([article.slug])
    case 'id':
      return fc.constant([dataset.id])
    case 'file':
      return one(pick(article.images))
    // The one sitemap a small archive has.
    case 'sitemap':
      return one(fc.constant('1.xml'))
    case 'date':
      return one(pick(['latest', ...dataset.dates]))
    case 'from':
    case 'to':
      return one(pick(dataset.dates))
    case 'category':
      return someOf(ofArticle ? article.categories : dataset.categories)
    case 'report':
      return one(pick([...article.reports, 'latest', ...(article.reports.length > 1 ? ['previous'] : [])]))
    case 'page':
      return one(fc.integer({ min: 1, max: pageCount }).map(String))
    case 'url':
      return one(
        fc
          .constantFrom(
            '/',
            `/articles/${article.slug}`,
            `/embed/${article.slug}`,
            `/embed/${article.slug}?theme=dark`,
          )
          .map((path) => `${ORIGIN}${path}`),
      )
    // oEmbed's xml is a documented 501, not a 200.
    case 'format':
      return one(fc.constant('json'))
  }
  const schema = p.schema ?? {}
  if (schema.enum) return one(pick(schema.enum))
  if (schema.pattern) return one(fc.stringMatching(new RegExp(schema.pattern)))
  throw new Error(`no valid values for parameter ${p.name} of GET ${route.template}: add them here`)
}

/** How a request carries one parameter. */
type Chosen = { p: Parameter; how: 'valid' | 'junk' | 'absent'; values?: string[] }
type Generated = {
  path: string
  valid: boolean
  junkIn?: 'path' | 'query'
  junkName?: string
  junk: { name: string; value: string }[]
}

/** A request to a route: each parameter valid, left out (when optional), or junk. */
function request(route: Route, validity: fc.Arbitrary<'valid' | 'junk' | 'absent'>): fc.Arbitrary<Generated> {
  return fc
    .tuple(pick(articles), pick(datasets), fc.boolean())
    .chain(([article, dataset, backwards]) =>
      fc.tuple(
        fc.constant(backwards),
        ...route.parameters.map((p) =>
          validity.chain((how): fc.Arbitrary<Chosen> => {
            if (how === 'absent' && p.in === 'query' && !p.required) return fc.constant({ p, how })
            if (how === 'junk') return junk.map((v) => ({ p, how, values: [v] }))
            return validValue(route, p, article, dataset).map((values) => ({ p, how: 'valid', values }))
          }),
        ),
      ),
    )
    .map(([backwards, ...chosen]) => {
      const params = chosen as Chosen[]
      let path = route.template
      const query: string[] = []
      // A range runs forward, or, when asked for, backwards: from after to is a 400 naming from.
      const from = params.find((c) => c.p.name === 'from' && c.how === 'valid')
      const to = params.find((c) => c.p.name === 'to' && c.how === 'valid')
      let reversed: Chosen | undefined
      if (from?.values && to?.values && (from.values[0] as string) > (to.values[0] as string)) {
        if (backwards && validity !== validOnly) reversed = from
        else [from.values, to.values] = [to.values, from.values]
      }
      for (const { p, values } of params) {
        if (!values) continue
        if (p.in === 'path') path = path.replace(`{${p.name}}`, encodeURIComponent(values[0] as string))
        else for (const v of values) query.push(`${p.name}=${encodeURIComponent(v)}`)
      }
      // A backwards range is only looked at once every value is right on its own.
      const bad = params.find((c) => c.how === 'junk') ?? reversed
      return {
        path: `${path}${query.length ? `?${query.join('&')}` : ''}`,
        valid: !bad,
        junkIn: bad?.p.in as 'path' | 'query' | undefined,
        junkName: bad?.p.name,
        // Every bad value, each of which a 400 may name.
        junk: [...params.filter((c) => c.how === 'junk'), ...(reversed ? [reversed] : [])].map((c) => ({
          name: c.p.name,
          value: c.values?.[0] ?? '',
        })),
      }
    })
}
const validOnly = fc.constantFrom('valid' as const, 'absent' as const)
const validRequest = (route: Route) => request(route, validOnly)
const anyRequest = (route: Route) =>
  request(
    route,
    fc.oneof(
      { weight: 6, arbitrary: fc.constant('valid' as const) },
      { weight: 2, arbitrary: fc.constant('absent' as const) },
      { weight: 1, arbitrary: fc.constant('junk' as const) },
    ),
  )

// ---- the contract ----

const parseXml = (text: string) =>
  new DOMParser({
    onError: (level, message) => {
      throw new Error(`${level}: ${message}`)
    },
  }).parseFromString(text, 'application/xml')

/** What every answer must satisfy, whatever was asked. */
async function expectSound(req: Request, res: Response) {
  const { pathname } = new URL(req.url)
  const kind = kindOf(pathname)
  const type = res.headers.get('Content-Type') ?? ''
  // oEmbed's one 5xx: 501 is how the oEmbed spec says "not in that format" (format=xml).
  if (!(pathname === '/oembed' && res.status === 501))
    expect(res.status, `${req.method} ${req.url} (seed ${SEED})`).toBeLessThan(500)
  expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff')
  expect(res.headers.get('Content-Security-Policy')).toMatch(/^default-src 'none'/)
  expect(res.headers.get('Strict-Transport-Security')).toMatch(/^max-age=\d{8}/)
  if (res.status === 304) {
    expect(req.headers.has('If-None-Match'), '304 without If-None-Match').toBe(true)
    expect(['GET', 'HEAD']).toContain(req.method)
  }
  if (kind !== 'readers') expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*')
  if (res.status >= 300 && res.status < 400 && res.status !== 304) {
    // A redirect carries its own headers: a target, no body type and no cache age of an error.
    expect(res.headers.get('Location')).toMatch(new RegExp(`^${ORIGIN}/`))
    expect(type).toBe('')
  }
  if (res.status < 400) return
  // Errors depend on the request, so no cache may keep them; an unknown address may exist after the next deploy.
  expect(res.headers.get('Cache-Control')).toBe(res.status === 404 ? 'public, max-age=60' : 'no-store')
  // Embeds answer bad query values (theme, category) as problem+json too, and unknown addresses with the page.
  if (kind === 'programs' || (kind === 'embeds' && type === 'application/problem+json')) {
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

/** What a 200 from a documented route must be: its documented type, schema and a body its type's reader reads. */
async function expectDocumented(route: Route, res: Response, path: string, at: string) {
  const type = (res.headers.get('Content-Type') ?? '').split(';')[0]
  expect(type, at).toBe(route.type)
  if (route.type === 'image/png') {
    const bytes = new Uint8Array(await res.arrayBuffer())
    expect([...bytes.slice(0, 4)], at).toEqual([0x89, 0x50, 0x4e, 0x47])
  } else if (route.schema) {
    const body = await res.json()
    const result = route.schema.validate(body)
    expect(result.errors, `${at}: ${JSON.stringify(result.errors.slice(0, 2))}`).toEqual([])
    expectChosen(route, body, path, at)
  } else if (/xml/.test(route.type)) expect(parseXml(await res.text()).documentElement, at).toBeTruthy()
  else if (route.type === 'text/csv') expect(parseCsv(await res.text()).length, at).toBeGreaterThan(1)
  else if (route.type === 'text/html') expect(await res.text(), at).toMatch(/^<!DOCTYPE html>.*<\/html>$/s)
  else expect((await res.text()).length, at).toBeGreaterThan(0)
}

/** The query's choices, as a reader of the request (not of the code) sees them. */
function choices(path: string) {
  const query = new URL(`${ORIGIN}${path}`).searchParams
  const categories = query.getAll('category').flatMap((c) => c.split(',').filter(Boolean))
  return { categories, report: query.get('report'), from: query.get('from'), to: query.get('to') }
}

/** A list filtered by the query holds only what the query chose. */
function expectChosen(route: Route, body: unknown, path: string, at: string) {
  const { categories, report, from, to } = choices(path)
  if (route.template.endsWith('/figures')) {
    const { figures } = body as { figures: { report: string; category: string }[] }
    const dates = articles.find((a) => path.includes(`/${a.slug}/`))?.reports ?? []
    const named = { latest: dates.at(-1), previous: dates.at(-2) }[report ?? ''] ?? report
    if (named && !categories.length) expect(figures.length, at).toBeGreaterThan(0)
    for (const f of figures) {
      if (named) expect(f.report, at).toBe(named)
      if (categories.length) expect(categories, at).toContain(f.category)
    }
  }
  if (route.template.endsWith('/reports/{date}')) {
    const { report } = body as { report: { date: string } }
    const [id, date] = (path.split('/datasets/')[1] ?? '').split('/reports/')
    const dates = datasets.find((d) => d.id === id)?.dates ?? []
    expect(report.date, at).toBe(date === 'latest' ? dates.at(-1) : date)
  }
  if (route.template.endsWith('/reports')) {
    const { reports } = body as { reports: { date: string; stats: Record<string, unknown> }[] }
    for (const r of reports) {
      if (from) expect(r.date >= from, at).toBe(true)
      if (to) expect(r.date <= to, at).toBe(true)
      if (categories.length) expect(Object.keys(r.stats).sort(), at).toEqual([...new Set(categories)].sort())
    }
  }
}

/**
 * A 400 names a bad value, and only bad ones: problem+json lists each as sent (cut at 100 characters), the reader
 * page names the parameter without repeating the value.
 */
async function expectNamed(res: Response, junk: { name: string; value: string }[], at: string) {
  const cut = (text: string) => (text.length > 100 ? `${text.slice(0, 100)}…` : text)
  if (res.headers.get('Content-Type') === 'application/problem+json') {
    const problem = (await res.json()) as { 'invalid-params'?: { name: string; value: string }[] }
    const named = problem['invalid-params'] ?? []
    expect(named.length, at).toBeGreaterThan(0)
    for (const { name, value } of named) {
      const bad = junk.find((j) => j.name === name)
      // A list parameter over its length limit is named with the list as sent.
      expect([cut(bad?.value ?? ''), cut(JSON.stringify([bad?.value]))], at).toContain(value)
    }
  } else {
    const html = await res.text()
    expect(
      junk.some((j) => html.includes(j.name)),
      at,
    ).toBe(true)
    for (const { value } of junk) if (value.length > 3) expect(html, at).not.toContain(value)
  }
}

describe('every route of the OpenAPI document, with generated parameters', () => {
  it('answers each request with a status the document gives, 200 when every value is valid, in its documented form', async () => {
    // A failure prints the request (template, path, what was junk), not the route's compiled schema.
    const requests = fc
      .constantFrom(...routes)
      .chain((route) => anyRequest(route).map((r) => ({ template: route.template, ...r })))
    await fc.assert(
      fc.asyncProperty(requests, async ({ template, path, valid, junkIn, junkName, junk }) => {
        const route = routes.find((r) => r.template === template) as Route
        sent++
        const req = new Request(`${ORIGIN}${path}`)
        const res = await worker.fetch(req)
        const at = `GET ${path} (seed ${SEED})`
        await expectSound(req, res.clone())
        expect(route.statuses.has(res.status), `${at}: ${res.status} is not documented`).toBe(true)
        if (valid) {
          expect(res.status, at).toBe(200)
          await expectDocumented(route, res, path, at)
        } else if (junkIn === 'query' || junkName === 'date') {
          // A query's bad value, or a path's date not in its form: a 400 naming it.
          expect(res.status, at).toBe(400)
          await expectNamed(res, junk, at)
        }
        // Any other unknown name in the path is not there.
        else expect(res.status, at).toBe(404)
      }),
      runs(4000),
    )
  }, 180_000)

  it('answers 304 exactly when If-None-Match matches the current validator, keeping CORS and security headers', async () => {
    const conditional = fc.constantFrom(...validPaths).chain((path) =>
      fc.record(
        {
          path: fc.constant(path),
          method: fc.constantFrom('GET', 'HEAD'),
          ifNoneMatch: ifNoneMatch(fc.constant(etags.get(path) ?? '')),
          range,
          accept,
        },
        { requiredKeys: ['path', 'method'] },
      ),
    )
    await fc.assert(
      fc.asyncProperty(conditional, async (r) => {
        const headers: Record<string, string> = {}
        if (r.ifNoneMatch !== undefined) headers['If-None-Match'] = r.ifNoneMatch
        if (r.range !== undefined) headers.Range = r.range
        if (r.accept !== undefined) headers.Accept = r.accept
        const req = new Request(`${ORIGIN}${r.path}`, { method: r.method, headers })
        sent++
        const res = await worker.fetch(req)
        await expectSound(req, res)
        const etag = etags.get(r.path) ?? ''
        const sentValue = req.headers.get('If-None-Match')
        const matches = sentValue !== null && (sentValue === '*' || sentValue.includes(etag))
        expect(res.status, `${r.method} ${r.path} If-None-Match: ${sentValue} (seed ${SEED})`).toBe(
          matches ? 304 : 200,
        )
        expect(res.headers.get('ETag')).toBe(etag)
        expect(res.headers.get('Cache-Control')).toMatch(/^public, max-age=\d+/)
        if (res.status === 304) expect(await res.text()).toBe('')
      }),
      runs(2000),
    )
  }, 120_000)
})

describe('the longest address the document allows', () => {
  it('answers 414 exactly past it, on any route', async () => {
    const description = JSON.stringify(doc.components.responses)
    const limit = Number(/longer than (\d+) characters/.exec(description)?.[1])
    expect(limit).toBeGreaterThan(1000)
    const requests = fc.tuple(fc.constantFrom(...validPaths), fc.integer({ min: -2, max: 2 }))
    await fc.assert(
      fc.asyncProperty(requests, async ([path, over]) => {
        // Padded with a parameter no route reads, to the limit give or take two characters.
        const start = `${ORIGIN}${path}${path.includes('?') ? '&' : '?'}pad=`
        const url = `${start}${'x'.repeat(limit + over - start.length)}`
        sent++
        const res = await worker.fetch(new Request(url))
        expect(res.status === 414, `${url.length} characters (seed ${SEED})`).toBe(url.length > limit)
      }),
      runs(200),
    )
  })
})

// ---- hostile requests, built from the same routes ----

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
      'ok\u202Egnp.js',
      'zero\u200Bwidth',
      '<script>',
      'latest',
      'reports',
      'chart.svg',
      'images.json',
      '_data',
    ),
  },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 16 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }).map(encode) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 6000 }).map((n) => 'a'.repeat(n)) },
)

/** The start of a real address: a valid request to any route, cut after any of its segments. */
const prefix = () =>
  fc.constantFrom(...routes).chain((route) =>
    fc.tuple(validRequest(route), fc.nat()).map(([{ path }, n]) => {
      const parts = (path.split('?')[0] as string).split('/')
      const kept = parts.slice(0, 1 + (n % parts.length))
      return kept.join('/') || '/'
    }),
  )

const path = () =>
  fc.tuple(prefix(), fc.array(segment, { maxLength: 4 }), fc.boolean()).map(([start, segments, slash]) => {
    const joined = [start, ...segments].join('/').replace(/^\/+/, '/')
    return `${joined.startsWith('/') ? '' : '/'}${joined}${slash ? '/' : ''}`
  })

/** The parameter names of every route, and the hostile ones. */
const key = () =>
  fc.oneof(
    fc.constantFrom(...new Set(routes.flatMap((r) => r.parameters.map((p) => p.name)))),
    fc.constantFrom('Category', 'category[]', 'report[]', '', '%ZZ', '%E0%A4%A', '__proto__', 'utm_source'),
    fc.string({ maxLength: 10 }),
  )
const value = () =>
  fc.oneof(
    fc.constantFrom(
      ...articles.flatMap((a) => [...a.categories, ...a.reports]),
      ...datasets.flatMap((d) => [...d.categories, d.dates[0] ?? '']),
      'tanks,,personnel,',
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
      '1',
      '2',
      '50',
      '99',
      '100',
      '1000000000',
      '99999999999999999999',
      'NaN',
      encodeURIComponent(`${ORIGIN}/articles/${articles[0]?.slug}`),
      encodeURIComponent(`${ORIGIN}/embed/${articles[0]?.slug}?theme=dark`),
      encodeURIComponent(`http://example.com/articles/${articles[0]?.slug}`),
      encodeURIComponent(`${ORIGIN}/articles/%ZZ`),
      'javascript:alert(1)',
      `${ORIGIN}/`,
    ),
    fc.string({ unit: 'binary', maxLength: 30 }).map(encode),
    fc.string({ maxLength: 30 }),
    fc.integer({ min: 900, max: 5000 }).map((n) => 'x'.repeat(n)),
  )
const query = () =>
  fc.oneof(
    fc.constant(''),
    fc
      .array(fc.tuple(key(), value()), { maxLength: 8 })
      .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`),
    // The same parameter many times over.
    fc
      .tuple(key(), value(), fc.integer({ min: 2, max: 800 }))
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
function ifNoneMatch(etag: fc.Arbitrary<string>) {
  return fc.oneof(
    fc.constantFrom('*', 'W/*', 'W/"x"', '"x", W/"y"', '""', '"', 'W/', ',,,', '*, "x"'),
    etag.chain((e) =>
      fc.constantFrom(e, `W/${e}`, `"nope", ${e}`, `W/"a", W/${e}, "b"`, e.slice(1, -1), `${e}x`),
    ),
    headerText(60),
    fc.integer({ min: 10, max: 500 }).map((n) => Array(n).fill('W/"abc"').join(', ')),
  )
}

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

describe('the Worker under generated hostile requests', () => {
  it('answers any method, path, query and headers without a 5xx, in the right error shape', async () => {
    const request = fc.record(
      {
        path: path(),
        query: query(),
        method,
        accept,
        ifNoneMatch: ifNoneMatch(fc.constantFrom(...etags.values())),
        range,
        origin: fc.constantFrom('https://evil.example', 'null', ORIGIN),
        body: fc.string({ maxLength: 200 }),
        // Plain http now and then: whatever else it asks, it is sent to the same address over https.
        plain: fc.boolean(),
      },
      { requiredKeys: ['path', 'query', 'method', 'plain'] },
    )
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const headers: Record<string, string> = {}
        if (r.accept !== undefined) headers.Accept = r.accept
        if (r.ifNoneMatch !== undefined) headers['If-None-Match'] = r.ifNoneMatch
        if (r.range !== undefined) headers.Range = r.range
        if (r.origin !== undefined) headers.Origin = r.origin
        const bodyless = ['GET', 'HEAD'].includes(r.method.toUpperCase())
        const init = { method: r.method, headers, body: bodyless ? undefined : r.body }
        const origin = r.plain ? ORIGIN.replace('https:', 'http:') : ORIGIN
        const req = build(`${origin}${r.path}${r.query}`, init)
        if (!req) return
        sent++
        const res = await worker.fetch(req)
        if (!r.plain) await expectSound(req, res)
        // The address cap comes first; past it, a plain request is refused like any other.
        else if (req.url.length > 4096) expect(res.status).toBe(414)
        else {
          expect(res.status, `${req.method} ${req.url} (seed ${SEED})`).toBe(308)
          expect(res.headers.get('Location')).toBe(req.url.replace(/^http:/, 'https:'))
        }
      }),
      runs(4500),
    )
  }, 180_000)
})
