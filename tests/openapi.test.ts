import { Validator } from '@cfworker/json-schema'
import { describe, expect, it } from 'vitest'
import { openApiDocument, responseSchemas } from '../build-tools/openapi'
import { appFor, dataWithFixture, FEATURED, fetchWorker, ORIGIN } from './helpers'
import { REAL_DATA } from './real-data'

type Operation = {
  parameters?: { name: string; in: string; schema: { enum?: string[]; items?: { enum?: string[] } } }[]
  tags?: string[]
  responses: Record<string, { content?: Record<string, { schema?: object }> }>
}
type OpenApi = {
  openapi: string
  paths: Record<string, { get: Operation }>
  components: { schemas: Record<string, object> }
}

async function openApi(): Promise<OpenApi> {
  return (await (await fetchWorker('/api/v1/openapi.json')).json()) as OpenApi
}

/** Validates a real response against the schema the document gives for its path, status and content type. */
async function validateAgainst(doc: OpenApi, template: string, res: Response) {
  const type = (res.headers.get('content-type') ?? '').split(';')[0] as string
  const schema = doc.paths[template]?.get.responses[String(res.status)]?.content?.[type]?.schema
  expect(schema, `${template} ${res.status} ${type} is documented`).toBeDefined()
  // The document's own components travel with the schema, so its $refs resolve.
  const validator = new Validator(
    { $id: `${ORIGIN}/api/v1/openapi.json`, ...schema, components: doc.components },
    '2020-12',
    false,
  )
  const body = await res.json()
  const result = validator.validate(body)
  expect(result.errors, JSON.stringify(result.errors.slice(0, 3))).toEqual([])
  return body
}

const slugPath = (template: string) =>
  template.replace('{slug}', FEATURED).replace('{id}', 'general-staff-losses').replace('{date}', 'latest')
const datasetsApp = await appFor(REAL_DATA)
/** The Worker with the datasets beside its articles, as the build serves them. */
const withDatasets = (path: string) => datasetsApp.request(`${ORIGIN}${path}`)
const article = encodeURIComponent(`${ORIGIN}/articles/${FEATURED}`)

/** Every view module, as scripts/openapi.ts reads them for the response schemas the routes name. */
const VIEWS = responseSchemas(Object.values(import.meta.glob('../src/views/**/*.{ts,tsx}', { eager: true })))
const documentOf = async (app: Awaited<ReturnType<typeof appFor>>) => openApiDocument(app, VIEWS)

