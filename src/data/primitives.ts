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
/** A key: lower-case words joined by hyphens. */
export const Id = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens'),
)
/** Longest slug (an article's, a dataset's): the check refuses longer ones, so the Worker never looks one up. */
export const MAX_SLUG = 200
/** A name in an address, /articles/{slug}: a key of at most MAX_SLUG characters. */
export const Slug = v.pipe(Id, v.maxLength(MAX_SLUG, `must be at most ${MAX_SLUG} characters`))
export const Text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'))
/** A count of things: a whole number, 0 or more. */
export const Count = v.pipe(
  v.number(),
  v.integer('must be a whole number'),
  v.minValue(0, 'must not be negative'),
)
export const Url = v.pipe(v.string(), v.url('must be a URL'))
export const HttpsUrl = v.pipe(Url, v.startsWith('https://', 'must start with https://'))

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
