// The archive's `?page=`: a whole number from 1; anything else is a 400 naming the parameter and what it takes.
import type { Context } from 'hono'
import { validator } from 'hono/validator'
import { type AudienceEnv, answerError } from './errors'

/** Longest page number we read: no archive has a billion pages. */
const MAX_PAGE_DIGITS = 9
const REASON = 'must be a whole number from 1'

/**
 * Reads `?page=` (default 1). A page past the last one is the route's to answer (404).
 * @example app.get('/articles', pageQuery, (c) => c.req.valid('query').page)
 */
export const pageQuery = validator('query', (query, c: Context<AudienceEnv>) => {
  const raw = query.page
  if (raw === undefined) return { page: 1 }
  const value = Array.isArray(raw) ? raw.join(',') : raw
  if (Array.isArray(raw) || value.length > MAX_PAGE_DIGITS || !/^[1-9]\d*$/.test(value)) {
    const shown = value.length > 20 ? `${value.slice(0, 20)}…` : value
    const reason = Array.isArray(raw) ? 'must be given once' : REASON
    // Programs get the parameter named in invalid-params; readers get the error page.
    const invalidParams =
      c.get('audience') === 'programs'
        ? [{ name: 'page', in: 'query' as const, value: shown, reason }]
        : undefined
    return answerError(c, 400, `page "${shown}" ${reason}.`, { invalidParams })
  }
  return { page: Number(value) }
})
