// The values every schema is built from (data files, API responses, queries): each written once. The data files'
// own schemas, which only the build checks with, are in build-tools/data/schema.ts.
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
/** "is 210 characters long; at most 200 are allowed", from valibot's received length. */
const tooLong = (received: string, max: number) =>
  `is ${Number(received).toLocaleString('en')} characters long; at most ${max.toLocaleString('en')} are allowed`
/**
 * The longest slug or id: the Worker looks up nothing longer (src/http/article.ts), and `{slug}.json` stays within
 * the 255 bytes a file name may have.
 */
export const MAX_SLUG_LENGTH = 200
/** A slug or key: lower-case words joined by hyphens. */
export const Id = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens'),
  v.maxLength(MAX_SLUG_LENGTH, (issue) => tooLong(issue.received, MAX_SLUG_LENGTH)),
)
/** Text of at most `max` characters, so no field can make a page too big to serve or keep. */
export const textUpTo = (max: number) =>
  v.pipe(
    v.string(),
    v.trim(),
    v.nonEmpty('must not be empty'),
    v.maxLength(max, (issue) => tooLong(issue.received, max)),
  )
/** A name, label, caption or note. */
export const Text = textUpTo(1000)
/** A count of things: a whole number, 0 or more. */
export const Count = v.pipe(
  v.number(),
  v.integer('must be a whole number'),
  v.minValue(0, 'must not be negative'),
)
export const Url = v.pipe(v.string(), v.url('must be a URL'))
/** An address the data links to. */
export const HttpsUrl = v.pipe(
  Url,
  v.startsWith('https://', 'must start with https://'),
  v.maxLength(2000, (issue) => tooLong(issue.received, 2000)),
)

/** Who says so. The role matters: a party to the war, an independent outlet and a foreign government differ. */
export const SourceRole = v.picklist(['party-to-the-war', 'independent-media', 'foreign-government'])

/** Who reported a figure. */
export const Source = v.strictObject({
  id: Id,
  name: Text,
  /** As in "according to Ukraine's General Staff". */
  shortName: Text,
  role: SourceRole,
  /** For a source that counts from the start of the war: its day 1. */
  countsFrom: v.optional(IsoDate),
})

/** What a claim counts: deaths, deaths confirmed one by one, killed and wounded together, or combat losses. */
export const ClaimMeasure = v.picklist(['deaths', 'confirmed-deaths', 'casualties', 'combat-losses'])

const ClaimBase = {
  id: Id,
  source: Id,
  measures: ClaimMeasure,
  asOf: IsoDate,
  asOfVerified: v.pipe(
    v.boolean(),
    v.description('False where the date is inferred ("as of Friday") and not checked.'),
  ),
  note: Text,
}

/** A count the article cites, by whoever made it: one number, or a range. */
export const Claim = v.variant('kind', [
  v.strictObject({ ...ClaimBase, kind: v.picklist(['party-claim', 'independent-count']), value: Count }),
  v.strictObject({ ...ClaimBase, kind: v.literal('estimate-range'), low: Count, high: Count }),
])

export type Source = v.InferOutput<typeof Source>
export type Claim = v.InferOutput<typeof Claim>