describe('GET /api/v1/openapi.json', () => {
  it('serves the document generated from the routes as they are declared now', async () => {
    const fresh = await documentOf(await appFor(REAL_DATA))
    expect(await openApi()).toEqual({ ...fresh, servers: [{ url: ORIGIN }] })
  })

  it('answers an OpenAPI 3.1 document with cache validators and CORS', async () => {
    const res = await fetchWorker('/api/v1/openapi.json')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(res.headers.get('cache-control')).toBe('public, max-age=3600, stale-while-revalidate=86400')
    const etag = res.headers.get('etag') ?? ''
    expect((await fetchWorker('/api/v1/openapi.json', { headers: { 'If-None-Match': etag } })).status).toBe(
      304,
    )
    const doc = (await res.json()) as OpenApi
    expect(doc.openapi).toBe('3.1.0')
  })

  it('documents every route the app serves: one without describeRoute is missing from the document', async () => {
    const app = await appFor(dataWithFixture())
    const served = new Set(
      app.routes
        .filter((r) => r.method === 'GET' && !r.path.includes('*'))
        // A parameter's pattern, as in /sitemaps/:sitemap{[1-9][0-9]{0,6}\.xml}, is not part of the path.
        .map((r) => r.path.replace(/:(\w+)(\{[^/]*\})?/g, '{$1}')),
    )
    const documented = (await documentOf(app)).paths ?? {}
    for (const path of served) {
      const get = documented[path]?.get
      expect(get?.summary, `${path} has no describeRoute`).toBeTruthy()
      expect(get?.responses?.['200'], `${path} documents no 200`).toBeDefined()
    }
    expect(new Set(Object.keys(documented))).toEqual(served)
  })

  it('leaves out a route declared without a description, so the test above fails', async () => {
    const app = await appFor(dataWithFixture())
    app.get('/api/v1/undocumented', (c) => c.json({}))
    const documented = (await documentOf(app)).paths ?? {}
    expect(Object.keys(documented)).not.toContain('/api/v1/undocumented')
    expect(Object.keys(documented)).toContain('/api/v1/articles')
  })

  it('is public and licensed: root security is empty, info.license is set', async () => {
    const doc = (await openApi()) as OpenApi & { security: unknown; info: { license: { name: string } } }
    expect(doc.security).toEqual([])
    expect(doc.info.license).toMatchObject({ identifier: 'MIT' })
  })

  it('documents revalidation on every GET: If-None-Match, its 304, and ETag and Cache-Control on each 200', async () => {
    const doc = (await openApi()) as OpenApi & {
      components: { parameters: Record<string, { name: string; in: string }> }
    }
    const resolve = <T>(value: T | { $ref: string }): T => {
      if (value && typeof value === 'object' && '$ref' in value) {
        const [, kind, name] = /^#\/components\/(\w+)\/(\w+)$/.exec(value.$ref) ?? []
        return (doc.components as unknown as Record<string, Record<string, T>>)[kind as string]?.[
          name as string
        ] as T
      }
      return value as T
    }
    for (const [path, item] of Object.entries(doc.paths)) {
      const get = item.get as Operation & { responses: Record<string, { headers?: Record<string, unknown> }> }
      const headers = (get.parameters ?? []).map((p) => resolve(p)).filter((p) => p.in === 'header')
      expect(
        headers.map((p) => p.name),
        path,
      ).toContain('If-None-Match')
      expect(get.responses['304'], `${path} 304`).toBeDefined()
      for (const [status, response] of Object.entries(get.responses)) {
        if (!/^2/.test(status) && status !== '304') continue
        const resolved = resolve(response) as { headers?: Record<string, unknown> }
        expect(Object.keys(resolved.headers ?? {}).sort(), `${path} ${status}`).toEqual([
          'Cache-Control',
          'ETag',
        ])
      }
    }
  })

  it('documents every path it lists, and each of them answers, with a 304 to its own ETag', async () => {
    const doc = await openApi()
    // An image's name is a fingerprint: take one the article page links.
    const page = await (await fetchWorker(`/articles/${FEATURED}`)).text()
    const image = new RegExp(`/images/${FEATURED}/([a-z]+\\.[0-9a-f]{16}\\.png)`).exec(page)?.[1] ?? 'none'
    for (const template of Object.keys(doc.paths)) {
      const path =
        template === '/oembed'
          ? `/oembed?url=${article}`
          : slugPath(template).replace('{sitemap}', '1.xml').replace('{file}', image)
      const res = await fetchWorker(path)
      expect(res.status, path).toBe(200)
      expect(res.headers.get('Cache-Control'), path).toMatch(/^public, max-age=\d+/)
      const etag = res.headers.get('ETag') ?? ''
      expect(etag, path).toMatch(/^"[\w-]+"$/)
      const again = await fetchWorker(path, { headers: { 'If-None-Match': etag } })
      expect(again.status, path).toBe(304)
    }
  })

  it('documents the query parameters from the schemas that validate them', async () => {
    const doc = await openApi()
    const params = (template: string) => doc.paths[template]?.get.parameters ?? []
    const figures = params('/api/v1/articles/{slug}/figures')
    expect(figures.map((p) => ('$ref' in p ? p.$ref : `${p.in}:${p.name}`))).toEqual([
      '#/components/parameters/IfNoneMatch',
      'path:slug',
      'query:category',
      'query:report',
    ])
    expect(figures[2]?.schema).toEqual({ type: 'array', items: { type: 'string' } })
    // A date pattern, not a list of every article's dates, so the document does not grow with the archive.
    const report = new Validator(figures[3]?.schema as object, '2020-12', false)
    for (const ok of ['latest', 'previous', '2022-09-14']) expect(report.validate(ok).valid, ok).toBe(true)
    for (const bad of ['never', '14 Sept 2022']) expect(report.validate(bad).valid, bad).toBe(false)
    expect(params('/embed/{slug}')[2]?.schema.enum).toEqual(['light', 'dark', 'auto'])
    expect(params('/oembed').map((p) => p.name)).toEqual([
      undefined,
      'url',
      'format',
      'maxwidth',
      'maxheight',
      'theme',
    ])
  })
})

