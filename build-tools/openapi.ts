// The OpenAPI 3.1 document, generated from the app itself: hono-openapi's generateSpecs walks app.routes and reads
// what each route declares (describeRoute, and the schemas its validators parse with; src/http/describe.ts).
// Added here, once for every GET: revalidation (If-None-Match, its 304, the ETag and Cache-Control of each 2xx)
// and the 414 any address may answer. Build time only (scripts/openapi.ts), so no converter ships in the Worker.
import { type JsonSchema, toJsonSchemaDefs } from '@valibot/to-json-schema'
import type { Hono } from 'hono'
import { findTargetHandler } from 'hono/utils/handler'
import { generateSpecs, resolver, uniqueSymbol } from 'hono-openapi'
import type { OpenAPIV3_1 } from 'openapi-types'
import type { GenericSchema } from 'valibot'
import { type Answer, ROUTE_DOCS, type RouteDocs, type Tag } from '../src/http/describe'
import { MAX_URL_LENGTH } from '../src/http/limits'
import { SITE_NAME } from '../src/site'

const ref = (kind: string, name: string) => ({ $ref: `#/components/${kind}/${name}` })

const TAGS: Record<Tag, string> = {
  Articles: 'The articles and the figures behind them, as JSON and CSV.',
  Embeds: 'What other sites frame or load: the card, its script, the charts, oEmbed.',
  Pages: 'Pages for readers.',
  'Crawlers and feeds': 'robots.txt, the sitemap and the Atom feed.',
}

/**
 * The response schemas among these modules' exports (the view modules), by the name the document gives them:
 * the export's name less a "Json" ending, so FigureJson is #/components/schemas/Figure.
 * @example responseSchemas([await import('../src/views/json-schema')])
 */
export function responseSchemas(modules: object[]): Record<string, GenericSchema> {
  const schemas: Record<string, GenericSchema> = {}
  for (const module of modules)
    for (const [name, value] of Object.entries(module)) {
      if ((value as Partial<GenericSchema> | null)?.kind !== 'schema') continue
      const component = name.replace(/Json$/, '')
      if (schemas[component]) throw new Error(`two response schemas are named ${component}`)
      schemas[component] = value as GenericSchema
    }
  return schemas
}

/** A body named in a route's description, as a JSON Schema. */
function bodySchema(body: string, schemas: Record<string, GenericSchema>): object {
  if (body === 'text') return { type: 'string' }
  if (body === 'binary') return { type: 'string', format: 'binary' }
  if (body === 'any') return {}
  if (!schemas[body])
    throw new Error(`no view in src/views/ exports a response schema ${body} (or ${body}Json)`)
  return ref('schemas', body)
}

/** A route's answers as OpenAPI responses: bodies resolved, and every 2xx carrying its validators. */
function responses(
  answers: Record<number, Answer>,
  schemas: Record<string, GenericSchema>,
): OpenAPIV3_1.ResponsesObject {
  const out: OpenAPIV3_1.ResponsesObject = {}
  for (const [status, { description, content }] of Object.entries(answers)) {
    out[status] = {
      description,
      ...(content && {
        content: Object.fromEntries(
          Object.entries(content).map(([type, body]) => [type, { schema: bodySchema(body, schemas) }]),
        ),
      }),
      ...(status.startsWith('2') && {
        headers: { ETag: ref('headers', 'ETag'), 'Cache-Control': ref('headers', 'CacheControl') },
      }),
    } as OpenAPIV3_1.ResponseObject
  }
  return out
}

/**
 * The document of every route the app declares, its bodies from these response schemas. A route without a
 * description is left out (and tests/openapi.test.ts fails, naming it).
 * @example await writeFile('openapi.json', JSON.stringify(await openApiDocument(createApp(options), schemas)))
 */
