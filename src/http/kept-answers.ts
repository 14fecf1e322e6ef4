// Whole answers kept per isolate. A route declares with `kept(cacheControl)` that its answer depends on nothing but
// the URL (and If-None-Match) until the next deploy; the first such answer to pass the whole middleware chain is
// kept, and src/index.ts hands it back to later requests before Hono routes them. Why: writing headers is the
// main cost of an answer in workerd, and a kept answer writes none (docs/performance.md).
import type { MiddlewareHandler } from 'hono'
import { createMiddleware } from 'hono/factory'

/** Past this many distinct URLs (e.g. junk query strings), answers are still right, just not kept. */
const MAX_KEPT_URLS = 2048
/** Of those, at most this many error answers (404, 400), which anyone can mint by making up URLs. */
const MAX_KEPT_ERRORS = 256
/**
 * And at most this many bytes of bodies: with an archive of thousands of articles, a URL count alone would let
 * kept pages fill the isolate's 128 MB (docs/archive.md). Past it, answers are still right, just not kept.
 */
const MAX_KEPT_BYTES = 16 * 1024 * 1024
/** The largest single answer kept. */
export const MAX_KEPT_ANSWER_BYTES = 1024 * 1024

/** `keep` is set by `kept()` on a route (or by the app's 404): this request's answer may be kept. */
export type KeepEnv = { Variables: { keep?: true } }

/**
 * Declares a route's answer the same for everyone who asks for its URL: shared caches may keep a 200 for
 * `cacheControl`, and this isolate keeps the whole answer, errors (404, 400) included.
 * @example api.get('/articles', kept(DATA), (c) => json(c, list))
 */
export function kept(cacheControl: string) {
  return createMiddleware<KeepEnv>(async (c, next) => {
    c.set('keep', true)
    await next()
    if (c.res.status === 200) c.res.headers.set('Cache-Control', cacheControl)
  })
}

type Kept = { status: number; headers: Headers; body: Uint8Array | null }
/**
 * A URL's kept answers: an error answer, the same for every request; or the 200 to a plain request and the 304
 * to one that revalidates with exactly its ETag.
 */
type KeptForUrl = { error?: Kept; etag?: string; ok?: Kept; notModified?: Kept }

export type KeptAnswers = {
  /** The middleware that keeps answers; it must come first, so it sees them whole. */
  keep: MiddlewareHandler<KeepEnv>
  /** The kept answer to this request, or undefined if the app must answer it. */
  answer(request: Request): Response | undefined
}

/**
 * @example
 * const kept = keptAnswers()
 * const app = createApp({ library, styles, kept })
 * export default { fetch: (request, env, ctx) => kept.answer(request) ?? app.fetch(request, env, ctx) }
 */
export function keptAnswers(options?: { maxUrls?: number; maxBytes?: number }): KeptAnswers {
  const maxUrls = options?.maxUrls ?? MAX_KEPT_URLS
  const maxBytes = options?.maxBytes ?? MAX_KEPT_BYTES
  let bytes = 0
  const byUrl = new Map<string, KeptForUrl>()
  // One copy of the bytes per strong ETag, however many URLs (query strings) answer with them.
  const bodies = new Map<string, Uint8Array>()
  let errors = 0

  const keep = createMiddleware<KeepEnv>(async (c, next) => {
    await next()
    // HEAD is dispatched as GET by Hono, so c.res here still has the GET body.
    if (!c.var.keep || (c.req.method !== 'GET' && c.req.method !== 'HEAD')) return
    const res = c.res
    if (res.headers.has('Vary')) return
    const url = c.req.url
    if (res.status === 400 || res.status === 404) {
      if (byUrl.has(url) || byUrl.size >= maxUrls || errors >= MAX_KEPT_ERRORS) return
      const body = new Uint8Array(await res.clone().arrayBuffer())
      if (bytes + body.byteLength > maxBytes) return
      errors++
      bytes += body.byteLength
      byUrl.set(url, { error: { status: res.status, headers: new Headers(res.headers), body } })
      return
    }
    const etag = res.headers.get('ETag')
    if (!etag) return
    let forUrl = byUrl.get(url)
    if (!forUrl || forUrl.etag !== etag) {
      if (forUrl || byUrl.size >= maxUrls) return
      forUrl = { etag }
      byUrl.set(url, forUrl)
    }
    const ifNoneMatch = c.req.header('If-None-Match') ?? null
    if (res.status === 304 && ifNoneMatch === etag) {
      forUrl.notModified = { status: 304, headers: new Headers(res.headers), body: null }
    } else if (res.status === 200 && ifNoneMatch === null) {
      let body = bodies.get(etag)
      if (!body) {
        body = new Uint8Array(await res.clone().arrayBuffer())
        if (bytes + body.byteLength > maxBytes) return
        bytes += body.byteLength
        bodies.set(etag, body)
      }
      forUrl.ok = { status: 200, headers: new Headers(res.headers), body }
    }
  })

  const answer = (request: Request) => {
    const method = request.method
    if (method !== 'GET' && method !== 'HEAD') return undefined
    const forUrl = byUrl.get(request.url)
    if (!forUrl) return undefined
    let hit = forUrl.error
    if (!hit) {
      const ifNoneMatch = request.headers.get('If-None-Match')
      hit = ifNoneMatch === null ? forUrl.ok : ifNoneMatch === forUrl.etag ? forUrl.notModified : undefined
    }
    if (!hit) return undefined
    return new Response(method === 'HEAD' ? null : hit.body, { status: hit.status, headers: hit.headers })
  }

  return { keep, answer }
}
