// The archive's `?page=`: a whole number from 1; anything else is a 400 naming the parameter and what it takes.
import { HTTPException } from 'hono/http-exception'
import { validator } from 'hono/validator'

/** Longest page number we read: no archive has a billion pages. */
const MAX_PAGE_DIGITS = 9

/**
 * Reads `?page=` (default 1). A page past the last one is the route's to answer (404).
 * @example app.get('/articles', pageQueryParam(), (c) => c.req.valid('query').page)
 */
export function pageQueryParam() {
  return validator('query', (query) => {
    const raw = query.page
    if (raw === undefined) return { page: 1 }
    const value = Array.isArray(raw) ? raw.join(',') : raw
    if (Array.isArray(raw) && raw.length > 1) {
      throw new HTTPException(400, { message: 'page must be given once: a whole number from 1.' })
    }
    if (value.length > MAX_PAGE_DIGITS || !/^[1-9]\d*$/.test(value)) {
      const shown = value.length > 20 ? `${value.slice(0, 20)}…` : value
      throw new HTTPException(400, {
        message: `page "${shown}" is not a page number: use a whole number from 1.`,
      })
    }
    return { page: Number(value) }
  })
}
