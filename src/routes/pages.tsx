// Reader pages: the featured article at `/`, every article at its canonical address, and the site icon.
import { Hono } from 'hono'
import type { AppEnv } from '../app'
import type { Library } from '../domain/library'
import { articleBySlug, articleFrom } from '../http/article'
import { DATA, PAGE } from '../http/cache-control'
import { kept } from '../http/kept-answers'
import { html, SVG, send } from '../http/respond'
import FAVICON_SVG from '../static/favicon.svg'
import { ArticlePage } from '../views/article-page'

export function pageRoutes(library: Library) {
  const pages = new Hono<AppEnv>()

  pages.get(
    '/',
    kept(PAGE),
    articleFrom(() => library.featured),
    (c) => html(c, <ArticlePage article={c.var.article} origin={c.var.origin} />),
  )
  pages.get('/articles/:slug', kept(PAGE), articleBySlug(library), (c) =>
    html(c, <ArticlePage article={c.var.article} origin={c.var.origin} />),
  )
  // Browsers ask for /favicon.ico whether or not a page links an icon; both names get the same SVG.
  pages.get('/favicon.svg', kept(DATA), (c) => send(c, FAVICON_SVG, SVG))
  pages.get('/favicon.ico', kept(DATA), (c) => send(c, FAVICON_SVG, SVG))
  return pages
}
