// Security headers for the two kinds of response: pages people read here, and data other sites fetch.
import type { MiddlewareHandler } from 'hono'
import { secureHeaders } from 'hono/secure-headers'
import { CHART_CSS } from '../views/charts/chart-style'
import { CARD_CSS, PAGE_CSS } from '../views/styles'
import { sha256Base64 } from './sha256'

type SecureHeadersOptions = NonNullable<Parameters<typeof secureHeaders>[0]>

/** CSP source for an inline stylesheet, so no 'unsafe-inline' is needed. */
const styleHash = async (css: string) => `'sha256-${await sha256Base64(css)}'`

/** The CSP sources of every inline stylesheet: the reader pages', and the embed card's and chart's. */
export type StyleSources = { page: string; embed: string[] }

/**
 * Hashed once, when the Worker module loads, so no request waits on them.
 * @example export default createApp(library, await styleSources())
 */
export async function styleSources(): Promise<StyleSources> {
  return { page: await styleHash(PAGE_CSS), embed: [await styleHash(CARD_CSS), await styleHash(CHART_CSS)] }
}

const COMMON: SecureHeadersOptions = {
  strictTransportSecurity: 'max-age=63072000; includeSubDomains; preload',
  referrerPolicy: 'strict-origin-when-cross-origin',
  xFrameOptions: false,
  xXssProtection: false,
  permissionsPolicy: {
    camera: [],
    microphone: [],
    geolocation: [],
    payment: [],
    usb: [],
    browsingTopics: [],
  },
}

/**
 * Headers for reader pages: nothing runs, only our own inline style (by hash) applies, no framing.
 * @example app.use(pageSecurity(styles.page))
 */
export function pageSecurity(styleSource: string) {
  return secureHeaders({
    ...COMMON,
    xFrameOptions: 'DENY',
    crossOriginResourcePolicy: 'same-origin',
    crossOriginOpenerPolicy: 'same-origin',
    contentSecurityPolicy: {
      defaultSrc: ["'none'"],
      styleSrc: [styleSource],
      imgSrc: ["'self'"],
      // Harmless on a page that runs no script; lets a checker such as Lighthouse read our robots.txt from it.
      connectSrc: ["'self'"],
      baseUri: ["'none'"],
      formAction: ["'none'"],
      frameAncestors: ["'none'"],
    },
  })
}

/**
 * Headers for what other sites embed (the iframe card, its resize script, the SVG chart): any site may frame or
 * load it, only our own script file runs, and only our own inline styles (by hash) apply.
 * @example app.use('/embed/*', embedSecurity(...styles.embed))
 */
export function embedSecurity(...styleSources: string[]) {
  return secureHeaders({
    ...COMMON,
    crossOriginResourcePolicy: 'cross-origin',
    // Browsers ignore an opener policy inside a frame, which is where the card lives.
    crossOriginOpenerPolicy: false,
    contentSecurityPolicy: {
      defaultSrc: ["'none'"],
      scriptSrc: ["'self'"],
      styleSrc: styleSources,
      imgSrc: ["'self'"],
      baseUri: ["'none'"],
      formAction: ["'none'"],
      frameAncestors: ['*'],
    },
  })
}

/** Headers for JSON and other data: readable by any site, never rendered as a document. */
export function dataSecurity() {
  return secureHeaders({
    ...COMMON,
    crossOriginResourcePolicy: 'cross-origin',
    crossOriginOpenerPolicy: 'same-origin',
    contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
  })
}

/** Hosts that are only ever reached over plain http: `wrangler dev` and the load test. */
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]'])

/**
 * Sends a plain-http request to the same address over https, so HSTS can take hold (Observatory "redirection").
 * @example app.use(httpsOnly())
 */
export function httpsOnly(): MiddlewareHandler {
  return async (c, next) => {
    if (!c.req.url.startsWith('http:')) return next()
    const url = new URL(c.req.url)
    if (LOOPBACK.has(url.hostname)) return next()
    url.protocol = 'https:'
    // 308 keeps the method, so a redirected request means the same thing over https.
    return c.redirect(url.href, 308)
  }
}
