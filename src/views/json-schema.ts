// The shapes of every JSON body the Worker sends, as valibot schemas: the serializers in json.ts are typed by
// them, and /api/v1/openapi.json is generated from them, so the documentation cannot drift from the responses.
import * as v from 'valibot'
import { Claim, Count, IsoDate, Source, SourceRole, Url } from '../data/primitives'

/** Absolute addresses of a thing's representations, each a URL with what it is. */
function links<K extends string>(of: string, described: Record<K, string>) {
  const entries = {} as Record<K, v.GenericSchema<string>>
  for (const name in described) entries[name] = v.pipe(Url, v.description(described[name]))
  return v.pipe(v.strictObject(entries), v.description(`Absolute addresses of ${of}’s representations.`))
}

export const ArticleLinks = links('the article', {
  html: 'The article page.',
  json: 'The article and its figures as JSON.',
  figures: 'The figures only, filterable by category and report.',
})

export const ArticleSummary = v.strictObject({
  slug: v.string(),
  headline: v.string(),
  description: v.string(),
  figuresAsOf: v.pipe(IsoDate, v.description('Date of the latest report the figures come from.')),
  publisher: v.strictObject({ name: v.string(), url: Url }),
  links: ArticleLinks,
})
export type ArticleSummary = v.InferOutput<typeof ArticleSummary>

const PageLink = v.pipe(v.nullable(Url), v.description('Null on the first (previous) or last (next) page.'))

export const ArticleList = v.strictObject({
  articles: v.pipe(v.array(ArticleSummary), v.description('Newest figures first, at most 50 to a page.')),
  page: v.pipe(Count, v.description('This page: 1 is the newest.')),
  pageCount: Count,
  total: v.pipe(Count, v.description('Articles in the whole archive.')),
  links: v.strictObject({ self: Url, next: PageLink, previous: PageLink }),
})
export type ArticleList = v.InferOutput<typeof ArticleList>

export const FigureJson = v.pipe(
  v.strictObject({
    report: v.pipe(IsoDate, v.description('Date of the report that gives this figure.')),
    category: v.pipe(v.string(), v.description('Category id, as accepted by ?category=.')),
    label: v.string(),
    measure: v.pipe(v.string(), v.description('What the number measures, e.g. "equipment losses".')),
    value: v.pipe(Count, v.description('Cumulative count since the source’s day 1.')),
    approximate: v.pipe(v.boolean(), v.description('The source gives it as "about" this number.')),
    change: v.pipe(
      v.nullable(v.pipe(v.number(), v.integer())),
      v.description('This report’s value minus the same source’s previous report’s; null for its first.'),
    ),
    changeSince: v.pipe(
      v.nullable(IsoDate),
      v.description('Date of the report the change is measured from.'),
    ),
    quotedInArticle: v.pipe(v.boolean(), v.description('The article’s text states this category’s numbers.')),
    source: v.pipe(v.string(), v.description('Id of the source in "sources".')),
  }),
  v.description('One number from a source’s report: a claim by that source, not an established fact.'),
)
export type FigureJson = v.InferOutput<typeof FigureJson>

export const ReportJson = v.strictObject({
  date: IsoDate,
  source: v.string(),
  dayOfWar: v.pipe(
    v.nullable(v.pipe(v.number(), v.integer())),
    v.description('The source’s "day N of the war".'),
  ),
  greatestLossesIn: v.array(v.string()),
})

/** The claims and sources in a response are as the data files give them. */
export const ClaimJson = Claim
export const SourceJson = Source

export const FiguresJson = v.strictObject({
  article: v.string(),
  figuresAsOf: IsoDate,
  attribution: v.pipe(v.string(), v.description('Who claims the figures; quote it with them.')),
  reports: v.array(ReportJson),
  figures: v.array(FigureJson),
  claims: v.pipe(
    v.array(ClaimJson),
    v.description('Other counts the article cites, each by its own source.'),
  ),
  sources: v.array(SourceJson),
  dataset: v.nullable(v.strictObject({ name: v.string(), author: v.string(), licence: v.string() })),
  links: ArticleLinks,
})
export type FiguresJson = v.InferOutput<typeof FiguresJson>

export const ArticleJson = v.strictObject({
  ...ArticleSummary.entries,
  originalUrl: Url,
  keyPoints: v.array(v.string()),
  paragraphs: v.array(v.string()),
  photoCaptions: v.array(
    v.strictObject({
      position: v.picklist(['lead', 'closing']),
      text: v.string(),
      photo: v.pipe(v.null(), v.description('The photos were not published with the text.')),
    }),
  ),
  figures: FiguresJson,
})
export type ArticleJson = v.InferOutput<typeof ArticleJson>

