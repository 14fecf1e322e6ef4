// For crawlers and feed readers: /robots.txt, /sitemap.xml and the Atom feed /feed.xml.
import { ARCHIVE_PAGE_SIZE, type Library } from '../domain/library'
import { factory } from '../factory'
import { DATA } from '../http/cache-control'
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
  crawl.get('/robots.txt', kept(DATA), (c) => send(c, robotsTxt(c.var.origin), TEXT))
  // A sitemap index (sitemaps.org), so the list of sitemaps grows with the archive and each sitemap stays bounded.
  crawl.get('/sitemap.xml', kept(DATA), async (c) => {
    const pageCount = (await library.listArticles(1))?.pageCount ?? 1
    return send(c, sitemapIndexXml(Math.ceil(pageCount / ARCHIVE_PAGES_PER_SITEMAP), c.var.origin), XML)
  })
  crawl.get('/sitemaps/:file{[1-9][0-9]{0,6}\\.xml}', kept(DATA), async (c) => {
    const sitemap = Number.parseInt(c.req.param('file'), 10)
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
  })
  crawl.get('/feed.xml', kept(DATA), pageQuery, async (c) => {
    const archive = await library.listArticles(c.req.valid('query').page)
    return archive ? send(c, atomFeed(archive, c.var.origin), ATOM) : c.notFound()
  })
  return crawl
}
