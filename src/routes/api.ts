// The JSON API, mounted at /api/v1.
import { Hono } from 'hono'
import { type Library, selectFigures } from '../domain/library'
import OPENAPI from '../generated/openapi.json'
import { DATA } from '../http/cache-control'
import { pageQueryParam } from '../http/page-param'
import type { Represent } from '../http/representation'
import { CSV, JSON_TYPE, send } from '../http/respond'
import { articleParam, figuresQueryParam } from '../http/validate'
import { figuresCsv } from '../views/csv'
import { articleJson, articleListJson, figuresJson } from '../views/json'

const origin = (url: string) => new URL(url).origin

export function apiRoutes(library: Library, represent: Represent) {
  const api = new Hono()

  // Generated from the valibot schemas at build time (npm run openapi); only the origin is added here.
  api.get('/openapi.json', async (c) => {
    const o = origin(c.req.url)
    const body = await represent(`api:openapi:${o}`, () =>
      JSON.stringify({ ...OPENAPI, servers: [{ url: o }] }),
    )
    return send(c, body, JSON_TYPE, DATA)
  })

  api.get('/articles', pageQueryParam(), async (c) => {
    const { page } = c.req.valid('query')
    const archive = await library.listArticles(page)
    if (!archive) return c.notFound()
    const o = origin(c.req.url)
    const body = await represent(`api:list:${o}:${page}`, () => JSON.stringify(articleListJson(archive, o)))
    return send(c, body, JSON_TYPE, DATA)
  })

  api.get('/articles/:slug', articleParam(library), async (c) => {
    const { article } = c.req.valid('param')
    const o = origin(c.req.url)
    const body = await represent(`api:article:${o}:${article.slug}`, () =>
      JSON.stringify(articleJson(article, selectFigures(article, {}), o)),
    )
    return send(c, body, JSON_TYPE, DATA)
  })

  api.get('/articles/:slug/figures', articleParam(library), figuresQueryParam(library), async (c) => {
    const { article } = c.req.valid('param')
    const { category, report } = c.req.valid('query')
    const o = origin(c.req.url)
    // Sorted, so ?category=a,b and ?category=b,a share one kept body.
    const key = `api:figures:${o}:${article.slug}:${[...(category ?? [])].sort()}:${report ?? ''}`
    const body = await represent(key, () =>
      JSON.stringify(figuresJson(article, selectFigures(article, { categories: category, report }), o)),
    )
    return send(c, body, JSON_TYPE, DATA)
  })

  api.get('/articles/:slug/figures.csv', articleParam(library), figuresQueryParam(library), async (c) => {
    const { article } = c.req.valid('param')
    const { category, report } = c.req.valid('query')
    const key = `api:csv:${article.slug}:${[...(category ?? [])].sort()}:${report ?? ''}`
    const body = await represent(key, () =>
      figuresCsv(selectFigures(article, { categories: category, report })),
    )
    // The slug is lower-case words and hyphens (data schema), so it is safe in the header as it is.
    c.header('Content-Disposition', `attachment; filename="${article.slug}-figures.csv"`)
    return send(c, body, CSV, DATA)
  })

  return api
}