/** oEmbed 1.0, type "rich" (https://oembed.com/#section2.3). */
export const OembedJson = v.strictObject({
  version: v.literal('1.0'),
  type: v.literal('rich'),
  title: v.string(),
  provider_name: v.string(),
  provider_url: Url,
  html: v.pipe(v.string(), v.description('An <iframe> of the embed card, at most maxwidth × maxheight.')),
  width: v.pipe(v.number(), v.integer()),
  height: v.pipe(v.number(), v.integer()),
  cache_age: v.pipe(v.number(), v.integer()),
})
export type OembedJson = v.InferOutput<typeof OembedJson>

export const DatasetLinks = links('the dataset', {
  self: 'This dataset: its description and categories.',
  reports: 'Its daily reports as JSON, filterable by from, to and category.',
  csv: 'The same reports as CSV.',
  latest: 'The newest report.',
  licence: 'The licence its compiler gives it, word for word (text/plain).',
})

export const LicenceJson = v.strictObject({
  name: v.string(),
  copyright: v.string(),
  url: Url,
})

export const DatasetSummary = v.strictObject({
  id: v.pipe(v.string(), v.description('As in its address /api/v1/datasets/{id}.')),
  name: v.string(),
  description: v.string(),
  source: v.pipe(
    v.strictObject({ id: v.string(), name: v.string(), shortName: v.string(), role: SourceRole }),
    v.description('Who claims the figures: quote it with them.'),
  ),
  compiledBy: v.pipe(
    v.strictObject({ name: v.string(), author: v.string(), url: Url }),
    v.description('Who gathered the reports into this series: credit it wherever its figures appear.'),
  ),
  licence: LicenceJson,
  from: v.pipe(IsoDate, v.description('Date of the first report.')),
  to: v.pipe(IsoDate, v.description('Date of the newest report.')),
  links: DatasetLinks,
})
export type DatasetSummary = v.InferOutput<typeof DatasetSummary>

export const DatasetList = v.strictObject({ datasets: v.array(DatasetSummary) })
export type DatasetList = v.InferOutput<typeof DatasetList>

export const DatasetCategoryJson = v.strictObject({
  key: v.pipe(v.string(), v.description('As accepted by ?category= and used in "stats" and "increase".')),
  label: v.string(),
  measure: v.pipe(v.string(), v.description('What the number measures, e.g. "equipment losses".')),
  firstReported: v.pipe(v.nullable(IsoDate), v.description('First report with a figure for it.')),
  lastReported: v.pipe(v.nullable(IsoDate), v.description('Last report with a figure for it.')),
})

export const DatasetJson = v.strictObject({
  ...DatasetSummary.entries,
  categories: v.array(DatasetCategoryJson),
  licenceText: v.pipe(v.string(), v.description('The licence’s full text, to keep with copies of the data.')),
})
export type DatasetJson = v.InferOutput<typeof DatasetJson>

const ByCategory = (description: string) =>
  v.pipe(v.record(v.string(), v.nullable(v.pipe(v.number(), v.integer()))), v.description(description))

export const DailyReportJson = v.pipe(
  v.strictObject({
    date: IsoDate,
    day: v.pipe(v.number(), v.integer(), v.description('The source’s "day N of the war".')),
    stats: ByCategory(
      'Cumulative figures by category key; null where the report gave none (never the same as 0).',
    ),
    increase: ByCategory(
      'This report’s figure minus the previous day’s; null where either is null or the days are not consecutive.',
    ),
    personnelQualifier: v.pipe(
      v.picklist(['about', 'more']),
      v.description('How the report worded the personnel figure: "about" it, or "more" than it.'),
    ),
    greatestLossesDirection: v.nullable(v.string()),
  }),
  v.description('One daily report: claims by the source, not established facts.'),
)
export type DailyReportJson = v.InferOutput<typeof DailyReportJson>

const DatasetEnvelope = {
  dataset: v.pipe(v.string(), v.description('The dataset’s id.')),
  attribution: v.pipe(
    v.string(),
    v.description('Who claims the figures and who compiled them; quote it with them.'),
  ),
  licence: LicenceJson,
}

export const DatasetReports = v.strictObject({ ...DatasetEnvelope, reports: v.array(DailyReportJson) })
export type DatasetReports = v.InferOutput<typeof DatasetReports>
export const DatasetReport = v.strictObject({ ...DatasetEnvelope, report: DailyReportJson })
export type DatasetReport = v.InferOutput<typeof DatasetReport>

/** RFC 9457 problem details: the one error shape of the API. */
export const ProblemJson = v.strictObject({
  type: v.literal('about:blank'),
  title: v.string(),
  status: v.pipe(v.number(), v.integer()),
  detail: v.string(),
  instance: v.optional(v.string()),
  'invalid-params': v.optional(
    v.array(
      v.strictObject({
        name: v.string(),
        in: v.picklist(['query', 'path']),
        value: v.string(),
        reason: v.string(),
        allowed: v.optional(v.array(v.string())),
      }),
    ),
  ),
})
export type Problem = v.InferOutput<typeof ProblemJson>
export type InvalidParam = NonNullable<Problem['invalid-params']>[number]
