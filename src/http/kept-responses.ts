// Whole answers kept per isolate: once a URL's 200 (or its 304 for one exact If-None-Match) has been through the
// middleware chain, later requests get the same status, headers and bytes without routing or middleware.
// Why: in workerd each header written costs about a microsecond, and the chain (security headers, CORS, ETag,
// Hono's response re-wrapping) wrote about 30 of them per request. Measured with `npm run bench` (README
// "Performance"): figures JSON went from 5.9x the cost of a constant Response to 1.3x (1.1x one that also reads
// the request), its 304 from 12x to 1.5x, a 404 from 6.2x to 1.2x.
import type { Context, MiddlewareHandler } from 'hono'

/** Past this many distinct URLs (e.g. junk query strings), answers are still right, just not kept. */
export const MAX_KEPT_URLS = 2048
/** Of those, at most this many error answers (404, 400), which anyone can mint by making up URLs. */
export const MAX_KEPT_ERRORS = 256

/** Requests whose answer depends on nothing but the URL (and If-None-Match): see `markConstant`. */
const constantAnswers = new WeakSet<Request>()

/**
 * Marks this request's answer as a pure function of its URL (and If-None-Match), so it may be kept: `send()` for
 * kept representations, and the 404 and 400 answers, which the bundled data also fixes for the isolate's life.
 */
export function markConstant(c: Context) {
  constantAnswers.add(c.req.raw)
}

type Kept = { status: number; headers: Headers; body: Uint8Array | null }
/**
 * A URL's kept answers: an error answer, the same for every request; or the 200 to a plain request and the 304
 * to one that revalidates with exactly its ETag.
 */
type KeptForUrl = { error?: Kept; etag?: string; ok?: Kept; notModified?: Kept }

export type KeptResponses = MiddlewareHandler & {
  /** The kept answer to this request, or undefined if the app must answer it. */
  answer(request: Request): Response | undefined
}

/**
 * A middleware that keeps the final answers marked by `markConstant` (so it must be the first one), and
 * `answer(request)`, which replays them before the app routes the request at all.
 * @example
 * const kept = keptResponses()
 * app.use(kept)
 * const dispatch = app.fetch
 * app.fetch = (request, env, ctx) => kept.answer(request) ?? dispatch(request, env, ctx)
 */
export function keptResponses(options?: { maxKept?: number }): KeptResponses {
  const maxKept = options?.maxKept ?? MAX_KEPT_URLS
  const kept = new Map<string, KeptForUrl>()
  // One copy of the bytes per strong ETag, however many URLs (query strings) answer with them.
  const bodies = new Map<string, Uint8Array>()

  let errors = 0

  const middleware: MiddlewareHandler = async (c, next) => {
    await next()
    // HEAD is dispatched as GET by Hono, so c.res here still has the GET body.
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return
    const res = c.res
    if (!constantAnswers.has(c.req.raw) || res.headers.has('Vary')) return
    const url = c.req.url
    if (res.status === 400 || res.status === 404) {
      if (kept.has(url) || kept.size >= maxKept || errors >= MAX_KEPT_ERRORS) return
      errors++
      const body = new Uint8Array(await res.clone().arrayBuffer())
      kept.set(url, { error: { status: res.status, headers: new Headers(res.headers), body } })
      return
    }
    const etag = res.headers.get('ETag')
    if (!etag) return
    let forUrl = kept.get(url)
    if (!forUrl || forUrl.etag !== etag) {
      if (forUrl || kept.size >= maxKept) return
      forUrl = { etag }
      kept.set(url, forUrl)
    }
    const ifNoneMatch = c.req.raw.headers.get('If-None-Match')
    if (res.status === 304 && ifNoneMatch === etag) {
      forUrl.notModified = { status: 304, headers: new Headers(res.headers), body: null }
    } else if (res.status === 200 && ifNoneMatch === null) {
      let body = bodies.get(etag)
      if (!body) {
        body = new Uint8Array(await res.clone().arrayBuffer())
        bodies.set(etag, body)
      }
      forUrl.ok = { status: 200, headers: new Headers(res.headers), body }
    }
  }

  const answer = (request: Request) => {
    const method = request.method
    if (method !== 'GET' && method !== 'HEAD') return undefined
    const forUrl = kept.get(request.url)
    if (!forUrl) return undefined
    let hit = forUrl.error
    if (!hit) {
      const ifNoneMatch = request.headers.get('If-None-Match')
      hit = ifNoneMatch === null ? forUrl.ok : ifNoneMatch === forUrl.etag ? forUrl.notModified : undefined
    }
    if (!hit) return undefined
    return new Response(method === 'HEAD' ? null : hit.body, { status: hit.status, headers: hit.headers })
  }

  return Object.assign(middleware, { answer })
}
