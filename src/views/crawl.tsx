// What crawlers and feed readers fetch: robots.txt, the sitemap (sitemaps.org) and the Atom feed (RFC 4287).
// The XML is written with hono/jsx like every other markup here, so every text and address is escaped.
import type { ArchivePage, ArticleSummary } from '../domain/library'
import { SITE_NAME } from '../site'
import { articleUrls } from './urls'

/** Where crawlers find the sitemap and the feed, on every origin the Worker answers. */
const crawlUrls = (origin: string) => ({
  sitemap: `${origin}/sitemap.xml`,
  feed: `${origin}/feed.xml`,
})

/** Everything may be crawled: the embeds say `noindex` themselves, and the API is public data. */
export function robotsTxt(origin: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${crawlUrls(origin).sitemap}\n`
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n'

/** The sitemap index: the address of each sitemap, 1 to `count`. */
export function sitemapIndexXml(count: number, origin: string): string {
  const sitemaps = Array.from({ length: count }, (_, i) => (
    <sitemap>
      <loc>{`${origin}/sitemaps/${i + 1}.xml`}</loc>
    </sitemap>
  ))
  return `${XML_DECLARATION}${<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{sitemaps}</sitemapindex>}`
}

/** A sitemap: each article's canonical address, and when its data last changed here. */
export function sitemapXml(articles: ArticleSummary[], origin: string): string {
  const urls = articles.map((article) => (
    <url>
      <loc>{articleUrls(origin, article.slug).page}</loc>
      <lastmod>{article.updated}</lastmod>
    </url>
  ))
  return `${XML_DECLARATION}${<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>}`
}

/** The feed's own address for one archive page: page 1 is the feed itself. */
const feedPage = (origin: string, page: number) =>
  page === 1 ? crawlUrls(origin).feed : `${crawlUrls(origin).feed}?page=${page}`

/**
 * The Atom feed: the site as author, one entry per article of one archive page (newest figures first), linked
 * to the next and previous pages as RFC 5005 pages a feed, so a reader of a 10,000-article archive gets 50 at a time.
 */
export function atomFeed(archive: ArchivePage, origin: string): string {
  // The newest of its entries' times (RFC 3339 in UTC sorts as text); an empty archive's first page has none.
  const updated =
    archive.articles
      .map((a) => a.updated)
      .sort()
      .at(-1) ?? '1970-01-01T00:00:00Z'
  const { feed } = crawlUrls(origin)
  const entries = archive.articles.map((article) => {
    const page = articleUrls(origin, article.slug).page
    return (
      <entry>
        <id>{page}</id>
        <title>{article.headline}</title>
        <updated>{article.updated}</updated>
        <summary>{article.description}</summary>
        <link rel="alternate" type="text/html" href={page} />
        {/* The article's words are its original publisher's; the page around them is this site's (the author). */}
        <contributor>
          <name>{article.publisher.name}</name>
          <uri>{article.publisher.url}</uri>
        </contributor>
      </entry>
    )
  })
  return `${XML_DECLARATION}${(
    <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
      <id>{feed}</id>
      <title>{SITE_NAME}</title>
      <subtitle>Articles and the figures behind them, each figure attributed to who claims it.</subtitle>
      <updated>{updated}</updated>
      <author>
        <name>{SITE_NAME}</name>
        <uri>{`${origin}/`}</uri>
      </author>
      <link rel="self" type="application/atom+xml" href={feedPage(origin, archive.page)} />
      <link rel="alternate" type="text/html" href={`${origin}/`} />
      {archive.page > 1 && <link rel="previous" href={feedPage(origin, archive.page - 1)} />}
      {archive.page < archive.pageCount && <link rel="next" href={feedPage(origin, archive.page + 1)} />}
      {entries}
    </feed>
  )}`
}
