// Reader pages: the featured article at `/`, every article at its canonical address, and the site icon.
import { type Context, Hono } from 'hono'
import type { Article, Library } from '../domain/library'
import { DATA, PAGE } from '../http/cache-control'
import type { Represent } from '../http/representation'
import { HTML, SVG, send } from '../http/respond'
import { articleParam } from '../http/validate'
import { ArticlePage } from '../views/article-page'
import { type ArticleImage, articleImages } from '../views/charts/images'
import { FAVICON_SVG } from '../views/favicon'
import { PROVIDER_NAME } from '../views/oembed'

export function pageRoutes(library: Library, represent: Represent) {
  const pages = new Hono()
  // Worked out once per article: the images' names are fingerprints of the SVGs they are drawn from.
  const imagesByArticle = new Map<Article, Promise<ArticleImage[]>>()
  const imagesOf = (article: Article) => {
    let images = imagesByArticle.get(article)
    if (!images) {
      images = articleImages(article, undefined, PROVIDER_NAME)
      imagesByArticle.set(article, images)
    }
    return images
  }
  const page = async (origin: string, article: Article) => {
    const images = await imagesOf(article)
    return represent(
      `page:${origin}:${article.slug}`,
      () => `<!DOCTYPE html>${<ArticlePage article={article} origin={origin} images={images} />}`,
    )
  }

  pages.get('/', async (c) => send(c, await page(new URL(c.req.url).origin, library.featured), HTML, PAGE))
  pages.get('/articles/:slug', articleParam(library), async (c) =>
    send(c, await page(new URL(c.req.url).origin, c.req.valid('param').article), HTML, PAGE),
  )
  // Browsers ask for /favicon.ico whether or not a page links an icon; both names get the same SVG.
  const icon = async (c: Context) => send(c, await represent('favicon', () => FAVICON_SVG), SVG, DATA)
  pages.get('/favicon.svg', icon)
  pages.get('/favicon.ico', icon)
  return pages
}
