// Reader pages: the featured article at `/` and every article at its canonical address.
import { Hono } from 'hono'
import type { Article, Library } from '../domain/library'
import { PAGE } from '../http/cache-control'
import type { Represent } from '../http/representation'
import { HTML, send } from '../http/respond'
import { articleParam } from '../http/validate'
import { ArticlePage } from '../views/article-page'

export function pageRoutes(library: Library, represent: Represent) {
  const pages = new Hono()
  const page = (origin: string, article: Article) =>
    represent(
      `page:${origin}:${article.slug}`,
      () => `<!DOCTYPE html>${<ArticlePage article={article} origin={origin} />}`,
    )

  pages.get('/', async (c) => send(c, await page(new URL(c.req.url).origin, library.featured), HTML, PAGE))
  pages.get('/articles/:slug', articleParam(library), async (c) =>
    send(c, await page(new URL(c.req.url).origin, c.req.valid('param').article), HTML, PAGE),
  )
  return pages
}
