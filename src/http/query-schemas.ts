// The queries and path parameters the Worker accepts, as valibot schemas: the validators (src/http/validate.ts)
// parse with them and the OpenAPI document is generated from them. Values an article or a dataset allows are
// checked after these, against its data.
import * as v from 'valibot'
import { IsoDate } from '../data/primitives'
import { THEMES } from '../site'

/** Longest query value we read; longer ones are rejected before they are parsed. */
export const MAX_QUERY_VALUE = 1000

/** A query value given once (not repeated) and not too long to read. */
const once = (reason = 'must be given once') => v.pipe(v.string(reason), v.maxLength(MAX_QUERY_VALUE))

/** "a,b" and repeated parameters (?category=a&category=b) both become ["a", "b"]. */
const commaList = v.pipe(
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
  v.array(v.string()),
)

/** A date in the calendar, YYYY-MM-DD, as a query value. */
const CalendarDate = v.pipe(once(), IsoDate)

/** An article's figures: some categories, one report (what this article has is checked after). */
export const FiguresQuery = v.object({
  category: v.optional(
    v.pipe(
      commaList,
      v.description(
        'Only these categories (ids as in each figure’s "category"). Values an article lacks are a 400.',
      ),
    ),
  ),
  report: v.optional(
    v.pipe(
      once(),
      v.regex(/^(latest|previous|\d{4}-\d{2}-\d{2})$/, 'is not a report in this article'),
      v.description('"latest", "previous" or a report’s date. Values an article lacks are a 400.'),
    ),
  ),
})

/** The archive's `?page=`: a whole number from 1; 1 when not given. Past the last page is the route's 404. */
export const PageQuery = v.object({
  page: v.optional(
    v.pipe(
      once(),
      v.regex(/^[1-9]\d*$/, 'must be a whole number from 1'),
      v.transform(Number),
      v.description('Which page of the archive: 1 (the default) is the newest. Past the last page is a 404.'),
    ),
    '1',
  ),
})

const theme = v.pipe(once(), v.picklist(THEMES, 'is not a theme'))
/** The colour theme of what other sites embed: the charts follow the reader's system unless asked. */
export const ThemeQuery = v.object({ theme: v.optional(theme, 'auto') })
/** The card's theme: light unless asked, as host pages mostly are (and as Datawrapper's cards do). */
export const CardQuery = v.object({ theme: v.optional(theme, 'light') })
/** A chart of one report: its figures' query and its theme. */
export const ChartQuery = v.object({ ...FiguresQuery.entries, ...ThemeQuery.entries })

/** A size in CSS pixels, as oEmbed's maxwidth and maxheight give it. */
const Pixels = v.pipe(
  once(),
  v.regex(/^[1-9]\d{0,4}$/, 'must be a whole number of pixels from 1 to 99999'),
  v.transform(Number),
)

/** The oEmbed request (https://oembed.com/#section2.2). `xml` is a known format we answer 501 to. */
export const OembedQuery = v.object({
  url: v.pipe(
    once('is required, once'),
    v.url('must be an absolute URL'),
    v.description('Address of an article page or embed card on this site.'),
  ),
  format: v.optional(v.pipe(once(), v.picklist(['json', 'xml'], 'is not an oEmbed format')), 'json'),
  maxwidth: v.optional(v.pipe(Pixels, v.description('The widest the embed may be, in CSS pixels.'))),
  maxheight: v.optional(v.pipe(Pixels, v.description('The tallest the embed may be, in CSS pixels.'))),
  theme: v.optional(
    v.pipe(once(), v.picklist(THEMES, 'is not a theme'), v.description("As the card's own theme.")),
  ),
})

/** A dataset's daily reports from one date to another (its categories are checked after). */
export const ReportsQuery = v.pipe(
  v.object({
    from: v.optional(
      v.pipe(CalendarDate, v.description('The first date to include (YYYY-MM-DD). One after "to" is a 400.')),
    ),
    to: v.optional(v.pipe(CalendarDate, v.description('The last date to include (YYYY-MM-DD).'))),
    category: v.optional(
      v.pipe(
        commaList,
        v.description(
          'Only these categories (keys as in "stats"; the dataset lists them). Others are a 400.',
        ),
      ),
    ),
  }),
  v.forward(
    v.partialCheck(
      [['from'], ['to']],
      ({ from, to }) => from === undefined || to === undefined || from <= to,
      (issue) => `must not be after to (${(issue.input as { to?: string }).to})`,
    ),
    ['from'],
  ),
)

const REPORT_DATE = 'must be "latest" or a date in the calendar, YYYY-MM-DD'
/** One report of a dataset, by its date, or the newest. */
export const ReportDateParam = v.object({
  date: v.pipe(
    v.string(),
    v.regex(/^(latest|\d{4}-\d{2}-\d{2})$/, REPORT_DATE),
    v.check((date) => date === 'latest' || v.is(IsoDate, date), REPORT_DATE),
    v.description('A report’s date (YYYY-MM-DD), or "latest" for the newest.'),
  ),
})
