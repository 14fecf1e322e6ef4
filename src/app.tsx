// Assembles the Worker: shared middleware, the reader pages, the API, and what happens when nothing matches.
import { type Context, Hono } from 'hono'
import { cors } from 'hono/cors'
import { etag, RETAINED_304_HEADERS } from 'hono/etag'
import { HTTPException } from 'hono/http-exception'
import { methodNotAllowed } from 'hono/method-not-allowed'
import { trimTrailingSlash } from 'hono/trailing-slash'
import type { Library } from './domain/library'
import { NO_STORE, NOT_FOUND } from './http/cache-control'
import { keptResponses, markConstant } from './http/kept-responses'
import { problem } from './http/problem'
import { representations } from './http/representation'
import { HTML } from './http/respond'
import { dataSecurity, embedSecurity, httpsOnly, pageSecurity, type StyleSources } from './http/security'
import { apiRoutes } from './routes/api'
import { embedRoutes } from './routes/embeds'
import { oembedRoutes } from './routes/oembed'
import { pageRoutes } from './routes/pages'
import { ErrorPage } from './views/error-page'

/** Longer request URLs are refused with 414 before any routing or parsing. */
export const MAX_URL_LENGTH = 4096

/** Answered for programs, so errors are problem+json: the API, and oEmbed. */
const isApi = (path: string) => path === '/api' || path.startsWith('/api/') || path === '/oembed'
/** What other sites frame or load: the card, its script and the chart. */
const isEmbed = (path: string) => path.startsWith('/embed/')

/** The reader's error page: the same shell and security headers as the article, never problem+json. */
function readerError(
  c: Context,
  status: 400 | 404 | 405 | 414 | 500,
  text: { title: string; message: string },
  headers?: Record<string, string>,
) {
  const page = <ErrorPage status={status} {...text} />
  return c.html(`<!DOCTYPE html>${page}`, status, {
    'Cache-Control': status === 404 ? NOT_FOUND : NO_STORE,
    'Content-Type': HTML,
    ...headers,
  })
}

/**
 * The whole Worker for one library of articles.
 * @example export default createApp(assetLibrary(env.ASSETS), await styleSources())
 */
export function createApp(library: Library, styles: StyleSources) {
  const app = new Hono()
  const represent = representations()
  const forPages = pageSecurity(styles.page)
  const forData = dataSecurity()
  // The page style too, so the HTML 404 page of a mistyped card address keeps its look.
  const forEmbeds = embedSecurity(...styles.embed, styles.page)

  // First, so it keeps final answers; they are replayed before routing (end of this function).
  const kept = keptResponses()
  app.use(kept)
  // Security and CORS headers first, so every answer below (414, redirects, errors) carries them.
  app.use(async (c, next) => {
    if (isApi(c.req.path)) return forData(c, next)
    if (isEmbed(c.req.path)) return forEmbeds(c, next)
    return forPages(c, next)
  })
  const anyOrigin = cors({ origin: '*', allowMethods: ['GET', 'HEAD', 'OPTIONS'], exposeHeaders: ['ETag'] })
  app.use('/api/*', anyOrigin)
  app.use('/embed/*', anyOrigin)
  app.use('/oembed', anyOrigin)
  app.use(async (c, next) => {
    if (c.req.url.length > MAX_URL_LENGTH) {
      const detail = `The address is longer than ${MAX_URL_LENGTH} characters.`
      if (isApi(c.req.path)) return problem(c, 414, detail)
      return readerError(c, 414, { title: 'Address too long', message: detail })
    }
    await next()
  })
  app.use(httpsOnly())
  app.use(
    etag({
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
        const headers = { Allow: methods.join(', ') }
        if (isApi(c.req.path)) return problem(c, 405, detail, { headers })
        return readerError(c, 405, { title: 'Method not allowed', message: detail }, headers)
      },
    }),
  )
  app.use(trimTrailingSlash())

  app.route('/', pageRoutes(library, represent))
  app.route('/api/v1', apiRoutes(library, represent))
  app.route('/embed', embedRoutes(library, represent))
  app.route('/', oembedRoutes(library, represent))

  app.notFound((c) => {
    markConstant(c)
    if (isApi(c.req.path))
      return problem(c, 404, 'There is nothing at this address.', { cacheControl: NOT_FOUND })
    return readerError(c, 404, {
      title: 'Page not found',
      message: 'There is no article at this address. It may have been moved, or the link may be mistyped.',
    })
  })

  app.onError((error, c) => {
    if (error instanceof HTTPException && error.status < 500) {
      const status = error.status === 404 ? 404 : 400
      const message = error.message || 'The request could not be read.'
      if (isApi(c.req.path)) return problem(c, status, message)
      return readerError(c, status, { title: status === 404 ? 'Page not found' : 'Bad request', message })
    }
    // Logged for Workers observability; the response carries no internals.
    console.error(error)
    if (isApi(c.req.path)) return problem(c, 500, 'Something went wrong on our side. Please try again later.')
    return readerError(c, 500, { title: 'Something went wrong', message: 'Please try again in a moment.' })
  })

  // A kept answer is handed back before Hono routes the request: measured in workerd at 1.3x the cost of a
  // constant Response, against 1.6x when replayed from the first middleware (src/http/kept-responses.ts).
  const dispatch = app.fetch
  app.fetch = (request, env, executionCtx) => kept.answer(request) ?? dispatch(request, env, executionCtx)

  return app
}
