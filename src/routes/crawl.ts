// For crawlers and feed readers: /robots.txt, /sitemap.xml and the Atom feed /feed.xml.
import type { ArticleSummary, Library } from '../domain/library'
import { factory } from '../factory'
import { DATA } from '../http/cache-control'
import { kept } from '../http/kept-answers'
import { ATOM, send, TEXT, XML } from '../http/respond'
import { pageQuery } from '../http/validate'
import { atomFeed, robotsTxt, sitemapXml } from '../views/crawl'

/** The addresses this sub-app answers, at the root: they get the data headers (src/app.tsx). */
export const CRAWL_PATHS = ['/robots.txt', '/sitemap.xml', '/feed.xml']

export function crawlRoutes(library: Library) {
  const crawl = factory.createApp()
  crawl.get('/robots.txt', kept(DATA), (c) => send(c, robotsTxt(c.var.origin), TEXT))
  // Every article, read one archive page (50 summaries) at a time, so no list of the whole archive is ever held.
  crawl.get('/sitemap.xml', kept(DATA), async (c) => {
    const articles: ArticleSummary[] = []
    for (
      let page = 1, archive = await library.listArticles(1);
      archive;
      archive = await library.listArticles(++page)
    )
      articles.push(...archive.articles)
    return send(c, sitemapXml(articles, c.var.origin), XML)
  })
  crawl.get('/feed.xml', kept(DATA), pageQuery, async (c) => {
    const archive = await library.listArticles(c.req.valid('query').page)
    return archive ? send(c, atomFeed(archive, c.var.origin), ATOM) : c.notFound()
  })
  return crawl
}
