// The JSON API, mounted at /api/v1.
import { openApiReader } from '../data/openapi-asset'
import { datasetHolding } from '../domain/datasets'
import { type Library, selectReports } from '../domain/library'
import { factory } from '../factory'
import { articleBySlug } from '../http/article'
import { DATA } from '../http/cache-control'
import { BAD_QUERY, describeRoute, ofJson, ofProblem, ofText } from '../http/describe'
import { kept } from '../http/kept-answers'
import { CSV, json, send } from '../http/respond'
import { figuresQuery, pageQuery } from '../http/validate'
import { figuresCsv } from '../views/csv'
import { licenceLink } from '../views/dataset-json'
import { articleJson, articleListJson, figuresJson } from '../views/json'

const NO_ARTICLE = ofProblem('No article has this slug.')

export function apiRoutes(library: Library) {
  const api = factory.createApp()
  const bySlug = articleBySlug(library)

  // Generated from the routes at build time (npm run openapi), served from the static assets; only the origin is
  // added here.
  const readOpenApi = openApiReader()
  api.get(
    '/openapi.json',
    describeRoute(() => ({
      operationId: 'getOpenApi',
      summary: 'This document',
      tags: ['Articles'],
      responses: { 200: { description: 'OpenAPI 3.1', content: { 'application/json': 'any' } } },
    })),
    kept(DATA),
    async (c) => {
      const document = await readOpenApi(c.env.ASSETS)
      return json(c, { ...document, servers: [{ url: c.var.origin }] })
    },
  )

  api.get(
    '/articles',
    describeRoute(() => ({
      operationId: 'listArticles',
      summary: 'Every article, newest first, 50 to a page',
      tags: ['Articles'],
      responses: {
        200: ofJson('ArticleList', 'One page of the articles, with links to the next and previous.'),
        400: BAD_QUERY,
        404: ofProblem('There is no such page: past the last one.'),
      },
    })),
    kept(DATA, { query: pageQuery.names, archive: true }),
    pageQuery,
    async (c) => {
      const archive = await library.listArticles(c.req.valid('query').page)
      return archive ? json(c, articleListJson(archive, c.var.origin)) : c.notFound()
    },
  )

  api.get(
    '/articles/:slug',
    describeRoute(() => ({
      operationId: 'getArticle',
      summary: 'One article: its text and all its figures',
      tags: ['Articles'],
      responses: { 200: ofJson('Article', 'The article.'), 404: NO_ARTICLE },
    })),
    kept(DATA),
    bySlug,
    (c) => json(c, articleJson(c.var.article, c.var.origin)),
  )

  api.get(
    '/articles/:slug/figures',
    describeRoute(() => ({
      operationId: 'getFigures',
      summary: 'The figures of an article, optionally filtered',
      tags: ['Articles'],
      responses: { 200: ofJson('Figures', 'The figures asked for.'), 400: BAD_QUERY, 404: NO_ARTICLE },
    })),
    kept(DATA, { query: figuresQuery.names }),
    bySlug,
    figuresQuery,
    (c) => {
      const { article, origin } = c.var
      return json(c, figuresJson(article, selectReports(article, c.req.valid('query')), origin))
    },
  )

  api.get(
    '/articles/:slug/figures.csv',
    describeRoute(() => ({
      operationId: 'getFiguresCsv',
      summary: 'The figures as CSV (RFC 4180), one row per figure, with the same filters',
      tags: ['Articles'],
      responses: {
        200: ofText('text/csv', 'A header row, then one row per figure.'),
        400: BAD_QUERY,
        404: NO_ARTICLE,
      },
    })),
    kept(DATA, { query: figuresQuery.names }),
    bySlug,
    figuresQuery,
    async (c) => {
      const { article } = c.var
      // The slug is lower-case words and hyphens (data schema), so it is safe in the header as it is.
      c.header('Content-Disposition', `attachment; filename="${article.slug}-figures.csv"`)
      const latest = article.reports.at(-1)
      const dataset = latest && datasetHolding(await library.listDatasets(), latest)
      if (dataset) c.header('Link', licenceLink(c.var.origin, dataset.id))
      const figures = selectReports(article, c.req.valid('query')).flatMap((r) => r.figures)
      return send(c, figuresCsv(figures), CSV)
    },
  )

  return api
}
