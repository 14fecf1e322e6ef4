// Request validation with valibot through Hono's validator middleware: unknown slugs become 404s, bad query
// values become 400 problems that name the parameter, the value sent and the values allowed.
import { vValidator } from '@hono/valibot-validator'
import type { Context } from 'hono'
import { validator } from 'hono/validator'
import * as v from 'valibot'
import { type Article, type Library, reportKeys } from '../domain/library'
import { THEMES } from '../views/embed-card'
import { markConstant } from './kept-responses'
import { type InvalidParam, problem } from './problem'

/** Longest slug we look up; anything longer cannot be ours. */
const MAX_SLUG = 200
/** Longest query value we read; longer ones are rejected before they are parsed. */
export const MAX_QUERY_VALUE = 1000

/**
 * Resolves the `:slug` path parameter to its article, or answers 404 through the app's notFound handler.
 * @example api.get('/articles/:slug', articleParam(library), (c) => c.json(c.req.valid('param').article))
 */
export function articleParam(library: Library) {
  const schema = v.objectAsync({
    slug: v.pipeAsync(
      v.string(),
      v.maxLength(MAX_SLUG),
      v.rawTransformAsync(async ({ dataset, addIssue, NEVER }) => {
        const article = await library.getArticle(dataset.value)
        if (article) return article
        addIssue({ message: 'no article has this slug' })
        return NEVER
      }),
    ),
  })
  return vValidator(
    'param',
    v.pipeAsync(
      schema,
      v.transform(({ slug }) => ({ article: slug })),
    ),
    (result, c) => {
      if (!result.success) return c.notFound()
    },
  )
}

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
)

/** The query a figures request accepts for this article, with the values each parameter allows. */
function figuresQuery(article: Article) {
  const allowed = { category: article.categoryIds, report: reportKeys(article) }
  return { schema: figuresQuerySchema(allowed), allowed }
}

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

const queryByArticle = new WeakMap<Article, ReturnType<typeof figuresQuery>>()

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
 * Validates `category` and `report` against the values the `:slug` article allows. After articleParam, so an
 * unknown slug is a 404 before its query is looked at.
 * @example api.get('/articles/:slug/figures', articleParam(library), figuresQueryParam(library), handler)
 */
export function figuresQueryParam(library: Library) {
  return validator('query', async (query, c: Context) => {
    const article = await library.getArticle(c.req.param('slug') ?? '')
    if (!article) return c.notFound()
    let known = queryByArticle.get(article)
    if (!known) {
      known = figuresQuery(article)
      queryByArticle.set(article, known)
    }
    const result = v.safeParse(known.schema, query)
    if (result.success) return result.output
    return rejectQuery(c, result.issues, known.allowed)
  })
}

/** The 400 problem for a query that failed its schema: each bad parameter, its value and what is allowed. */
function rejectQuery(c: Context, issues: v.BaseIssue<unknown>[], allowed: Record<string, string[]>) {
  const params = invalidParams(issues, allowed)
  const detail = params
    .map((p) => `${p.name} "${p.value}" ${p.reason}${p.allowed ? `; allowed: ${p.allowed.join(', ')}` : ''}`)
    .join('. ')
  markConstant(c)
  return problem(c, 400, `${detail}.`, { invalidParams: params })
}

/** One query value from a fixed list, given at most once. */
function oneOf<const T extends readonly string[]>(values: T, reason: string) {
  return v.pipe(v.string('must be given once'), v.maxLength(MAX_QUERY_VALUE), v.picklist(values, reason))
}

/** The query the embed card accepts: its colour theme. */
export const EmbedQuery = v.object({ theme: v.optional(oneOf(THEMES, 'is not a theme'), 'auto') })

/**
 * Validates the embed card's `?theme=`; a bad one is a 400 problem naming it and the themes allowed.
 * @example app.get('/embed/:slug', articleParam(library), embedQueryParam(), handler)
 */
export function embedQueryParam() {
  return vValidator('query', EmbedQuery, (result, c) => {
    if (!result.success) return rejectQuery(c, result.issues, { theme: [...THEMES] })
  })
}

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
 * @example app.get('/oembed', oembedQueryParam(), handler)
 */
export function oembedQueryParam() {
  return vValidator('query', OembedQuery, (result, c) => {
    if (!result.success) return rejectQuery(c, result.issues, { format: ['json'] })
  })
}
