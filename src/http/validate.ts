// Query validation with valibot through Hono's validator middleware: bad values become 400 problems that name the
// parameter, the value sent and the values allowed.
import { vValidator } from '@hono/valibot-validator'
import type { Context } from 'hono'
import { validator } from 'hono/validator'
import * as v from 'valibot'
import { CHART_THEMES } from '../views/charts/chart-style'
import { THEMES } from '../views/embed-card'
import type { InvalidParam } from '../views/json-schema'
import type { ArticleEnv } from './article'
import { type AudienceEnv, answerError } from './errors'

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

function describe(value: unknown): string {
  if (value === undefined) return ''
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value))
  return text.length > 100 ? `${text.slice(0, 100)}…` : text
}

/** The invalid-params list of a failed parse: one entry per parameter and bad value. */
function invalidParams(issues: v.BaseIssue<unknown>[], allowed: Record<string, string[]>): InvalidParam[] {
  const seen = new Set<string>()
  return issues.flatMap((issue) => {
    const name = String(issue.path?.[0]?.key ?? 'query')
    const value = describe(issue.input)
    if (seen.has(`${name}=${value}`)) return []
    seen.add(`${name}=${value}`)
    return [{ name, in: 'query' as const, value, reason: issue.message, allowed: allowed[name] }]
  })
}

/**
 * Validates `category` and `report` against the values `c.var.article` allows (listed when the data loads). After
 * the article middleware, so an unknown slug is a 404 before its query is looked at.
 * @example api.get('/articles/:slug/figures', articleBySlug(library), figuresQuery, handler)
 */
export const figuresQuery = validator('query', (query, c: Context<ArticleEnv & AudienceEnv>) => {
  const { categoryIds, reportKeys } = c.var.article
  const allowed = { category: categoryIds, report: reportKeys }
  const result = v.safeParse(figuresQuerySchema(allowed), query)
  if (result.success) return result.output
  return rejectQuery(c, result.issues, allowed)
})

/** The query of a chart that shows a whole series: its colour theme. */
export const ChartThemeQuery = v.object({ theme: v.optional(oneOf(CHART_THEMES, 'is not a theme'), 'auto') })

/**
 * Validates a chart's `category`, `report` and `theme` against what `c.var.article` allows; a bad theme is a 400
 * naming it, as a bad category is.
 * @example embeds.get('/:slug/chart.svg', articleBySlug(library), chartQuery, handler)
 */
export const chartQuery = validator('query', (query, c: Context<ArticleEnv & AudienceEnv>) => {
  const { categoryIds, reportKeys } = c.var.article
  const allowed = { category: categoryIds, report: reportKeys, theme: [...CHART_THEMES] }
  const schema = v.object({ ...figuresQuerySchema(allowed).entries, ...ChartThemeQuery.entries })
  const result = v.safeParse(schema, query)
  if (result.success) return result.output
  return rejectQuery(c, result.issues, allowed)
})

/**
 * Validates a series chart's `?theme=`; a bad one is a 400 problem naming it and the themes allowed.
 * @example embeds.get('/:slug/context.svg', articleBySlug(library), chartThemeQuery, handler)
 */
export const chartThemeQuery = vValidator('query', ChartThemeQuery, (result, c: Context<AudienceEnv>) => {
  if (!result.success) return rejectQuery(c, result.issues, { theme: [...CHART_THEMES] })
})

/** The 400 problem for a query that failed its schema: each bad parameter, its value and what is allowed. */
export function rejectQuery<E extends AudienceEnv>(
  c: Context<E>,
  issues: v.BaseIssue<unknown>[],
  allowed: Record<string, string[]>,
) {
  const params = invalidParams(issues, allowed)
  const detail = params
    .map((p) => `${p.name} "${p.value}" ${p.reason}${p.allowed ? `; allowed: ${p.allowed.join(', ')}` : ''}`)
    .join('. ')
  return answerError(c, 400, `${detail}.`, { invalidParams: params })
}

/** One query value from a fixed list, given at most once. */
function oneOf<const T extends readonly string[]>(values: T, reason: string) {
  return v.pipe(v.string('must be given once'), v.maxLength(MAX_QUERY_VALUE), v.picklist(values, reason))
}

/** The query the embed card accepts: its colour theme. */
export const EmbedQuery = v.object({ theme: v.optional(oneOf(THEMES, 'is not a theme'), 'auto') })

/**
 * Validates the embed card's `?theme=`; a bad one is a 400 problem naming it and the themes allowed.
 * @example embeds.get('/:slug', articleBySlug(library), embedQuery, handler)
 */
export const embedQuery = vValidator('query', EmbedQuery, (result, c: Context<AudienceEnv>) => {
  if (!result.success) return rejectQuery(c, result.issues, { theme: [...THEMES] })
})

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
})

/**
 * Validates an oEmbed request's query; a bad one is a 400 problem naming each bad parameter.
 * @example oembed.get('/', oembedQuery, handler)
 */
export const oembedQuery = vValidator('query', OembedQuery, (result, c: Context<AudienceEnv>) => {
  if (!result.success) return rejectQuery(c, result.issues, { format: ['json'] })
})
