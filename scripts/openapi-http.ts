// The HTTP half of the OpenAPI document, shared by every GET: revalidation (If-None-Match, 304), the ETag and
// Cache-Control each 200 carries, the 414 any address may answer; the public, unauthenticated API (`security: []`),
// its licence, and the routes for readers and crawlers that are not JSON. Build time only, like src/openapi.ts.

type Responses = Record<string, unknown>
type Operation = { parameters?: unknown[]; responses: Responses } & Record<string, unknown>
type Document = {
  info: Record<string, unknown>
  paths: Record<string, { get: Operation }>
  components: Record<string, Record<string, unknown>>
} & Record<string, unknown>

const ref = (kind: string, name: string) => ({ $ref: `#/components/${kind}/${name}` })

const SLUG = {
  name: 'slug',
  in: 'path',
  required: true,
  description: 'The article’s slug, as in its address /articles/{slug}.',
  schema: { type: 'string' },
}
const text = (type: string, description: string) => ({
  description,
  content: { [type]: { schema: { type: 'string' } } },
})
const page = (description: string) => text('text/html', description)
const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ref('schemas', 'Problem') } },
})

/** Routes that are not JSON: reader pages, the site icon, the card's script, and what crawlers read. */
const OTHER_PATHS: Record<string, { get: Operation }> = {
  '/': {
    get: {
      operationId: 'getFrontPage',
      summary: 'The featured article, as a page for readers',
      tags: ['Pages'],
      responses: { 200: page('The article page.') },
    },
  },
  '/articles': {
    get: {
      operationId: 'getArchivePage',
      summary: 'The archive: every article, newest first, 50 a page, as a page for readers',
      tags: ['Pages'],
      parameters: [
        {
          name: 'page',
          in: 'query',
          required: false,
          description: 'The archive page, from 1 (the default, the newest).',
          schema: { type: 'integer', minimum: 1 },
        },
      ],
      responses: {
        200: page('The archive page.'),
        400: page('`page` is not a whole number from 1: the reader’s error page.'),
        404: page('No such page: the reader’s 404 page.'),
      },
    },
  },
  '/articles/{slug}': {
    get: {
      operationId: 'getArticlePage',
      summary: 'An article at its canonical address, as a page for readers',
      tags: ['Pages'],
      parameters: [SLUG],
      responses: {
        200: page('The article page.'),
        404: page('No article has this slug: the reader’s 404 page.'),
      },
    },
  },
  '/favicon.svg': {
    get: {
      operationId: 'getIcon',
      summary: 'The site icon',
      tags: ['Pages'],
      responses: { 200: text('image/svg+xml', 'An SVG icon.') },
    },
  },
  '/favicon.ico': {
    get: {
      operationId: 'getIconIco',
      summary: 'The site icon, under the name browsers ask for (still SVG)',
      tags: ['Pages'],
      responses: { 200: text('image/svg+xml', 'An SVG icon.') },
    },
  },
  '/embed/resize.js': {
    get: {
      operationId: 'getResizeScript',
      summary: 'The embed card’s script: posts its height to the host page (ours and WordPress’s protocol)',
      tags: ['Embeds'],
      responses: { 200: text('text/javascript', 'The script.') },
    },
  },
  '/images/{slug}/{file}': {
    get: {
      operationId: 'getImage',
      summary:
        'A chart or link-preview PNG drawn at build time, served by the asset layer; its name carries a fingerprint of everything that shapes it, so it never changes',
      tags: ['Embeds'],
      parameters: [
        SLUG,
        {
          name: 'file',
          in: 'path',
          required: true,
          description: 'The name the article page links: {kind}.{16 hex digits}.png',
          schema: { type: 'string', pattern: '^[a-z]+\\.[0-9a-f]{16}\\.png$' },
        },
      ],
      responses: {
        200: {
          description: 'The PNG.',
          content: { 'image/png': { schema: { type: 'string', format: 'binary' } } },
        },
        404: problem('No image has this name.'),
      },
    },
  },
  '/robots.txt': {
    get: {
      operationId: 'getRobots',
      summary: 'For crawlers: everything may be crawled; names the sitemap',
      tags: ['Crawlers and feeds'],
      responses: { 200: text('text/plain', 'robots.txt (RFC 9309).') },
    },
  },
  '/sitemap.xml': {
    get: {
      operationId: 'getSitemapIndex',
      summary: 'The sitemap index (sitemaps.org 0.9): the address of each sitemap',
      tags: ['Crawlers and feeds'],
      responses: { 200: text('application/xml', 'A sitemaps.org sitemapindex.') },
    },
  },
  '/sitemaps/{file}': {
    get: {
      operationId: 'getSitemap',
      summary: 'One sitemap: 1,000 articles’ canonical addresses with their lastmod, newest first',
      tags: ['Crawlers and feeds'],
      parameters: [
        {
          name: 'file',
          in: 'path',
          required: true,
          description: 'The sitemap’s number, from 1, as the index lists them: {n}.xml',
          schema: { type: 'string', pattern: '^[1-9][0-9]{0,6}\\.xml$' },
        },
      ],
      responses: {
        200: text('application/xml', 'A sitemaps.org urlset.'),
        404: problem('No sitemap has this number.'),
      },
    },
  },
  '/feed.xml': {
    get: {
      operationId: 'getFeed',
      summary:
        'An Atom feed (RFC 4287): an entry per article, 50 a page, newest first, paged as RFC 5005 says',
      tags: ['Crawlers and feeds'],
      parameters: [
        {
          name: 'page',
          in: 'query',
          required: false,
          description:
            'The archive page, from 1 (the default, the newest); its `next` link names the one after.',
          schema: { type: 'integer', minimum: 1 },
        },
      ],
      responses: {
        200: text('application/atom+xml', 'An Atom feed.'),
        400: problem('`page` is not a whole number from 1; invalid-params names it.'),
        404: problem('No such page.'),
      },
    },
  },
}

