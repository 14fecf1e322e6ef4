// The datasets API, mounted at /api/v1/datasets: each series of daily reports, whole or filtered, as JSON or CSV.
import { getReport, reportsBetween } from '../domain/datasets'
import type { Library } from '../domain/library'
import { factory } from '../factory'
import { DATA } from '../http/cache-control'
import { datasetById, reportDateParam, reportsQuery } from '../http/dataset'
import { kept } from '../http/kept-answers'
import { CSV, json, send } from '../http/respond'
import { reportsCsv } from '../views/csv'
import {
  chosenKeys,
  datasetJson,
  datasetListJson,
  datasetReportJson,
  datasetReportsJson,
} from '../views/dataset-json'

export function datasetRoutes(library: Library) {
  const datasets = factory.createApp()
  const byId = datasetById(library)

  datasets.get('/', kept(DATA), async (c) =>
    json(c, datasetListJson(await library.listDatasets(), c.var.origin)),
  )

  datasets.get('/:id', kept(DATA), byId, (c) => json(c, datasetJson(c.var.dataset, c.var.origin)))

  datasets.get('/:id/reports', kept(DATA), byId, reportsQuery, (c) => {
    const { dataset } = c.var
    const { from, to, category } = c.req.valid('query')
    return json(
      c,
      datasetReportsJson(dataset, reportsBetween(dataset, from, to), chosenKeys(dataset, category)),
    )
  })

  // Registered before /:id/reports/:date, which would otherwise take "reports.csv" for nothing at all.
  datasets.get('/:id/reports.csv', kept(DATA), byId, reportsQuery, (c) => {
    const { dataset } = c.var
    const { from, to, category } = c.req.valid('query')
    // Dataset ids are folder names: lower-case words and hyphens (data schema), safe in the header as they are.
    c.header('Content-Disposition', `attachment; filename="${dataset.id}-reports.csv"`)
    return send(c, reportsCsv(reportsBetween(dataset, from, to), chosenKeys(dataset, category)), CSV)
  })

  datasets.get('/:id/reports/:date', kept(DATA), byId, reportDateParam, (c) => {
    const { dataset } = c.var
    const report = getReport(dataset, c.req.param('date'))
    if (!report) return c.notFound()
    return json(c, datasetReportJson(dataset, report))
  })

  return datasets
}
