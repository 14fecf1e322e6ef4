// The queries the Worker accepts, as valibot schemas: the validators (src/http/validate.ts) parse with them and the
// OpenAPI document (scripts/openapi-document.ts) is built from them.
import * as v from 'valibot'
import { THEMES } from '../site'

/** Longest query value we read; longer ones are rejected before they are parsed. */
export const MAX_QUERY_VALUE = 1000

/** "a,b" and repeated parameters (?category=a&category=b) both become ["a", "b"]. */
export const commaList = v.pipe(
  v.union([v.string(), v.array(v.string())]),
  v.transform((value) => (Array.isArray(value) ? value : [value])),
  v.check(
    (values) => values.join(',').length <= MAX_QUERY_VALUE,
    `must be at most ${MAX_QUERY_VALUE} characters`,
  ),
  v.transform((values) => [
    ...new Set(
      values
        .flatMap((s) => s.split(','))
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ]),
)

/** The figures query allowing these categories and reports (also what openapi.json documents). */
export function figuresQuerySchema(allowed: { category: string[]; report: string[] }) {
  return v.object({
    category: v.optional(
      v.pipe(commaList, v.array(v.picklist(allowed.category, 'is not a category in this article'))),
    ),
    report: v.optional(
      v.pipe(
        v.string('must be given once'),
        v.maxLength(MAX_QUERY_VALUE),
        v.picklist(allowed.report, 'is not a report in this article'),
      ),
    ),
  })
}

/** One query value from a fixed list, given at most once. */
function oneOf<const T extends readonly string[]>(values: T, reason: string) {
  return v.pipe(v.string('must be given once'), v.maxLength(MAX_QUERY_VALUE), v.picklist(values, reason))
}

/** The archive's `?page=`: a whole number from 1; 1 when not given. Past the last page is the route's 404. */
export const PageQuery = v.object({
  page: v.optional(
    v.pipe(
      v.string('must be given once'),
      v.maxLength(MAX_QUERY_VALUE),
      v.regex(/^[1-9]\d*$/, 'must be a whole number from 1'),
      v.transform(Number),
    ),
    '1',
  ),
})

/** The colour theme of what other sites embed: the card and the charts. */
export const ThemeQuery = v.object({ theme: v.optional(oneOf(THEMES, 'is not a theme'), 'auto') })
/** The card's theme: light unless asked, as host pages mostly are (and as Datawrapper's cards do). */
export const CardQuery = v.object({ theme: v.optional(oneOf(THEMES, 'is not a theme'), 'light') })

/** A size in CSS pixels, as oEmbed's maxwidth and maxheight give it. */
const Pixels = v.pipe(
  v.string('must be given once'),
  v.regex(/^[1-9]\d{0,4}$/, 'must be a whole number of pixels from 1 to 99999'),
  v.transform(Number),
)

/** The oEmbed request (https://oembed.com/#section2.2). `xml` is a known format we answer 501 to. */
export const OembedQuery = v.object({
  url: v.pipe(
    v.string('is required, once'),
    v.maxLength(MAX_QUERY_VALUE),
    v.url('must be an absolute URL'),
    v.description('Address of an article page or embed card on this site.'),
  ),
  format: v.optional(oneOf(['json', 'xml'], 'is not an oEmbed format'), 'json'),
  maxwidth: v.optional(Pixels),
  maxheight: v.optional(Pixels),
  /** As the card's own `?theme=`; without it, a card address keeps its theme and the card is light. */
  theme: v.optional(oneOf(THEMES, 'is not a theme')),
})

/** YYYY-MM-DD that names a day of the calendar: 2022-02-30 is refused, not rolled over to March. */
export const CalendarDate = v.pipe(
  v.string('must be given once'),
  v.maxLength(MAX_QUERY_VALUE),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date, YYYY-MM-DD'),
  v.check((s) => {
    const d = new Date(`${s}T00:00:00Z`)
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s
  }, 'is not a date in the calendar'),
)

/** A dataset's reports query allowing these categories (also what openapi.json documents). */
export function reportsQuerySchema(categories: string[]) {
  return v.object({
    from: v.optional(v.pipe(CalendarDate, v.description('The first date to include (YYYY-MM-DD).'))),
    to: v.optional(v.pipe(CalendarDate, v.description('The last date to include (YYYY-MM-DD).'))),
    category: v.optional(
      v.pipe(commaList, v.array(v.picklist(categories, 'is not a category in this dataset'))),
    ),
  })
}
