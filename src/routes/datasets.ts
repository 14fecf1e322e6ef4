// The datasets API, mounted at /api/v1/datasets: each series of daily reports, whole or filtered, as JSON or CSV.
import { getReport, reportsBetween } from '../domain/datasets'
import type { Library } from '../domain/library'
import { factory } from '../factory'
import { DATA } from '../http/cache-control'
import { datasetById } from '../http/dataset'
import { BAD_QUERY, describeRoute, ofJson, ofProblem, ofText } from '../http/describe'
import { kept } from '../http/kept-answers'
import { CSV, json, send, TEXT } from '../http/respond'
import { reportDateParam, reportsQuery } from '../http/validate'
import { reportsCsv } from '../views/csv'
import {
  chosenKeys,
  datasetJson,
  datasetListJson,
  datasetReportJson,
  datasetReportsJson,
  licenceLink,
} from '../views/dataset-json'

const NO_DATASET = ofProblem('No dataset has this id.')

export function datasetRoutes(library: Library) {
  const datasets = factory.createApp()
  const byId = datasetById(library)

  datasets.get(
    '/',
    describeRoute(() => ({
      operationId: 'listDatasets',
      summary: 'Every dataset: daily series of claimed figures',
      tags: ['Articles'],
      responses: { 200: ofJson('DatasetList', 'The datasets.') },
    })),
    kept(DATA),
    async (c) => json(c, datasetListJson(await library.listDatasets(), c.var.origin)),
  )

  datasets.get(
    '/:id',
    describeRoute(() => ({
      operationId: 'getDataset',
      summary: 'One dataset: its source, licence and categories',
      tags: ['Articles'],
      responses: { 200: ofJson('Dataset', 'The dataset.'), 404: NO_DATASET },
    })),
    kept(DATA),
    byId,
    (c) => json(c, datasetJson(c.var.dataset, c.var.origin)),
  )

  datasets.get(
    '/:id/reports',
    describeRoute(() => ({
      operationId: 'getDatasetReports',
      summary: 'Its daily reports, each with cumulative stats and the increase since the day before',
      tags: ['Articles'],
      responses: { 200: ofJson('DatasetReports', 'The reports asked for.'), 400: BAD_QUERY, 404: NO_DATASET },
    })),
    kept(DATA, { query: reportsQuery.names }),
    byId,
    reportsQuery,
    (c) => {
      const { dataset } = c.var
      const { from, to, category } = c.req.valid('query')
      return json(
        c,
        datasetReportsJson(dataset, reportsBetween(dataset, from, to), chosenKeys(dataset, category)),
      )
    },
  )

  // Registered before /:id/reports/:date, which would otherwise take "reports.csv" for nothing at all.
  datasets.get(
    '/:id/reports.csv',
    describeRoute(() => ({
      operationId: 'getDatasetReportsCsv',
      summary: 'The same reports as CSV (RFC 4180): one row per date, a column per category and its increase',
      tags: ['Articles'],
      responses: {
        200: ofText('text/csv', 'A header row, then one row per date; an empty cell is null.'),
        400: BAD_QUERY,
        404: NO_DATASET,
      },
    })),
    kept(DATA, { query: reportsQuery.names }),
    byId,
    reportsQuery,
    (c) => {
      const { dataset } = c.var
      const { from, to, category } = c.req.valid('query')
      // Dataset ids are slugs (data check), safe in the header as they are.
      c.header('Content-Disposition', `attachment; filename="${dataset.id}-reports.csv"`)
      c.header('Link', licenceLink(c.var.origin, dataset.id))
      return send(c, reportsCsv(reportsBetween(dataset, from, to), chosenKeys(dataset, category)), CSV)
    },
  )

  datasets.get(
    '/:id/licence.txt',
    describeRoute(() => ({
      operationId: 'getDatasetLicence',
      summary: 'The licence its compiler gives the dataset, word for word',
      tags: ['Articles'],
      responses: { 200: ofText('text/plain', 'The licence text, as in the dataset.'), 404: NO_DATASET },
    })),
    kept(DATA),
    byId,
    (c) => send(c, c.var.dataset.licence.text, TEXT),
  )

  datasets.get(
    '/:id/reports/:date',
    describeRoute(() => ({
      operationId: 'getDatasetReport',
      summary: 'One report, or the newest for "latest"',
      tags: ['Articles'],
      responses: {
        200: ofJson('DatasetReport', 'The report.'),
        400: ofProblem('The date is not "latest" or a date in the calendar.'),
        404: ofProblem('No dataset has this id, or it has no report on this date.'),
      },
    })),
    kept(DATA),
    byId,
    reportDateParam,
    (c) => {
      const { dataset } = c.var
      const report = getReport(dataset, c.req.valid('param').date)
      if (!report) return c.notFound()
      return json(c, datasetReportJson(dataset, report))
    },
  )

  return datasets
}
