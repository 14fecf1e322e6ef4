// For crawlers and feed readers: /robots.txt, /sitemap.xml and the Atom feed /feed.xml.
import { Hono } from 'hono'
import type { AppEnv } from '../app'
import type { Library } from '../domain/library'
import { DATA } from '../http/cache-control'
import { kept } from '../http/kept-answers'
import { ATOM, send, TEXT, XML } from '../http/respond'
import { atomFeed, robotsTxt, sitemapXml } from '../views/crawl'

/** The addresses this sub-app answers, at the root: they get the data headers (src/app.tsx). */
export const CRAWL_PATHS = ['/robots.txt', '/sitemap.xml', '/feed.xml']

export function crawlRoutes(library: Library) {
  const crawl = new Hono<AppEnv>()
  crawl.get('/robots.txt', kept(DATA), (c) => send(c, robotsTxt(c.var.origin), TEXT))
  crawl.get('/sitemap.xml', kept(DATA), (c) => send(c, sitemapXml(library.listArticles(), c.var.origin), XML))
  crawl.get('/feed.xml', kept(DATA), (c) => send(c, atomFeed(library.listArticles(), c.var.origin), ATOM))
  return crawl
}
