// For crawlers and feed readers: /robots.txt, /sitemap.xml and the Atom feed /feed.xml.
import { ARCHIVE_PAGE_SIZE, type Library } from '../domain/library'
import { factory } from '../factory'
import { DATA } from '../http/cache-control'
import { BAD_QUERY, describeRoute, ofProblem, ofText } from '../http/describe'
import { kept } from '../http/kept-answers'
import { ATOM, send, TEXT, XML } from '../http/respond'
import { pageQuery } from '../http/validate'
import { atomFeed, robotsTxt, sitemapIndexXml, sitemapXml } from '../views/crawl'

/** The addresses this sub-app answers, at the root: they get the data headers (src/app.tsx). */
export const CRAWL_PATHS = ['/robots.txt', '/sitemap.xml', '/sitemaps/*', '/feed.xml']

/**
 * Article addresses per sitemap: the protocol allows 50,000, but each sitemap is read from the archive's pages, so
 * 1,000 (20 of them) keeps every request to a bounded number of reads, whatever the size of the archive.
 */
export const SITEMAP_SIZE = 1000
const ARCHIVE_PAGES_PER_SITEMAP = SITEMAP_SIZE / ARCHIVE_PAGE_SIZE

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
  // A sitemap index (sitemaps.org), so the list of sitemaps grows with the archive and each sitemap stays bounded.
  crawl.get(
    '/sitemap.xml',
    describeRoute(() => ({
      operationId: 'getSitemapIndex',
      summary: 'The sitemap index (sitemaps.org 0.9): the address of each sitemap',
      tags: ['Crawlers and feeds'],
      responses: { 200: ofText('application/xml', 'A sitemaps.org sitemapindex.') },
    })),
    kept(DATA, { archive: true }),
    async (c) => {
      const pageCount = (await library.listArticles(1))?.pageCount ?? 1
      return send(c, sitemapIndexXml(Math.ceil(pageCount / ARCHIVE_PAGES_PER_SITEMAP), c.var.origin), XML)
    },
  )
  crawl.get(
    '/sitemaps/:sitemap{[1-9][0-9]{0,6}\\.xml}',
    describeRoute(() => ({
      operationId: 'getSitemap',
      summary:
        'One sitemap, {n}.xml from 1 as the index lists them: 1,000 articles’ canonical addresses with their lastmod, newest first',
      tags: ['Crawlers and feeds'],
      responses: {
        200: ofText('application/xml', 'A sitemaps.org urlset.'),
        404: ofProblem('No sitemap has this number.'),
      },
    })),
    kept(DATA, { archive: true }),
    async (c) => {
      const sitemap = Number.parseInt(c.req.param('sitemap'), 10)
      const first = (sitemap - 1) * ARCHIVE_PAGES_PER_SITEMAP + 1
      const pages = await Promise.all(
        Array.from({ length: ARCHIVE_PAGES_PER_SITEMAP }, (_, i) => library.listArticles(first + i)),
      )
      if (!pages[0]) return c.notFound()
      return send(
        c,
        sitemapXml(
          pages.flatMap((page) => page?.articles ?? []),
          c.var.origin,
        ),
        XML,
      )
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
