// Each route describes itself where it is declared: its summary, tags and answers, as plain data on a middleware
// (describeRoute), beside the validators whose schemas document its parameters (src/http/validate.ts). At build
// time, scripts/openapi.ts hands the app to hono-openapi's generateSpecs, which writes the OpenAPI document from
// them; the Worker carries the words but no converter, and names its response schemas rather than importing them.
import type { MiddlewareHandler } from 'hono'
import type { GenericSchema } from 'valibot'

/** The property of a route's middleware that the build reads. */
export const ROUTE_DOCS = 'openapi'

/**
 * A body as the document shows it: text, bytes, any JSON, or a response schema by name: the name of a valibot
 * schema exported from src/views/, less a "Json" ending (FigureJson is "Figure").
 */
type Body = string
/** One answer: what it means, and its body per media type. */
export type Answer = { description: string; content?: Record<string, Body> }
/** The groups of the document (scripts/openapi.ts describes each). */
export type Tag = 'Articles' | 'Embeds' | 'Pages' | 'Crawlers and feeds'

export type Operation = {
  operationId: string
  summary: string
  tags: [Tag]
  /** Per status; every GET also gets its 304 and 414 and, on a 2xx, its ETag and Cache-Control (the build adds them). */
  responses: Record<number, Answer>
}

/** What the build reads off a route's middleware: the operation, or the schema of a part of the request. */
export type RouteDocs = { operation: () => Operation } | { target: 'query' | 'param'; schema: GenericSchema }

/**
 * Describes the route it is declared with; it does nothing at run time. A function, so the Worker never builds the
 * description when it starts (docs/performance.md): only the build calls it.
 * @example api.get('/articles/:slug', describeRoute(() => ({ operationId: 'getArticle', summary: 'One article', tags: ['Articles'], responses: { 200: ofJson('Article', 'The article.') } })), …)
 */
export function describeRoute(operation: () => Operation): MiddlewareHandler {
  const docs: RouteDocs = { operation }
  return Object.assign<MiddlewareHandler, object>((_c, next) => next(), { [ROUTE_DOCS]: docs })
}

/** Marks a middleware as validating `target` with `schema`, for the document. */
export function documents<M extends object>(
  middleware: M,
  target: 'query' | 'param',
  schema: GenericSchema,
): M {
  const docs: RouteDocs = { target, schema }
  return Object.assign(middleware, { [ROUTE_DOCS]: docs })
}

/** @example responses: { 200: ofJson('Article', 'The article and its figures.') } */
export const ofJson = (schema: string, description: string): Answer => ({
  description,
  content: { 'application/json': schema },
})
/** An error for programs: problem+json (src/http/errors.tsx). */
export const ofProblem = (description: string): Answer => ({
  description,
  content: { 'application/problem+json': 'Problem' },
})
/** A text body of this media type. @example ofText('text/csv', 'A header row, then one row per figure.') */
export const ofText = (type: string, description: string): Answer => ({
  description,
  content: { [type]: 'text' },
})
/** A page for readers. */
export const ofPage = (description: string): Answer => ofText('text/html', description)
/** The 400 of every validated query (src/http/validate.ts). */
export const BAD_QUERY = ofProblem(
  'A query parameter is not valid; invalid-params names it, the value and what is allowed.',
)
