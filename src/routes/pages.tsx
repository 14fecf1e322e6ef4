// Reader pages: the featured article at `/`, the archive, every article at its canonical address, the site icon.
import { type Context, Hono } from 'hono'
import type { AppEnv } from '../app'
import { imageLists } from '../data/article-images'
import type { Article, Library } from '../domain/library'
import { type ArticleEnv, articleBySlug, articleFrom } from '../http/article'
import { DATA, PAGE } from '../http/cache-control'
import { kept } from '../http/kept-answers'
import { pageQuery } from '../http/page-param'
import { html, SVG, send } from '../http/respond'
import { SITE_NAME } from '../site'
import FAVICON_SVG from '../static/favicon.svg'
import { ArchivePage } from '../views/archive-page'
import { ArticlePage } from '../views/article-page'
import { type ArticleContext, articleContext } from '../views/charts/context-data'

export function pageRoutes(library: Library) {
  const pages = new Hono<AppEnv>()
  // Worked out once per article: the series that gives it context.
  const extrasByArticle = new WeakMap<Article, Promise<{ context?: ArticleContext }>>()
  const extrasOf = (article: Article) => {
    let extras = extrasByArticle.get(article)
    if (!extras) {
      extras = (async () => {
        const context = articleContext(article, await library.listDatasets(), SITE_NAME)
        return { context }
      })()
      extrasByArticle.set(article, extras)
    }
    return extras
  }
  const readImages = imageLists()
  const page = async (c: Context<AppEnv & ArticleEnv>) => {
    const { article, origin } = c.var
    const { context } = await extrasOf(article)
    const images = await readImages((c.env as Partial<Env> | undefined)?.ASSETS, origin, article.slug)
    return html(c, <ArticlePage article={article} origin={origin} images={images} context={context} />)
  }

  pages.get(
    '/',
    kept(PAGE),
    articleFrom(() => library.getFeatured()),
    page,
  )
  pages.get('/articles', kept(PAGE), pageQuery, async (c) => {
    const archive = await library.listArticles(c.req.valid('query').page)
    return archive ? html(c, <ArchivePage archive={archive} />) : c.notFound()
  })
  pages.get('/articles/:slug', kept(PAGE), articleBySlug(library), page)
  // Browsers ask for /favicon.ico whether or not a page links an icon; both names get the same SVG.
  pages.get('/favicon.svg', kept(DATA), (c) => send(c, FAVICON_SVG, SVG))
  pages.get('/favicon.ico', kept(DATA), (c) => send(c, FAVICON_SVG, SVG))
  return pages
}
