// The OpenAPI 3.1 document of the API, built from the valibot schemas that validate requests
// (src/http/validate.ts) and describe responses (src/views/json-schema.ts): there is no hand-kept copy.
// Build-time code: `npm run openapi` (scripts/openapi.ts) writes it, so the converter is never bundled.
import { type JsonSchema, toJsonSchema, toJsonSchemaDefs } from '@valibot/to-json-schema'
import * as v from 'valibot'
import {
  CardQuery,
  figuresQuerySchema,
  OembedQuery,
  reportsQuerySchema,
  ThemeQuery,
} from '../src/http/query-schemas'
import { SITE_NAME } from '../src/site'
import * as Json from '../src/views/json-schema'
import { withHttp } from './openapi-http'

type QuerySchema = v.ObjectSchema<v.ObjectEntries, v.ErrorMessage<v.ObjectIssue> | undefined>

const COMPONENTS = {
  ArticleList: Json.ArticleList,
  ArticleSummary: Json.ArticleSummary,
  Article: Json.ArticleJson,
  ArticleLinks: Json.ArticleLinks,
  Figures: Json.FiguresJson,
  Figure: Json.FigureJson,
  Report: Json.ReportJson,
  Claim: Json.ClaimJson,
  Source: Json.SourceJson,
  Oembed: Json.OembedJson,
  Problem: Json.ProblemJson,
  DatasetList: Json.DatasetList,
  DatasetSummary: Json.DatasetSummary,
  Dataset: Json.DatasetJson,
  DatasetLinks: Json.DatasetLinks,
  Licence: Json.LicenceJson,
  DatasetCategory: Json.DatasetCategoryJson,
  DatasetReports: Json.DatasetReports,
  DatasetReport: Json.DatasetReport,
  DailyReport: Json.DailyReportJson,
}
type ComponentName = keyof typeof COMPONENTS

/** Schemas shared between components are written once and referenced, the OpenAPI way. */
const REF_CONFIG = {
  target: 'draft-2020-12',
  // Checks JSON Schema cannot say (a real calendar date) and trimming are the server's business.
  errorMode: 'ignore',
  overrideRef: ({ referenceId }: { referenceId: string }) => `#/components/schemas/${referenceId}`,
} as const

const ref = (name: ComponentName) => ({ $ref: `#/components/schemas/${name}` })
const json = (name: ComponentName, description: string) => ({
  description,
  content: { 'application/json': { schema: ref(name) } },
})
const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ref('Problem') } },
})
const other = (type: string, description: string) => ({
  description,
  content: { [type]: { schema: { type: 'string' } } },
})

/** One entry of a query schema as an OpenAPI parameter: the wire form (a string) with its allowed values. */
function queryParameters(schema: QuerySchema, notes: Record<string, string> = {}) {
  return Object.entries(schema.entries).map(([name, entry]) => {
    const { $schema: _, ...converted } = toJsonSchema(entry, {
      target: 'draft-2020-12',
      typeMode: 'output',
      // Query values arrive as strings; a transform to a number is the server's business, not the caller's.
      errorMode: 'ignore',
    }) as JsonSchema & { $schema?: string }
    const list = converted.type === 'array'
    return {
      name,
      in: 'query',
      required: entry.type !== 'optional',
      ...(notes[name] && { description: notes[name] }),
      // A list is sent comma-separated: ?category=tanks,aircraft (repeating the parameter works too).
      ...(list && { style: 'form', explode: false }),
      schema: converted,
    }
  })
}

const DATASET_ID = {
  name: 'id',
  in: 'path',
  required: true,
  description: 'The dataset’s id, as listed by /api/v1/datasets (e.g. general-staff-losses).',
  schema: { type: 'string' },
}

const REPORT_DATE = {
  name: 'date',
  in: 'path',
  required: true,
  description: 'A report’s date (YYYY-MM-DD), or "latest" for the newest. An impossible date is a 400.',
  schema: { type: 'string', pattern: '^(latest|\\d{4}-\\d{2}-\\d{2})$' },
}

const SLUG = {
  name: 'slug',
  in: 'path',
  required: true,
  description: 'The article’s slug, as in its address /articles/{slug}.',
  schema: { type: 'string' },
}

