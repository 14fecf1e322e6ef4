// The shape of every file in data/: the single source of truth for its types.
import * as v from 'valibot'
import { Claim, Count, HttpsUrl, Id, IsoDate, Source, Text, textUpTo } from '../../src/data/primitives'

/** A calendar month, YYYY-MM, for what is known only to the month ("last month"). */
const IsoMonth = v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month written YYYY-MM'))

/** Every data file may name its JSON Schema (schemas/), so editors check and complete it while it is typed. */
const SchemaRef = { $schema: v.optional(Text) }

/** data/categories.json: what the General Staff counts, in its own wording. */
export const CategoriesFile = v.strictObject({
  ...SchemaRef,
  categories: v.pipe(
    v.array(
      v.strictObject({
        id: Id,
        /** As a table row heading: "Armoured fighting vehicles". */
        label: Text,
        /** As in running text: "AFVs". */
        shortLabel: Text,
        /** What the number measures: "personnel combat losses", "equipment losses". */
        measure: Text,
      }),
    ),
    v.nonEmpty('must list at least one category'),
  ),
})

/** data/site.json: what the site as a whole shows. */
export const SiteFile = v.strictObject({
  ...SchemaRef,
  /** The slug of the article served at `/`: a folder in data/articles/. */
  featured: Id,
})

/** data/sources.json */
export const SourcesFile = v.strictObject({
  ...SchemaRef,
  sources: v.pipe(v.array(Source), v.nonEmpty('must list at least one source')),
})

/** A sentence of the prose that states a figure of a report. */
export const ReportMention = v.strictObject({
  text: Text,
  report: IsoDate,
  category: Id,
  value: v.picklist(['total', 'change']),
})
/** A sentence of the prose that states a claim's figure. */
export const ClaimMention = v.strictObject({
  text: Text,
  claim: Id,
  value: v.picklist(['total', 'low', 'high']),
})
/**
 * A sentence of the prose that states a figure, and which figure it states. Chosen by its `claim` key, so an error
 * names the field that is wrong instead of "matches neither".
 */
export const Mention = v.lazy((input: unknown) =>
  input !== null && typeof input === 'object' && 'claim' in input ? ClaimMention : ReportMention,
)

/**
 * Words of the prose that date something relative to publication ("Wednesday", "last month"), with the calendar
 * date or month they mean, so a reader years later can tell when things happened. The words stay as published.
 */
const DateInText = v.strictObject({
  /** The exact words, as they appear in the key points or paragraphs. */
  text: Text,
  date: v.union([IsoDate, IsoMonth], 'must be a date (YYYY-MM-DD) or a month (YYYY-MM)'),
  /** False where the date is inferred and not checked. */
  verified: v.boolean(),
})

/**
 * Limits on the prose, in characters: a headline that fits the card and the link preview, a description that
 * fits search results, paragraphs a reader can take in. Together with the check of each rendered page against
 * what the Worker keeps (build-tools/data/check.ts), no article can make a page too big to serve.
 */
const Headline = textUpTo(250)
const Description = textUpTo(500)
const Paragraph = textUpTo(5000)

/** data/articles/{slug}/article.json: the words, exactly as published. */
export const ArticleFile = v.strictObject({
  ...SchemaRef,
  /** A draft is checked like any article but not published: `npm run new-article` starts every article as one. */
  draft: v.optional(v.boolean(), false),
  slug: Id,
  headline: Headline,
  /** One or two sentences for search results and link previews. */
  description: Description,
  publisher: v.strictObject({ name: Text, url: HttpsUrl }),
  originalUrl: HttpsUrl,
  /** The month the original article was published, where the exact day is not on record. */
  publishedIn: v.optional(IsoMonth),
  figuresAsOf: IsoDate,
  leadPhotoCaption: v.optional(Text),
  keyPoints: v.array(Paragraph),
  paragraphs: v.pipe(v.array(Paragraph), v.nonEmpty('must hold at least one paragraph')),
  closingPhotoCaption: v.optional(Text),
  mentions: v.array(Mention),
  datesInText: v.optional(v.array(DateInText), []),
})

