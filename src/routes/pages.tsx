// Reader pages: the featured article at `/`, the archive, every article at its canonical address, the site icon.
import type { Context } from 'hono'
import { articleImageList } from '../data/article-images'
import type { Library } from '../domain/library'
import { type AppEnv, factory } from '../factory'
import { type ArticleEnv, articleBySlug, articleFrom } from '../http/article'
import { PAGE } from '../http/cache-control'
import { describeRoute, ofPage } from '../http/describe'
import { kept } from '../http/kept-answers'
import { html } from '../http/respond'
import { pageQuery } from '../http/validate'
import { SITE_NAME } from '../site'
import { ArchivePage } from '../views/archive-page'
import { ArticlePage } from '../views/article-page'
import { articleContext } from '../views/charts/context-data'

export function pageRoutes(library: Library) {
  const pages = factory.createApp()
  // Rendered once per address (kept answers), so the series and the images are read here, not cached again.
  const page = async (c: Context<AppEnv & ArticleEnv>) => {
    const { article, origin } = c.var
    const context = articleContext(article, await library.listDatasets(), SITE_NAME)
    const images = await articleImageList(c.env.ASSETS, origin, article.slug)
    return html(c, <ArticlePage article={article} origin={origin} images={images} context={context} />)
  }

  pages.get(
    '/',
    describeRoute(() => ({
      operationId: 'getFrontPage',
      summary: 'The featured article, as a page for readers',
      tags: ['Pages'],
      responses: { 200: ofPage('The article page.') },
    })),
    kept(PAGE),
    articleFrom(() => library.getFeatured()),
    page,
  )
  pages.get(
    '/articles',
    describeRoute(() => ({
      operationId: 'getArchivePage',
      summary: 'The archive: every article, newest first, 50 a page, as a page for readers',
      tags: ['Pages'],
      responses: {
        200: ofPage('The archive page.'),
        400: ofPage('`page` is not a whole number from 1: the reader’s error page.'),
        404: ofPage('No such page: the reader’s 404 page.'),
      },
    })),
    kept(PAGE, { query: pageQuery.names, archive: true }),
    pageQuery,
    async (c) => {
      const archive = await library.listArticles(c.req.valid('query').page)
      return archive ? html(c, <ArchivePage archive={archive} origin={c.var.origin} />) : c.notFound()
    },
  )
  pages.get(
    '/articles/:slug',
    describeRoute(() => ({
      operationId: 'getArticlePage',
      summary: 'An article at its canonical address, as a page for readers',
      tags: ['Pages'],
      responses: {
        200: ofPage('The article page.'),
        404: ofPage('No article has this slug: the reader’s 404 page.'),
      },
    })),
    kept(PAGE),
    articleBySlug(library),
    page,
  )
  return pages
}
