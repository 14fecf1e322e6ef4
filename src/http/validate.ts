// The one way a route validates its request: @hono/valibot-validator with a valibot schema from query-schemas.ts,
// and one 400 answer naming each bad parameter, the value sent and the values allowed. The same schema documents
// the parameters (scripts/openapi.ts), so what is checked and what is documented cannot differ.
import { vValidator } from '@hono/valibot-validator'
import type { Context, Env } from 'hono'
import type * as v from 'valibot'
import type { InvalidParam } from '../views/json-schema'
import type { ArticleEnv } from './article'
import type { DatasetEnv } from './dataset'
import { documents } from './describe'
import { type AudienceEnv, answerError } from './errors'
import {
  CardQuery,
  ChartQuery,
  FiguresQuery,
  OembedQuery,
  PageQuery,
  ReportDateParam,
  ReportsQuery,
  ThemeQuery,
} from './query-schemas'

type Target = 'query' | 'param'
/** Values allowed only for this request's article or dataset, checked once the schema has passed. */
type AllowedFor<E extends Env> = Record<string, { values: (c: Context<E>) => string[]; reason: string }>

function describe(value: unknown): string {
  if (value === undefined) return ''
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value))
  return text.length > 100 ? `${text.slice(0, 100)}…` : text
}

/** The values a picklist in this entry's schema allows (through optional and pipe), if it has one. */
function picklistOf(schema: unknown): string[] | undefined {
  const s = schema as {
    type?: string
    options?: string[]
    wrapped?: unknown
    pipe?: unknown[]
    item?: unknown
  }
  if (s.type === 'picklist') return s.options
  if (s.wrapped) return picklistOf(s.wrapped)
  for (const item of s.pipe?.slice(1) ?? []) {
    const found = picklistOf(item)
    if (found) return found
  }
  return undefined
}

/** The 400 answer: one sentence per bad parameter, and the same as invalid-params. */
function badRequest<E extends AudienceEnv>(c: Context<E>, params: InvalidParam[]) {
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
 * Validates the request's `target` with `schema`, then any values only this request's article or dataset allows;
 * a failure is a 400 problem that names each bad parameter, the value sent and what is allowed.
 * @example export const pageQuery = validate('query', PageQuery)
 */
function validate<S extends v.GenericSchema, T extends Target, E extends Env>(
  target: T,
  schema: S,
  allowedFor: AllowedFor<E & AudienceEnv> = {},
) {
  const where = target === 'param' ? 'path' : 'query'
  // An object schema, or one piped through a check across its fields (ReportsQuery).
  const { entries } = (
    'entries' in schema ? schema : (schema as unknown as { pipe: [unknown] }).pipe[0]
  ) as v.ObjectSchema<v.ObjectEntries, undefined>
  const fixed = Object.fromEntries(Object.entries(entries).map(([name, entry]) => [name, picklistOf(entry)]))
  const middleware = vValidator(target, schema, (result, c: Context<E & AudienceEnv>) => {
    const params: InvalidParam[] = []
    const seen = new Set<string>()
    const add = (name: string, value: string, reason: string, allowed?: string[]) => {
      if (seen.has(`${name}=${value}`)) return
      seen.add(`${name}=${value}`)
      params.push({ name, in: where, value, reason, allowed })
    }
    if (!result.success) {
      for (const issue of result.issues) {
        const name = String(issue.path?.[0]?.key ?? target)
        const value = issue.path?.at(-1)?.value
        // A missing parameter: valibot's own wording names the key; ours says what to do.
        const reason = issue.type === 'object' && value === undefined ? 'is required' : issue.message
        add(name, describe(value), reason, allowedFor[name]?.values(c) ?? fixed[name])
      }
      return badRequest(c, params)
    }
    for (const [name, rule] of Object.entries(allowedFor)) {
      const allowed = rule.values(c)
      const given = (result.output as Record<string, string | string[] | undefined>)[name]
      for (const value of [given ?? []].flat())
        if (!allowed.includes(value)) add(name, describe(value), rule.reason, allowed)
    }
    if (params.length) return badRequest(c, params)
  })
  // `names`: the parameters it reads, which are what a kept answer's key may hold (kept(…, { query })).
  return Object.assign(documents(middleware, target, schema), { names: Object.keys(entries) })
}

/** The archive's `?page=` (1 when not given); a page past the last one is the route's to answer (404). */
export const pageQuery = validate('query', PageQuery)

/** A series chart's `?theme=`. */
export const themeQuery = validate('query', ThemeQuery)

/** The card's `?theme=`, light unless asked. */
export const cardQuery = validate('query', CardQuery)

/** An oEmbed request's query. */
export const oembedQuery = validate('query', OembedQuery)

const articleAllows = {
  category: {
    values: (c: Context<ArticleEnv>) => c.var.article.categoryIds,
    reason: 'is not a category in this article',
  },
  report: {
    values: (c: Context<ArticleEnv>) => c.var.article.reportKeys,
    reason: 'is not a report in this article',
  },
}

/**
 * `category` and `report`, checked against what `c.var.article` has. After the article middleware, so an
 * unknown slug is a 404 before its query is looked at.
 * @example api.get('/articles/:slug/figures', articleBySlug(library), figuresQuery, handler)
 */
export const figuresQuery = validate<typeof FiguresQuery, 'query', ArticleEnv>(
  'query',
  FiguresQuery,
  articleAllows,
)

/** A chart's `category`, `report` and `theme`. */
export const chartQuery = validate<typeof ChartQuery, 'query', ArticleEnv>('query', ChartQuery, articleAllows)

/** A dataset's `from`, `to` and `category`, its categories checked against `c.var.dataset`. */
export const reportsQuery = validate<typeof ReportsQuery, 'query', DatasetEnv>('query', ReportsQuery, {
  category: {
    values: (c) => c.var.dataset.categories.map((category) => category.key),
    reason: 'is not a category in this dataset',
  },
})

/** The `:date` of one report: "latest" or a date in the calendar. */
export const reportDateParam = validate('param', ReportDateParam)