const PAGE = {
  name: 'page',
  in: 'query',
  required: false,
  description: 'Which page of the archive: 1 (the default) is the newest. Past the last page is a 404.',
  schema: { type: 'integer', minimum: 1, default: 1 },
}

/**
 * The document for the API over these categories; the Worker adds `servers` (its own origin) when it serves it.
 * It names every category but no article or date, so it does not grow with the archive.
 * @example await writeFile('openapi.json', JSON.stringify(openApiDocument(['personnel', 'tanks'])))
 */
export function openApiDocument(categories: string[]) {
  // Each article allows its own categories and report dates; the document lists every category there is.
  const { entries } = figuresQuerySchema({ category: categories, report: [] })
  const figuresQuery = v.object({
    ...entries,
    report: v.optional(
      v.union([v.picklist(['latest', 'previous']), v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/))]),
    ),
  })
  const figuresParameters = queryParameters(figuresQuery, {
    category:
      'Only these categories (ids as in each figure’s "category"). Values an article lacks are a 400.',
    report: '"latest", "previous" or a report’s date. Values an article lacks are a 400.',
  })
  const reportsParameters = queryParameters(reportsQuerySchema([]), {
    from: 'The first date to include (YYYY-MM-DD). An impossible date, or one after "to", is a 400.',
    to: 'The last date to include (YYYY-MM-DD). An impossible date is a 400.',
    category:
      'Only these categories (keys as in "stats"; the dataset lists them). Keys the dataset lacks are a 400.',
  }).map(({ schema, ...parameter }) =>
    parameter.name === 'category'
      ? { ...parameter, schema: { type: 'array', items: { type: 'string' } } }
      : { ...parameter, schema },
  )
  const noDataset = problem('No dataset has this id.')
  const notFound = problem('No article has this slug.')
  const badQuery = problem(
    'A query parameter is not valid; invalid-params names it, the value and what is allowed.',
  )
  const cached = 'Carries a strong ETag; send it back in If-None-Match for a 304.'

  return withHttp({
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: `${SITE_NAME}: data API`,
      version: '1',
      description:
        'The articles and the figures behind them. Every figure is a claim by the source named with it, not an established fact. Every response may be cached and revalidated with its ETag; every data response allows any origin (CORS).',
    },
    paths: {
      '/api/v1/articles': {
        get: {
          operationId: 'listArticles',
          summary: 'Every article, newest first, 50 to a page',
          parameters: [PAGE],
          responses: {
            200: json(
              'ArticleList',
              `One page of the articles, with links to the next and previous. ${cached}`,
            ),
            400: badQuery,
            404: problem('There is no such page: past the last one.'),
          },
        },
      },
      '/api/v1/articles/{slug}': {
        get: {
          operationId: 'getArticle',
          summary: 'One article: its text and all its figures',
          parameters: [SLUG],
          responses: { 200: json('Article', cached), 404: notFound },
        },
      },
      '/api/v1/articles/{slug}/figures': {
        get: {
          operationId: 'getFigures',
          summary: 'The figures of an article, optionally filtered',
          parameters: [SLUG, ...figuresParameters],
          responses: { 200: json('Figures', cached), 400: badQuery, 404: notFound },
        },
      },
      '/api/v1/articles/{slug}/figures.csv': {
        get: {
          operationId: 'getFiguresCsv',
          summary: 'The figures as CSV (RFC 4180), one row per figure, with the same filters',
          parameters: [SLUG, ...figuresParameters],
          responses: {
            200: other('text/csv', `A header row, then one row per figure. ${cached}`),
            400: badQuery,
            404: notFound,
          },
        },
      },
      '/api/v1/datasets': {
        get: {
          operationId: 'listDatasets',
          summary: 'Every dataset: daily series of claimed figures',
          responses: { 200: json('DatasetList', `The datasets. ${cached}`) },
        },
      },
      '/api/v1/datasets/{id}': {
        get: {
          operationId: 'getDataset',
          summary: 'One dataset: its source, licence and categories',
          parameters: [DATASET_ID],
          responses: { 200: json('Dataset', cached), 404: noDataset },
        },
      },
      '/api/v1/datasets/{id}/reports': {
        get: {
          operationId: 'getDatasetReports',
          summary: 'Its daily reports, each with cumulative stats and the increase since the day before',
          parameters: [DATASET_ID, ...reportsParameters],
          responses: { 200: json('DatasetReports', cached), 400: badQuery, 404: noDataset },
        },
      },
      '/api/v1/datasets/{id}/reports.csv': {
        get: {
          operationId: 'getDatasetReportsCsv',
          summary:
            'The same reports as CSV (RFC 4180): one row per date, a column per category and its increase',
          parameters: [DATASET_ID, ...reportsParameters],
          responses: {
            200: other('text/csv', `A header row, then one row per date; an empty cell is null. ${cached}`),
            400: badQuery,
            404: noDataset,
          },
        },
      },
      '/api/v1/datasets/{id}/reports/{date}': {
        get: {
          operationId: 'getDatasetReport',
          summary: 'One report, or the newest for "latest"',
          parameters: [DATASET_ID, REPORT_DATE],
          responses: {
            200: json('DatasetReport', cached),
            400: problem('The date is not "latest" or a date in the calendar.'),
            404: problem('No dataset has this id, or it has no report on this date.'),
          },
        },
      },
      '/embed/{slug}': {
        get: {
          operationId: 'getEmbedCard',
          summary: 'An HTML card of the figures the article quotes, for an <iframe> on any site',
          parameters: [SLUG, ...queryParameters(CardQuery)],
          responses: {
            200: other('text/html', cached),
            400: badQuery,
            404: other('text/html', 'No article has this slug.'),
          },
        },
      },
      '/embed/{slug}/chart.svg': {
        get: {
          operationId: 'getChart',
          summary: 'An SVG chart of one report’s figures (the latest unless report says otherwise)',
          parameters: [SLUG, ...figuresParameters, ...queryParameters(ThemeQuery)],
          responses: {
            200: other('image/svg+xml', cached),
            400: badQuery,
            404: other('text/html', 'No article has this slug.'),
          },
        },
      },
      '/embed/{slug}/context.svg': {
        get: {
          operationId: 'getContextChart',
          summary:
            'An SVG chart of the daily series the article’s one-day figure comes from, that day marked',
          parameters: [SLUG, ...queryParameters(ThemeQuery)],
          responses: {
            200: other('image/svg+xml', cached),
            400: badQuery,
            404: other('text/html', 'No article has this slug, or no dataset gives it context.'),
          },
        },
      },
      '/embed/{slug}/equipment.svg': {
        get: {
          operationId: 'getEquipmentChart',
          summary:
            'Small multiples: the daily series of each piece of equipment the article quotes, that day marked',
          parameters: [SLUG, ...queryParameters(ThemeQuery)],
          responses: {
            200: other('image/svg+xml', cached),
            400: badQuery,
            404: other('text/html', 'No article has this slug, or no dataset gives it context.'),
          },
        },
      },
      '/oembed': {
        get: {
          operationId: 'getOembed',
          summary: 'oEmbed 1.0 for an article address on this site',
          parameters: queryParameters(OembedQuery, {
            maxwidth: 'The widest the embed may be, in CSS pixels.',
            maxheight: 'The tallest the embed may be, in CSS pixels.',
            theme:
              "The card's colours, as the card's own ?theme=: light, dark, or auto (the reader's preference). Without it, a card address keeps its theme; otherwise the card is light.",
          }),
          responses: {
            200: json('Oembed', `A "rich" embed: an iframe of the card. ${cached}`),
            400: badQuery,
            404: problem('The address is not an article on this site.'),
            501: problem('Only format=json is offered.'),
          },
        },
      },
      '/api/v1/openapi.json': {
        get: {
          operationId: 'getOpenApi',
          summary: 'This document',
          responses: { 200: { description: 'OpenAPI 3.1', content: { 'application/json': {} } } },
        },
      },
    },
    components: { schemas: toJsonSchemaDefs(COMPONENTS, REF_CONFIG) },
  })
}
