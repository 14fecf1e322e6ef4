// Reader pages: the featured article at `/`, every article at its canonical address, and the site icon.
import { type Context, Hono } from 'hono'
import type { Article, Library } from '../domain/library'
import { DATA, PAGE } from '../http/cache-control'
import { pageQueryParam } from '../http/page-param'
import type { Represent } from '../http/representation'
import { HTML, SVG, send } from '../http/respond'
import { articleParam } from '../http/validate'
import { ArchivePage } from '../views/archive-page'
import { ArticlePage } from '../views/article-page'
import { FAVICON_SVG } from '../views/favicon'

export function pageRoutes(library: Library, represent: Represent) {
  const pages = new Hono()
  const page = (origin: string, article: Article) =>
    represent(
      `page:${origin}:${article.slug}`,
      () => `<!DOCTYPE html>${<ArticlePage article={article} origin={origin} />}`,
    )

  pages.get('/', async (c) =>
    send(c, await page(new URL(c.req.url).origin, await library.getFeatured()), HTML, PAGE),
  )
  pages.get('/articles', pageQueryParam(), async (c) => {
    const { page } = c.req.valid('query')
    const archive = await library.listArticles(page)
    if (!archive) return c.notFound()
    const body = await represent(
      `archive:${page}`,
      () => `<!DOCTYPE html>${<ArchivePage archive={archive} />}`,
    )
    return send(c, body, HTML, PAGE)
  })
  pages.get('/articles/:slug', articleParam(library), async (c) =>
    send(c, await page(new URL(c.req.url).origin, c.req.valid('param').article), HTML, PAGE),
  )
  // Browsers ask for /favicon.ico whether or not a page links an icon; both names get the same SVG.
  const icon = async (c: Context) => send(c, await represent('favicon', () => FAVICON_SVG), SVG, DATA)
  pages.get('/favicon.svg', icon)
  pages.get('/favicon.ico', icon)
  return pages
}
