// Whole answers kept per isolate. A route declares with `kept(cacheControl, { query })` that its answer depends on
// nothing but its path and those query parameters (and If-None-Match) until the next deploy; the first such answer
// to pass the whole middleware chain is kept, and src/index.ts hands it back to later requests before Hono routes
// them. Why: writing headers is the main cost of an answer in workerd, and a kept answer writes none
// (docs/performance.md).
import type { MiddlewareHandler } from 'hono'
import { createMiddleware } from 'hono/factory'
import { Lru, type LruBounds } from '../lru'
import { MAX_URL_LENGTH } from './limits'

/**
 * What the layer holds, counted in entries and in bytes of key, header names and values, and body. Answers
 * (200, and the 304 to their ETag), the archive's (its pages, the feed, the sitemap: what crawlers walk) and
 * errors (404, 400: anyone can mint them by making up addresses) have bounds of their own, so neither a crawl
 * nor a flood of errors pushes an article out.
 */
export const KEPT_ANSWER_BOUNDS: LruBounds = { maxEntries: 1024, maxBytes: 16 * 1024 * 1024 }
export const KEPT_ARCHIVE_BOUNDS: LruBounds = { maxEntries: 64, maxBytes: 4 * 1024 * 1024 }
export const KEPT_ERROR_BOUNDS: LruBounds = { maxEntries: 256, maxBytes: 1024 * 1024 }
/** The largest one answer kept, counted the same way; a larger one is still served, just made anew each time. */
export const MAX_KEPT_ANSWER_BYTES = 1024 * 1024

/** Parameters that analytics add to links: no route reads them, so a request with them shares the kept answer. */
const TRACKING =
  /^(utm_\w+|fbclid|gclid|gclsrc|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|yclid|twclid|ttclid|_ga|_gl)$/

/** What a kept route reads of its query (by name), and whether it is part of the archive that crawlers walk. */
export type KeptRoute = { query?: readonly string[]; archive?: boolean }

/** `keep` is set by `kept()` on a route (or by the app's 404): this request's answer may be kept. */
export type KeepEnv = { Variables: { keep?: KeptRoute } }

/**
 * Declares a route's answer the same for everyone who asks for its path with the same values of the `query`
 * parameters it reads: shared caches may keep a 200 for `cacheControl`, and this isolate keeps the whole answer,
 * errors (404, 400) included. A request with any other parameter (tracking aside) is answered anew, not kept.
 * @example api.get('/articles', kept(DATA, { query: ['page'], archive: true }), pageQuery, (c) => json(c, list))
 */
export function kept(cacheControl: string, route: KeptRoute = {}) {
  return createMiddleware<KeepEnv>(async (c, next) => {
    c.set('keep', route)
    await next()
    if (c.res.status === 200) c.res.headers.set('Cache-Control', cacheControl)
  })
}

type Canonical = { key: string; names: string[] }

/**
 * The canonical request: origin and path as sent, then the query's parameters, tracking ones left out, in order
 * of name (a name's values keep their order; no route's answer depends on the order of different names). Along
 * with the names the key holds, so a route can tell whether it reads them all. Undefined for what the app
 * answers otherwise whatever the route (414), or cannot be keyed safely (a fragment).
 */
function canonical(url: string): Canonical | undefined {
  if (url.length > MAX_URL_LENGTH || url.includes('#')) return undefined
  const queryAt = url.indexOf('?')
  if (queryAt === -1) return { key: url, names: [] }
  const pairs = url
    .slice(queryAt + 1)
    .split('&')
    .map((pair) => ({ name: pair.split('=', 1)[0] ?? '', pair }))
    .filter(({ name }) => name !== '' && !TRACKING.test(name))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  const path = url.slice(0, queryAt)
  return {
    key: pairs.length ? `${path}?${pairs.map((p) => p.pair).join('&')}` : path,
    names: pairs.map((p) => p.name),
  }
}

type Kept = { status: number; headers: Headers; body: Uint8Array | null }
/**
 * A canonical request's kept answers: an error answer, the same for every request; or the 200 to a plain request
 * and the 304 to one that revalidates with exactly its ETag.
 */
type KeptForKey = { error?: Kept; etag?: string; ok?: Kept; notModified?: Kept }

/** Bytes as the bounds count them; header names and values, and keys (URLs), are ASCII, one byte a character. */
function bytesOf(key: string, entry: KeptForKey) {
  let bytes = key.length
  for (const kept of [entry.error, entry.ok, entry.notModified]) {
    if (!kept) continue
    bytes += kept.body?.byteLength ?? 0
    for (const [name, value] of kept.headers) bytes += name.length + value.length
  }
  return bytes
}

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
export function keptAnswers(options?: {
  answers?: LruBounds
  archive?: LruBounds
  errors?: LruBounds
}): KeptAnswers {
  const answers = new Lru<KeptForKey>(options?.answers ?? KEPT_ANSWER_BOUNDS)
  const archive = new Lru<KeptForKey>(options?.archive ?? KEPT_ARCHIVE_BOUNDS)
  const errors = new Lru<KeptForKey>(options?.errors ?? KEPT_ERROR_BOUNDS)
  const hold = (cache: Lru<KeptForKey>, key: string, entry: KeptForKey) => {
    const bytes = bytesOf(key, entry)
    if (bytes <= MAX_KEPT_ANSWER_BYTES) cache.set(key, entry, bytes)
  }
  const copy = async (res: Response): Promise<Kept> => ({
    status: res.status,
    headers: new Headers(res.headers),
    body: res.status === 304 ? null : new Uint8Array(await res.clone().arrayBuffer()),
  })

  const keep = createMiddleware<KeepEnv>(async (c, next) => {
    await next()
    const route = c.var.keep
    // HEAD is dispatched as GET by Hono, so c.res here still has the GET body.
    if (!route || (c.req.method !== 'GET' && c.req.method !== 'HEAD')) return
    const res = c.res
    if (res.headers.has('Vary')) return
    const request = canonical(c.req.url)
    // A parameter the route does not read is someone's junk: answered, never kept.
    if (!request?.names.every((name) => route.query?.includes(name))) return
    const { key } = request
    if (res.status === 400 || res.status === 404) {
      if (!errors.get(key)) hold(errors, key, { error: await copy(res) })
      return
    }
    const etag = res.headers.get('ETag')
    if (!etag) return
    const shelf = route.archive ? archive : answers
    const held = shelf.get(key) ?? { etag }
    if (held.etag !== etag) return
    const ifNoneMatch = c.req.header('If-None-Match') ?? null
    if (res.status === 304 && ifNoneMatch === etag && !held.notModified)
      hold(shelf, key, { ...held, notModified: await copy(res) })
    else if (res.status === 200 && ifNoneMatch === null && !held.ok)
      hold(shelf, key, { ...held, ok: await copy(res) })
  })

  const answer = (request: Request) => {
    const method = request.method
    if (method !== 'GET' && method !== 'HEAD') return undefined
    const key = canonical(request.url)?.key
    if (key === undefined) return undefined
    const held = answers.get(key) ?? archive.get(key) ?? errors.get(key)
    if (!held) return undefined
    let hit = held.error
    if (!hit) {
      const ifNoneMatch = request.headers.get('If-None-Match')
      hit = ifNoneMatch === null ? held.ok : ifNoneMatch === held.etag ? held.notModified : undefined
    }
    if (!hit) return undefined
    return new Response(method === 'HEAD' ? null : hit.body, { status: hit.status, headers: hit.headers })
  }

  return { keep, answer }
}