export async function openApiDocument<E extends object>(
  app: Hono<E & { Bindings: Env }>,
  schemas: Record<string, GenericSchema>,
) {
  // Each route's plain description, given to hono-openapi in the form it reads.
  for (const route of app.routes) {
    const handler = findTargetHandler(route.handler) as unknown as Record<string | symbol, unknown>
    const docs = handler[ROUTE_DOCS] as RouteDocs | undefined
    if (!docs || handler[uniqueSymbol]) continue
    if ('operation' in docs) {
      const operation = docs.operation()
      handler[uniqueSymbol] = { spec: { ...operation, responses: responses(operation.responses, schemas) } }
    } else handler[uniqueSymbol] = { target: docs.target, ...resolver(docs.schema as never) }
  }
  const document = await generateSpecs(app as never, {
    // Every route states its own 400, if it has one; a path that ends in a file name is a route like any other.
    defaultValidationErrorResponse: false,
    excludeStaticFile: false,
    documentation: {
      openapi: '3.1.0',
      jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
      info: {
        title: `${SITE_NAME}: data API`,
        version: '1',
        description:
          'The articles and the figures behind them. Every figure is a claim by the source named with it, not an established fact. Every response may be cached and revalidated with its ETag; every data response allows any origin (CORS).',
        // The figures' licence; the articles' words stay their publishers' (each article names its publisher).
        license: {
          name: 'MIT, for the figures as compiled by Petro Ivaniuk; article text belongs to its publisher',
          identifier: 'MIT',
        },
      },
      // Relative: the Worker serves the document with its own origin in `servers`.
      servers: [{ url: '/' }],
      // The API is public: no operation needs credentials.
      security: [],
      tags: Object.entries(TAGS).map(([name, description]) => ({ name, description })),
      components: {
        schemas: toJsonSchemaDefs(schemas, {
          target: 'draft-2020-12',
          // Checks JSON Schema cannot say (a real calendar date) and trimming are the server's business.
          errorMode: 'ignore',
          overrideRef: ({ referenceId }) => `#/components/schemas/${referenceId}`,
        }) as Record<string, JsonSchema & OpenAPIV3_1.SchemaObject>,
        parameters: {
          IfNoneMatch: {
            name: 'If-None-Match',
            in: 'header',
            required: false,
            description:
              'The ETag of a copy you hold; if it is still current, the answer is a 304 with no body.',
            schema: { type: 'string' },
          },
        },
        headers: {
          ETag: {
            description: 'A strong validator of this representation; send it back in If-None-Match.',
            schema: { type: 'string' },
          },
          CacheControl: {
            description: 'How long shared caches and browsers may reuse the answer before revalidating.',
            schema: { type: 'string' },
          },
        },
        responses: {
          NotModified: {
            description: 'The copy named in If-None-Match is current: no body.',
            headers: { ETag: ref('headers', 'ETag'), 'Cache-Control': ref('headers', 'CacheControl') },
          },
          UriTooLong: {
            description: `The address is longer than ${MAX_URL_LENGTH} characters: problem+json for programs, the error page for readers.`,
            content: {
              'application/problem+json': { schema: ref('schemas', 'Problem') },
              'text/html': { schema: { type: 'string' } },
            },
          },
        },
      },
    },
    // Every GET can be revalidated, and any address may be too long.
    defaultOptions: {
      GET: {
        parameters: [ref('parameters', 'IfNoneMatch')],
        responses: { 304: ref('responses', 'NotModified'), 414: ref('responses', 'UriTooLong') },
      },
    },
  })
  // A list (?category=) is sent comma-separated, ?category=tanks,aircraft; repeating the parameter works too.
  for (const item of Object.values(document.paths ?? {}))
    for (const parameter of (item?.get?.parameters ?? []) as OpenAPIV3_1.ParameterObject[]) {
      const schema = parameter.schema as OpenAPIV3_1.SchemaObject | undefined
      if (schema?.type !== 'array') continue
      parameter.schema = { type: 'array', items: schema.items } as typeof parameter.schema
      Object.assign(parameter, { style: 'form', explode: false })
    }
  return document
}
