// The values every schema is built from (data files, API responses, queries): each written once.
import * as v from 'valibot'

/** A calendar date written YYYY-MM-DD. */
export const IsoDate = v.pipe(
  v.string(),
  v.isoDate('must be a date written YYYY-MM-DD'),
  // Date.parse rolls 2022-02-30 over into March; a real date survives the round trip unchanged.
  v.check((date) => {
    const parsed = new Date(date)
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date)
  }, 'must be a real calendar date'),
  v.description('A date, YYYY-MM-DD.'),
)
/** A slug or key: lower-case words joined by hyphens. */
export const Id = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens'),
)
export const Text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'))
/** A count of things: a whole number, 0 or more. */
export const Count = v.pipe(
  v.number(),
  v.integer('must be a whole number'),
  v.minValue(0, 'must not be negative'),
)
export const Url = v.pipe(v.string(), v.url('must be a URL'))
export const HttpsUrl = v.pipe(Url, v.startsWith('https://', 'must start with https://'))