const TAGS = [
  { name: 'Articles', description: 'The articles and the figures behind them, as JSON and CSV.' },
  { name: 'Embeds', description: 'What other sites frame or load: the card, its script, the chart, oEmbed.' },
  { name: 'Pages', description: 'Pages for readers.' },
  { name: 'Crawlers and feeds', description: 'robots.txt, the sitemap and the Atom feed.' },
]

/** The tag of an operation that has none, by its address. */
function tagOf(path: string): string {
  if (path.startsWith('/embed') || path === '/oembed') return 'Embeds'
  return 'Articles'
}

/**
 * The document with every GET made revalidatable and public, and the non-JSON routes added.
 * @example return withHttp({ openapi: '3.1.0', info, paths, components })
 */
export function withHttp<D extends Document>(document: D): D {
  const paths = { ...document.paths, ...OTHER_PATHS }
  for (const [path, item] of Object.entries(paths)) {
    const get = item.get
    const responses: Responses = {}
    for (const [status, response] of Object.entries(get.responses)) {
      responses[status] = status.startsWith('2')
        ? {
            ...(response as object),
            headers: { ETag: ref('headers', 'ETag'), 'Cache-Control': ref('headers', 'CacheControl') },
          }
        : response
    }
    const forPrograms = path.startsWith('/api/') || path === '/oembed'
    paths[path] = {
      ...item,
      get: {
        ...get,
        tags: (get.tags as string[] | undefined) ?? [tagOf(path)],
        parameters: [...(get.parameters ?? []), ref('parameters', 'IfNoneMatch')],
        responses: {
          ...responses,
          304: ref('responses', 'NotModified'),
          414: ref('responses', forPrograms ? 'UriTooLongProblem' : 'UriTooLongPage'),
        },
      },
    }
  }
  return {
    ...document,
    info: {
      ...document.info,
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
    tags: TAGS,
    paths,
    components: {
      ...document.components,
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
        UriTooLongProblem: {
          description: 'The address is longer than 4096 characters.',
          content: { 'application/problem+json': { schema: ref('schemas', 'Problem') } },
        },
        UriTooLongPage: page('The address is longer than 4096 characters: the reader’s error page.'),
      },
    },
  }
}
