// Query validation with valibot through Hono's validator middleware: bad values become 400 problems that name the
// parameter, the value sent and the values allowed.
import { vValidator } from '@hono/valibot-validator'
import type { Context } from 'hono'
import { validator } from 'hono/validator'
import * as v from 'valibot'
import { THEMES } from '../site'
import type { InvalidParam } from '../views/json-schema'
import type { ArticleEnv } from './article'
import { type AudienceEnv, answerError } from './errors'
import { CardQuery, figuresQuerySchema, OembedQuery, PageQuery, ThemeQuery } from './query-schemas'

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
    // A missing parameter: valibot's own wording names the key; ours says what to do.
    const reason = issue.type === 'object' && issue.input === undefined ? 'is required' : issue.message
    return [{ name, in: 'query' as const, value, reason, allowed: allowed[name] }]
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

/**
 * Validates a chart's `category`, `report` and `theme` against what `c.var.article` allows; a bad theme is a 400
 * naming it, as a bad category is.
 * @example embeds.get('/:slug/chart.svg', articleBySlug(library), chartQuery, handler)
 */
export const chartQuery = validator('query', (query, c: Context<ArticleEnv & AudienceEnv>) => {
  const { categoryIds, reportKeys } = c.var.article
  const allowed = { category: categoryIds, report: reportKeys, theme: [...THEMES] }
  const schema = v.object({ ...figuresQuerySchema(allowed).entries, ...ThemeQuery.entries })
  const result = v.safeParse(schema, query)
  if (result.success) return result.output
  return rejectQuery(c, result.issues, allowed)
})

/** The 400 problem for a query that failed its schema: each bad parameter, its value and what is allowed. */
export function rejectQuery<E extends AudienceEnv>(
  c: Context<E>,
  issues: v.BaseIssue<unknown>[],
  allowed: Record<string, string[]>,
) {
  const params = invalidParams(issues, allowed)
  const sentence = (p: InvalidParam, sent: string) =>
    `${p.name}${sent} ${p.reason}${p.allowed ? `; allowed: ${p.allowed.join(', ')}` : ''}`
  // Programs get the value sent; the reader page names the parameter without repeating it.
  const detail = params.map((p) => sentence(p, p.value ? ` "${p.value}"` : '')).join('. ')
  const forReaders = params.map((p) => sentence(p, '')).join('. ')
  return answerError(c, 400, `${detail}.`, {
    invalidParams: params,
    forReaders: `The address asks for something this page cannot show: ${forReaders}.`,
  })
}

/**
 * Validates a series chart's `?theme=`; a bad one is a 400 problem naming it and the themes allowed.
 * @example embeds.get('/:slug/context.svg', articleBySlug(library), themeQuery, handler)
 */
export const themeQuery = vValidator('query', ThemeQuery, (result, c: Context<AudienceEnv>) => {
  if (!result.success) return rejectQuery(c, result.issues, { theme: [...THEMES] })
})

/**
 * Validates an oEmbed request's query; a bad one is a 400 problem naming each bad parameter.
 * @example oembed.get('/', oembedQuery, handler)
 */
export const oembedQuery = vValidator('query', OembedQuery, (result, c: Context<AudienceEnv>) => {
  if (!result.success) return rejectQuery(c, result.issues, { format: ['json'], theme: [...THEMES] })
})

/**
 * Validates the card's `?theme=`, light unless asked; a bad one is a 400 problem naming it and the themes allowed.
 * @example embeds.get('/:slug', articleBySlug(library), cardQuery, handler)
 */
export const cardQuery = vValidator('query', CardQuery, (result, c: Context<AudienceEnv>) => {
  if (!result.success) return rejectQuery(c, result.issues, { theme: [...THEMES] })
})

/**
 * Validates the archive's `?page=` (1 when not given); a page past the last one is the route's to answer (404).
 * @example pages.get('/articles', pageQuery, (c) => c.req.valid('query').page)
 */
export const pageQuery = vValidator('query', PageQuery, (result, c: Context<AudienceEnv>) => {
  if (!result.success) return rejectQuery(c, result.issues, {})
})