describe('JSON responses validate against openapi.json', () => {
  it.each([
    ['/api/v1/articles', '/api/v1/articles'],
    ['/api/v1/articles', '/api/v1/articles?page=abc'],
    ['/api/v1/articles', '/api/v1/articles?page=2'],
    ['/api/v1/articles/{slug}', `/api/v1/articles/${FEATURED}`],
    ['/api/v1/articles/{slug}/figures', `/api/v1/articles/${FEATURED}/figures`],
    [
      '/api/v1/articles/{slug}/figures',
      `/api/v1/articles/${FEATURED}/figures?category=tanks&report=previous`,
    ],
    ['/api/v1/articles/{slug}/figures', `/api/v1/articles/${FEATURED}/figures?category=nope`],
    ['/api/v1/articles/{slug}', '/api/v1/articles/no-such-article'],
    ['/api/v1/articles/{slug}/figures.csv', `/api/v1/articles/${FEATURED}/figures.csv?report=never`],
    ['/embed/{slug}', `/embed/${FEATURED}?theme=sepia`],
    ['/embed/{slug}/chart.svg', `/embed/${FEATURED}/chart.svg?category=nope`],
    ['/oembed', `/oembed?url=${article}&maxwidth=320`],
    ['/oembed', `/oembed?url=${encodeURIComponent('https://elsewhere.example/')}`],
    ['/oembed', `/oembed?url=${article}&format=xml`],
    ['/oembed', `/oembed?url=${article}&maxheight=tall`],
  ])('%s: GET %s', async (template, path) => {
    await validateAgainst(await openApi(), template, await fetchWorker(path))
  })

  it.each([
    ['/api/v1/datasets', '/api/v1/datasets'],
    ['/api/v1/datasets/{id}', '/api/v1/datasets/general-staff-losses'],
    ['/api/v1/datasets/{id}', '/api/v1/datasets/nope'],
    ['/api/v1/datasets/{id}/reports', '/api/v1/datasets/general-staff-losses/reports'],
    ['/api/v1/datasets/{id}/reports', '/api/v1/datasets/general-staff-losses/reports?from=2022-02-30'],
    ['/api/v1/datasets/{id}/reports.csv', '/api/v1/datasets/general-staff-losses/reports.csv?category=nope'],
    ['/api/v1/datasets/{id}/reports/{date}', '/api/v1/datasets/general-staff-losses/reports/latest'],
    ['/api/v1/datasets/{id}/reports/{date}', '/api/v1/datasets/general-staff-losses/reports/2022-02-30'],
    ['/api/v1/datasets/{id}/reports/{date}', '/api/v1/datasets/general-staff-losses/reports/2020-01-01'],
    ['/embed/{slug}/context.svg', `/embed/${FEATURED}/context.svg?theme=sepia`],
    ['/embed/{slug}/equipment.svg', `/embed/${FEATURED}/equipment.svg?theme=sepia`],
  ])('%s: GET %s (with the datasets)', async (template, path) => {
    await validateAgainst(await openApi(), template, await withDatasets(path))
  })

  it('would catch a response that strays from the document', async () => {
    const doc = await openApi()
    const res = await fetchWorker(`/api/v1/articles/${FEATURED}/figures`)
    const body = (await res.json()) as { figures: Record<string, unknown>[] }
    const figure = body.figures[0] as Record<string, unknown>
    figure.value = '53,650'
    const schema = doc.paths['/api/v1/articles/{slug}/figures']?.get.responses['200']?.content?.[
      'application/json'
    ]?.schema as object
    const validator = new Validator({ ...schema, components: doc.components }, '2020-12', false)
    expect(validator.validate(body).valid).toBe(false)
  })
})
