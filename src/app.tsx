// Assembles the Worker: the middleware of each kind of address, the resources, and what happens when nothing matches.
import type { Context, Hono, MiddlewareHandler } from 'hono'
import { every, except } from 'hono/combine'
import { cors } from 'hono/cors'
import { etag, RETAINED_304_HEADERS } from 'hono/etag'
import { methodNotAllowed } from 'hono/method-not-allowed'
import { TrieRouter } from 'hono/router/trie-router'
import { trimTrailingSlash } from 'hono/trailing-slash'
import { IMAGES_PREFIX } from './data/article-images'
import { DataUnavailable, type Library } from './domain/library'
import { type AppEnv, factory } from './factory'
import { type Audience, answerError } from './http/errors'
import type { KeptAnswers } from './http/kept-answers'
import { MAX_URL_LENGTH } from './http/limits'
import { dataSecurity, embedSecurity, httpsOnly, pageSecurity, type StyleSources } from './http/security'
import { sha256 } from './http/sha256'
import { apiRoutes } from './routes/api'
import { CRAWL_PATHS, crawlRoutes } from './routes/crawl'
import { datasetRoutes } from './routes/datasets'
import { embedRoutes } from './routes/embeds'
import { imageRoutes } from './routes/images'
import { oembedRoutes } from './routes/oembed'
import { pageRoutes } from './routes/pages'

/**
 * Answered for programs (feed readers and crawlers too): data headers, any origin (CORS), errors as problem+json.
 * The charts' PNGs too: the asset layer serves the files with these headers (public/_headers); the Worker answers
 * only for a PNG that is not a file, drawing it if the build listed it.
 */
const FOR_PROGRAMS = ['/api/*', '/oembed', ...CRAWL_PATHS, `${IMAGES_PREFIX}/*`]
/** Framed or loaded by other sites: the card, its script, the SVG charts. Every other address is for readers here. */
const FOR_EMBEDS = ['/embed/*']

const audience = (who: Audience) =>
  factory.createMiddleware(async (c, next) => {
    c.set('audience', who)
    await next()
  })

/** The request's origin, taken once for every link an answer writes. */
const origin = factory.createMiddleware(async (c, next) => {
  c.set('origin', new URL(c.req.url).origin)
  await next()
})

const maxUrlLength = factory.createMiddleware(async (c, next) => {
  if (c.req.url.length > MAX_URL_LENGTH)
    return answerError(c, 414, `The address is longer than ${MAX_URL_LENGTH} characters.`)
  await next()
})

/**
 * A preflight (OPTIONS) answered as any other method would be first: past the address cap a 414, over plain http
 * the redirect, at an address no route has a 404, each with the CORS header of its kind. CORS answers the rest.
 */
function preflightWhereRouted(app: Hono<AppEnv>) {
  let routed: TrieRouter<true> | undefined
  const https = httpsOnly()
  const refuse = async (c: Context<AppEnv>) => {
    const none = async () => {}
    const refused = (await maxUrlLength(c, none)) ?? (await https(c, none))
    if (refused) return refused
    if (!routed) {
      routed = new TrieRouter()
      for (const route of app.routes) if (route.method === 'GET') routed.add('GET', route.path, true)
    }
    return routed.match('GET', c.req.path)[0].length ? undefined : answerError(c, 404)
  }
  return factory.createMiddleware(async (c, next) => {
    const refused = c.req.method === 'OPTIONS' ? await refuse(c) : undefined
    if (!refused) return next()
    refused.headers.set('Access-Control-Allow-Origin', '*')
    return refused
  })
}

export type AppOptions = {
  library: Library
  styles: StyleSources
  /** Where answers are kept; src/index.ts replays them. Without it, every request is answered anew. */
  kept?: KeptAnswers
}

/**
 * The whole Worker for one library of articles.
 * @example createApp({ library: assetLibrary(env.ASSETS), styles: await styleSources(), kept: keptAnswers() })
 */
export function createApp({ library, styles, kept }: AppOptions) {
  const app = factory.createApp()
  const anyOrigin = cors({ origin: '*', allowMethods: ['GET', 'HEAD', 'OPTIONS'], exposeHeaders: ['ETag'] })
  const preflight = preflightWhereRouted(app)
  const kinds: [string[], MiddlewareHandler][] = [
    [FOR_PROGRAMS, every(audience('programs'), dataSecurity(), preflight, anyOrigin)],
    // The page style too, so the HTML 404 page of a mistyped card address keeps its look.
    [
      FOR_EMBEDS,
      every(audience('embeds'), embedSecurity(...styles.embed, styles.page), preflight, anyOrigin),
    ],
  ]

  // First, so it sees every answer whole.
  if (kept) app.use(kept.keep)
  // Then the headers of each kind, so every answer below (414, redirects, errors) carries them.
  for (const [paths, middleware] of kinds) for (const path of paths) app.use(path, middleware)
  app.use(
    except(
      kinds.flatMap(([paths]) => paths),
      audience('readers'),
      pageSecurity(styles.page),
    ),
  )
  app.use(maxUrlLength)
  app.use(httpsOnly())
  app.use(
    etag({
      // 12 bytes of SHA-256, as 24 hex digits: a validator only has to tell one URL's versions apart.
      generateDigest: async (body) => (await sha256(body)).slice(0, 12),
      retainedHeaders: [
        ...RETAINED_304_HEADERS,
        'access-control-allow-origin',
        'access-control-expose-headers',
      ],
    }),
  )
  app.use(
    methodNotAllowed({
      app,
      onMethodNotAllowed: (c, methods) => {
        // Hono merges the 404's headers into this answer; its public cache life must not come along.
        c.res.headers.delete('Cache-Control')
        const detail = `${c.req.method} is not allowed here; use ${methods.join(' or ')}.`
        return answerError(c, 405, detail, { headers: { Allow: methods.join(', ') } })
      },
    }),
  )
  // Redirected before routing, so the 301 carries its own headers, not those of the 404 it would replace.
  app.use(trimTrailingSlash({ alwaysRedirect: true }))
  app.use(origin)

  app.route('/', pageRoutes(library))
  app.route('/api/v1', apiRoutes(library))
  app.route('/api/v1/datasets', datasetRoutes(library))
  app.route('/embed', embedRoutes(library))
  app.route(IMAGES_PREFIX, imageRoutes(library))
  app.route('/oembed', oembedRoutes(library))
  app.route('/', crawlRoutes(library))

  app.notFound((c) => {
    // An unknown address stays unknown until the next deploy; a route's own 404 keeps what the route reads.
    c.set('keep', c.var.keep ?? {})
    return answerError(c, 404)
  })
  app.onError((error, c) => {
    // Logged for Workers observability; the answer carries no internals.
    console.error(error)
    // A file the deploy lacks: unavailable until it is there, not a bug in the request or in the code.
    return answerError(c, error instanceof DataUnavailable ? 503 : 500)
  })
  return app
}
