// Reader pages: the featured article at `/`, the archive, every article at its canonical address, the site icon.
import { Hono } from 'hono'
import type { AppEnv } from '../app'
import type { Library } from '../domain/library'
import { articleBySlug, articleFrom } from '../http/article'
import { DATA, PAGE } from '../http/cache-control'
import { kept } from '../http/kept-answers'
import { pageQuery } from '../http/page-param'
import { html, SVG, send } from '../http/respond'
import { ArchivePage } from '../views/archive-page'
import { ArticlePage } from '../views/article-page'
import { FAVICON_SVG } from '../views/favicon'

export function pageRoutes(library: Library) {
  const pages = new Hono<AppEnv>()

  pages.get(
    '/',
    kept(PAGE),
    articleFrom(() => library.getFeatured()),
    (c) => html(c, <ArticlePage article={c.var.article} origin={c.var.origin} />),
  )
  pages.get('/articles', kept(PAGE), pageQuery, async (c) => {
    const archive = await library.listArticles(c.req.valid('query').page)
    return archive ? html(c, <ArchivePage archive={archive} />) : c.notFound()
  })
  pages.get('/articles/:slug', kept(PAGE), articleBySlug(library), (c) =>
    html(c, <ArticlePage article={c.var.article} origin={c.var.origin} />),
  )
  // Browsers ask for /favicon.ico whether or not a page links an icon; both names get the same SVG.
  pages.get('/favicon.svg', kept(DATA), (c) => send(c, FAVICON_SVG, SVG))
  pages.get('/favicon.ico', kept(DATA), (c) => send(c, FAVICON_SVG, SVG))
  return pages
}
