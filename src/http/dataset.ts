// The request's dataset, looked up once by a middleware (`c.var.dataset`), and the reports query it allows.
import type { Context } from 'hono'
import { createMiddleware } from 'hono/factory'
import { validator } from 'hono/validator'
import * as v from 'valibot'
import { MAX_SLUG_LENGTH } from '../data/primitives'
import type { Dataset } from '../domain/datasets'
import type { Library } from '../domain/library'
import { type AudienceEnv, answerError } from './errors'
import { CalendarDate, reportsQuerySchema } from './query-schemas'
import { rejectQuery } from './validate'

export type DatasetEnv = { Variables: { dataset: Dataset } }

/**
 * Sets `c.var.dataset` from the `:id` path parameter, or answers 404 through the app's notFound.
 * @example api.get('/datasets/:id', datasetById(library), (c) => json(c, datasetJson(c.var.dataset, origin)))
 */
export function datasetById(library: Library) {
  return createMiddleware<DatasetEnv>(async (c, next) => {
    const id = c.req.param('id')
    const dataset = id && id.length <= MAX_SLUG_LENGTH ? await library.getDataset(id) : undefined
    if (!dataset) return c.notFound()
    c.set('dataset', dataset)
    await next()
  })
}

/**
 * Validates `from`, `to` and `category` against `c.var.dataset`: a bad one is a 400 naming it and what is allowed.
 * @example api.get('/datasets/:id/reports', datasetById(library), reportsQuery, handler)
 */
export const reportsQuery = validator('query', (query, c: Context<DatasetEnv & AudienceEnv>) => {
  const categories = c.var.dataset.categories.map((cat) => cat.key)
  const result = v.safeParse(reportsQuerySchema(categories), query)
  if (!result.success) return rejectQuery(c, result.issues, { category: categories })
  const { from, to } = result.output
  if (from !== undefined && to !== undefined && from > to) {
    const reason = `must not be after to (${to})`
    return answerError(c, 400, `from "${from}" ${reason}.`, {
      invalidParams: [{ name: 'from', in: 'query', value: from, reason }],
    })
  }
  return result.output
})

/**
 * Validates the `:date` path parameter: "latest" or a calendar date; anything else is a 400 naming it.
 * @example api.get('/datasets/:id/reports/:date', datasetById(library), reportDateParam, handler)
 */
export const reportDateParam = createMiddleware<AudienceEnv>(async (c, next) => {
  const date = String(c.req.param('date') ?? '')
  if (date === 'latest' || v.safeParse(CalendarDate, date).success) return next()
  const value = date.length > 100 ? `${date.slice(0, 100)}…` : date
  const reason = 'must be "latest" or a date in the calendar, YYYY-MM-DD'
  return answerError(c, 400, `date "${value}" ${reason}.`, {
    invalidParams: [{ name: 'date', in: 'path', value, reason }],
  })
})
