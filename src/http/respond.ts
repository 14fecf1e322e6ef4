// Sends a kept representation with its validators; the etag middleware turns a matching request into a 304.
import type { Context } from 'hono'
import { markConstant } from './kept-responses'
import type { Representation } from './representation'

export const HTML = 'text/html; charset=utf-8'
export const JSON_TYPE = 'application/json; charset=utf-8'
export const SCRIPT = 'text/javascript; charset=utf-8'
export const SVG = 'image/svg+xml'
export const CSV = 'text/csv; charset=utf-8'

/**
 * @example return send(c, await represent(key, render), HTML, PAGE)
 */
export function send(c: Context, representation: Representation, contentType: string, cacheControl: string) {
  markConstant(c)
  return c.body(representation.body, 200, {
    'Content-Type': contentType,
    'Cache-Control': cacheControl,
    ETag: representation.etag,
  })
}
