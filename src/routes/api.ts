// The JSON API, mounted at /api/v1.
import { openApiReader } from '../data/openapi-asset'
import { type Library, selectReports } from '../domain/library'
import { factory } from '../factory'
import { articleBySlug } from '../http/article'
import { DATA } from '../http/cache-control'
import { kept } from '../http/kept-answers'
import { CSV, json, send } from '../http/respond'
import { figuresQuery, pageQuery } from '../http/validate'
import { figuresCsv } from '../views/csv'
import { articleJson, articleListJson, figuresJson } from '../views/json'

export function apiRoutes(library: Library) {
  const api = factory.createApp()
  const bySlug = articleBySlug(library)

  // Generated from the valibot schemas at build time (npm run openapi), served from the static assets; only the
  // origin is added here.
  const readOpenApi = openApiReader()
  api.get('/openapi.json', kept(DATA), async (c) => {
    const document = await readOpenApi((c.env as Partial<Env> | undefined)?.ASSETS, c.var.origin)
    if (!document) return c.notFound()
    return json(c, { ...document, servers: [{ url: c.var.origin }] })
  })

  api.get('/articles', kept(DATA), pageQuery, async (c) => {
    const archive = await library.listArticles(c.req.valid('query').page)
    return archive ? json(c, articleListJson(archive, c.var.origin)) : c.notFound()
  })

  api.get('/articles/:slug', kept(DATA), bySlug, (c) => json(c, articleJson(c.var.article, c.var.origin)))

  api.get('/articles/:slug/figures', kept(DATA), bySlug, figuresQuery, (c) => {
    const { article, origin } = c.var
    return json(c, figuresJson(article, selectReports(article, c.req.valid('query')), origin))
  })

  api.get('/articles/:slug/figures.csv', kept(DATA), bySlug, figuresQuery, (c) => {
    const { article } = c.var
    // The slug is lower-case words and hyphens (data schema), so it is safe in the header as it is.
    c.header('Content-Disposition', `attachment; filename="${article.slug}-figures.csv"`)
    const figures = selectReports(article, c.req.valid('query')).flatMap((r) => r.figures)
    return send(c, figuresCsv(figures), CSV)
  })

  return api
}
