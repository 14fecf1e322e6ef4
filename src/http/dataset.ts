// The request's dataset, looked up once by a middleware and read by everything after it as `c.var.dataset`.
import { createMiddleware } from 'hono/factory'
import * as v from 'valibot'
import { Id } from '../data/primitives'
import type { Dataset } from '../domain/datasets'
import type { Library } from '../domain/library'
import { documents } from './describe'

export type DatasetEnv = { Variables: { dataset: Dataset } }

const IdParam = v.object({
  id: v.pipe(
    Id,
    v.description('The dataset’s id, as listed by /api/v1/datasets (e.g. general-staff-losses).'),
  ),
})

/**
 * Sets `c.var.dataset` from the `:id` path parameter, or answers 404 through the app's notFound.
 * @example api.get('/datasets/:id', datasetById(library), (c) => json(c, datasetJson(c.var.dataset, origin)))
 */
export function datasetById(library: Library) {
  const byId = createMiddleware<DatasetEnv>(async (c, next) => {
    const id = c.req.param('id')
    const dataset = v.is(Id, id) ? await library.getDataset(id) : undefined
    if (!dataset) return c.notFound()
    c.set('dataset', dataset)
    await next()
  })
  return documents(byId, 'param', IdParam)
}
