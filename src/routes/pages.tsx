// Reader pages: the featured article at `/`, the archive, every article at its canonical address, the site icon.
import { type Context, Hono } from 'hono'
import type { AppEnv } from '../app'
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
import { type ArticleImage, articleImages } from '../views/charts/images'

export function pageRoutes(library: Library) {
  const pages = new Hono<AppEnv>()
  // Worked out once per article: the images' names are fingerprints of the SVGs they are drawn from.
  const imagesByArticle = new WeakMap<Article, Promise<ArticleImage[]>>()
  const imagesOf = (article: Article) => {
    let images = imagesByArticle.get(article)
    if (!images) {
      images = articleImages(article, undefined, SITE_NAME)
      imagesByArticle.set(article, images)
    }
    return images
  }
  const page = async (c: Context<AppEnv & ArticleEnv>) => {
    const { article, origin } = c.var
    return html(c, <ArticlePage article={article} origin={origin} images={await imagesOf(article)} />)
  }

  pages.get(
    '/',
    kept(PAGE),
    articleFrom(() => library.getFeatured()),
    page,
  )
  pages.get('/articles', kept(PAGE), pageQuery, async (c) => {
    const archive = await library.listArticles(c.req.valid('query').page)
    return archive ? html(c, <ArchivePage archive={archive} origin={c.var.origin} />) : c.notFound()
  })
  pages.get('/articles/:slug', kept(PAGE), articleBySlug(library), page)
  // Browsers ask for /favicon.ico whether or not a page links an icon; both names get the same SVG.
  pages.get('/favicon.svg', kept(DATA), (c) => send(c, FAVICON_SVG, SVG))
  pages.get('/favicon.ico', kept(DATA), (c) => send(c, FAVICON_SVG, SVG))
  return pages
}