/** One General Staff report: cumulative counts since the source's day 1, keyed by category id. */
export const InlineReport = v.strictObject({
  source: Id,
  date: IsoDate,
  greatestLossesIn: v.optional(v.array(Text), []),
  /** Categories the source gives as "about" a number. */
  approximate: v.optional(v.array(Id), []),
  counts: v.record(Id, Count),
})

/** A report taken from a dataset in data/datasets/: the dataset's folder name and the report's date. */
export const DatasetReportRef = v.strictObject({ dataset: Id, date: IsoDate })

/**
 * A report as figures.json lists it: named in a dataset, or written out. Chosen by its `dataset` key rather than
 * by trying both, so an error names the field that is wrong instead of "matches neither".
 */
export const ReportEntry = v.lazy((input: unknown) =>
  input !== null && typeof input === 'object' && 'dataset' in input ? DatasetReportRef : InlineReport,
)

/** data/articles/{slug}/figures.json: every number the article rests on, each with who says so. */
export const FiguresFile = v.strictObject({
  ...SchemaRef,
  /** Oldest first. A report in a dataset is named, not copied, so the dataset stays the one source of truth. */
  reports: v.array(ReportEntry),
  dataset: v.optional(v.strictObject({ name: Text, author: Text, licence: Text })),
  claims: v.array(Claim),
})

/** data/datasets/{id}/dataset.json: what a dataset is, who compiled it, its licence and its categories. */
export const DatasetFile = v.strictObject({
  ...SchemaRef,
  name: Text,
  description: Text,
  /** Who claims the figures: an id in data/sources.json, with the day 1 its reports count from. */
  source: Id,
  /** Who gathered the reports into this series: credited wherever its figures appear. */
  compiledBy: v.strictObject({
    name: Text,
    author: Text,
    url: HttpsUrl,
    commit: v.optional(v.pipe(v.string(), v.regex(/^[0-9a-f]{40}$/, 'must be a 40-character git commit'))),
    files: v.optional(v.array(Text), []),
  }),
  /** The licence the compiler gives the data; `file` is its full text, in this folder. */
  licence: v.strictObject({ name: Text, copyright: Text, url: HttpsUrl, file: Text }),
  /** The categories each report counts, in display order: ids in data/categories.json. */
  categories: v.pipe(
    v.array(v.strictObject({ key: Id, sourceField: Text })),
    v.nonEmpty('must list at least one category'),
  ),
})

/** How the General Staff worded its personnel figure: "about" 53,650, or "more" than 11,000. */
const Qualifier = v.picklist(['about', 'more'])

/** data/datasets/{id}/reports.json: one record per daily report, oldest first. */
export const DatasetReportsFile = v.strictObject({
  ...SchemaRef,
  reports: v.pipe(
    v.array(
      v.strictObject({
        date: IsoDate,
        /** Cumulative counts; null where that day's report gave no figure, which is never the same as 0. */
        stats: v.record(Id, v.nullable(Count)),
        personnelQualifier: Qualifier,
        greatestLossesDirection: v.nullable(Text),
      }),
    ),
    v.nonEmpty('must hold at least one report'),
  ),
})

export type CategoriesFile = v.InferOutput<typeof CategoriesFile>
export type SourcesFile = v.InferOutput<typeof SourcesFile>
export type ArticleFile = v.InferOutput<typeof ArticleFile>
export type FiguresFile = v.InferOutput<typeof FiguresFile>
export type Category = CategoriesFile['categories'][number]
export type Mention = ArticleFile['mentions'][number]
export type DateInText = ArticleFile['datesInText'][number]
export type InlineReport = v.InferOutput<typeof InlineReport>
export type ReportEntry = FiguresFile['reports'][number]
export type DatasetFile = v.InferOutput<typeof DatasetFile>
export type DatasetReportsFile = v.InferOutput<typeof DatasetReportsFile>
export type DatasetRecord = DatasetReportsFile['reports'][number]
