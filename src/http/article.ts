// The request's article, looked up once by a middleware and read by everything after it as `c.var.article`.
import type { Context } from 'hono'
import { createMiddleware } from 'hono/factory'
import * as v from 'valibot'
import { Id } from '../data/primitives'
import type { Article, Library } from '../domain/library'
import { documents } from './describe'

export type ArticleEnv = { Variables: { article: Article } }

type Find = (c: Context) => Article | undefined | Promise<Article | undefined>

/**
 * Looks up the request's article with `find` and sets `c.var.article`, or answers 404 through the app's notFound.
 * @example pages.get('/', articleFrom(() => library.getFeatured()), (c) => html(c, <ArticlePage article={c.var.article} />))
 */
export function articleFrom(find: Find) {
  return createMiddleware<ArticleEnv>(async (c, next) => {
    const article = await find(c)
    if (!article) return c.notFound()
    c.set('article', article)
    await next()
  })
}

const SlugParam = v.object({
  slug: v.pipe(Id, v.description('The article’s slug, as in its address /articles/{slug}.')),
})

/**
 * The article the `:slug` path parameter names; a slug that cannot be one is unknown too (404).
 * @example api.get('/articles/:slug', articleBySlug(library), (c) => json(c, articleJson(c.var.article, origin)))
 */
export function articleBySlug(library: Library) {
  const bySlug = articleFrom((c) => {
    const slug = c.req.param('slug')
    return v.is(Id, slug) ? library.getArticle(slug) : undefined
  })
  return documents(bySlug, 'param', SlugParam)
}
