// For crawlers and feed readers: /robots.txt, /sitemap.xml and the Atom feed /feed.xml.
import type { ArticleSummary, Library } from '../domain/library'
import { factory } from '../factory'
import { DATA } from '../http/cache-control'
import { BAD_QUERY, describeRoute, ofProblem, ofText } from '../http/describe'
import { kept } from '../http/kept-answers'
import { ATOM, send, TEXT, XML } from '../http/respond'
import { pageQuery } from '../http/validate'
import { atomFeed, robotsTxt, sitemapXml } from '../views/crawl'

/** The addresses this sub-app answers, at the root: they get the data headers (src/app.tsx). */
export const CRAWL_PATHS = ['/robots.txt', '/sitemap.xml', '/feed.xml']

export function crawlRoutes(library: Library) {
  const crawl = factory.createApp()
  crawl.get(
    '/robots.txt',
    describeRoute(() => ({
      operationId: 'getRobots',
      summary: 'For crawlers: everything may be crawled; names the sitemap',
      tags: ['Crawlers and feeds'],
      responses: { 200: ofText('text/plain', 'robots.txt (RFC 9309).') },
    })),
    kept(DATA, { archive: true }),
    (c) => send(c, robotsTxt(c.var.origin), TEXT),
  )
  // Every article, read one archive page (50 summaries) at a time, so no list of the whole archive is ever held.
  crawl.get(
    '/sitemap.xml',
    describeRoute(() => ({
      operationId: 'getSitemap',
      summary: 'Every article’s canonical address with its lastmod (sitemaps.org 0.9)',
      tags: ['Crawlers and feeds'],
      responses: { 200: ofText('application/xml', 'A sitemaps.org urlset.') },
    })),
    kept(DATA, { archive: true }),
    async (c) => {
      const articles: ArticleSummary[] = []
      for (
        let page = 1, archive = await library.listArticles(1);
        archive;
        archive = await library.listArticles(++page)
      )
        articles.push(...archive.articles)
      return send(c, sitemapXml(articles, c.var.origin), XML)
    },
  )
  crawl.get(
    '/feed.xml',
    describeRoute(() => ({
      operationId: 'getFeed',
      summary:
        'An Atom feed (RFC 4287): an entry per article, 50 a page, newest first, paged as RFC 5005 says',
      tags: ['Crawlers and feeds'],
      responses: {
        200: ofText('application/atom+xml', 'An Atom feed.'),
        400: BAD_QUERY,
        404: ofProblem('No such page.'),
      },
    })),
    kept(DATA, { query: pageQuery.names, archive: true }),
    pageQuery,
    async (c) => {
      const archive = await library.listArticles(c.req.valid('query').page)
      return archive ? send(c, atomFeed(archive, c.var.origin), ATOM) : c.notFound()
    },
  )
  return crawl
}
