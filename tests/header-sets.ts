// The security header set of each kind of answer (pages for readers, embeds, data for programs), asserted as the
// contract states them: an oracle written here, not taken from src/http/security.ts.
import { expect } from 'vitest'
import { FEATURED, fetchWorker, inlineStyleSource } from './helpers'

const ARTICLE = `/articles/${FEATURED}`

/**
 * Cache lives as the README states them, written out here: pages 5 minutes and data an hour, each then served
 * stale for a day while it revalidates; an unknown address a minute; errors of the request itself never.
 */
export const CACHE_LIFE = {
  page: 'public, max-age=300, stale-while-revalidate=86400',
  data: 'public, max-age=3600, stale-while-revalidate=86400',
  notFound: 'public, max-age=60',
  noStore: 'no-store',
}

const PAGE_CSP = async () =>
  `default-src 'none'; style-src ${await inlineStyleSource(await (await fetchWorker(ARTICLE)).text())}; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`
const DATA_CSP = "default-src 'none'; frame-ancestors 'none'"

/** Headers every answer carries, page or data. */
function expectCommon(res: Response) {
  expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff')
  expect(res.headers.get('Strict-Transport-Security')).toBe('max-age=63072000; includeSubDomains; preload')
  expect(res.headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin')
  expect(res.headers.get('Permissions-Policy')).toBe(
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  )
  expect(res.headers.get('X-Powered-By')).toBeNull()
}

/** Each header a kind sets, and its value; null where the header must be absent. */
type HeaderSet = Record<string, string | null>

const PAGE_SET: HeaderSet = {
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  // Pages are for people on this site: no other origin may read them.
  'Access-Control-Allow-Origin': null,
}

const DATA_SET: HeaderSet = {
  'Content-Security-Policy': DATA_CSP,
  'Cross-Origin-Resource-Policy': 'cross-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Credentials': null,
}

function expectSet(res: Response, set: HeaderSet) {
  expectCommon(res)
  for (const [name, value] of Object.entries(set)) expect(res.headers.get(name), name).toBe(value)
}

export async function expectPageHeaders(res: Response) {
  expectSet(res, { ...PAGE_SET, 'Content-Security-Policy': await PAGE_CSP() })
}

export function expectDataHeaders(res: Response) {
  expectSet(res, DATA_SET)
}

/** Headers of what other sites frame or load: any site may, only our own script runs, styles by hash. */
export function expectEmbedHeaders(res: Response) {
  expectCommon(res)
  const csp = res.headers.get('Content-Security-Policy') ?? ''
  expect(csp).toMatch(/^default-src 'none'; script-src 'self'; style-src 'sha256-[^;]+; img-src 'self'; /)
  expect(csp).toContain("base-uri 'none'; form-action 'none'; frame-ancestors *")
  expect(csp).not.toContain('unsafe')
  expect(res.headers.get('X-Frame-Options')).toBeNull()
  // Browsers ignore an opener policy inside a frame, where the card lives.
  expect(res.headers.get('Cross-Origin-Opener-Policy')).toBeNull()
  expect(res.headers.get('Cross-Origin-Resource-Policy')).toBe('cross-origin')
  expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*')
}

/** Who an address is for, as the URL contract states it. */
export type Kind = 'programs' | 'embeds' | 'readers'

/**
 * The contract: the API, oEmbed, the crawler files and the charts' PNGs (/images/) are for programs, /embed/ for
 * other sites' pages, the rest for readers.
 */
export function kindOf(pathname: string): Kind {
  let path = pathname
  try {
    path = decodeURI(pathname)
  } catch {}
  if (path === '/api' || path.startsWith('/api/') || path === '/oembed') return 'programs'
  // Crawlers and feed readers: robots.txt, the sitemaps and the Atom feed; the PNGs, for any site's <img>.
  if (['/robots.txt', '/sitemap.xml', '/feed.xml'].includes(path)) return 'programs'
  if (/^\/(sitemaps|images)(\/|$)/.test(path)) return 'programs'
  if (path.startsWith('/embed/')) return 'embeds'
  return 'readers'
}

/** The content types each kind serves: a route serving another cannot silently take a kind's headers. */
const CONTENT_TYPES: Record<Kind, string[]> = {
  programs: [
    'application/json; charset=utf-8',
    'text/csv; charset=utf-8',
    'application/problem+json',
    'text/plain; charset=utf-8',
    'application/xml; charset=utf-8',
    'application/atom+xml; charset=utf-8',
  ],
  embeds: [
    'text/html; charset=utf-8',
    'image/svg+xml',
    'image/png',
    'text/javascript; charset=utf-8',
    'application/problem+json',
  ],
  readers: ['text/html; charset=utf-8', 'image/svg+xml'],
}

/** Asserts the header set of the kind the contract gives this address. */
export async function expectHeadersOfKind(pathname: string, res: Response) {
  const kind = kindOf(pathname)
  expect(CONTENT_TYPES[kind], `${pathname} (${kind})`).toContain(res.headers.get('Content-Type'))
  if (kind === 'programs') expectDataHeaders(res)
  else if (kind === 'embeds') expectEmbedHeaders(res)
  else await expectPageHeaders(res)
}
