// What crawlers and feed readers fetch, parsed back with an XML parser (@xmldom/xmldom), not read as text:
// robots.txt, the sitemap (sitemaps.org 0.9) and the Atom feed (RFC 4287).
import { DOMParser, type Element } from '@xmldom/xmldom'
import { describe, expect, it } from 'vitest'
import { createApp } from '../src/app'
import type { Library } from '../src/domain/library'
import { styleSources } from '../src/http/security'
import { expectDataHeaders } from './header-sets'
import { appFor, DRONE_CHANGED, dataWithFixture, FEATURED, fetchWorker, ORIGIN } from './helpers'
import { TEST_CHANGED } from './real-data'

/** When the test data says each article changed: the featured one, and the drone fixture (the other). */
const changed = (slug: string) => (slug === FEATURED ? TEST_CHANGED : DRONE_CHANGED)

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9'
const ATOM_NS = 'http://www.w3.org/2005/Atom'

/** A strict parse: any well-formedness error throws. */
function parseXml(text: string) {
  const doc = new DOMParser({
    onError: (level, message) => {
      throw new Error(`${level}: ${message}`)
    },
  }).parseFromString(text, 'application/xml')
  return doc.documentElement as Element
}

const children = (el: Element, ns: string, name: string) =>
  Array.from(el.getElementsByTagNameNS(ns, name)).filter((c) => c.parentNode === el) as Element[]
const text = (el: Element, ns: string, name: string) => children(el, ns, name)[0]?.textContent ?? null

async function get(path: string, app?: Awaited<ReturnType<typeof appFor>>) {
  const res = app ? await app.request(`${ORIGIN}${path}`) : await fetchWorker(path)
  expect(res.status, path).toBe(200)
  return res
}

describe('GET /robots.txt', () => {
  it('is text/plain, allows everything and names the sitemap by its absolute address', async () => {
    const res = await get('/robots.txt')
    expect(res.headers.get('Content-Type')).toBe('text/plain; charset=utf-8')
    const lines = (await res.text()).split('\n')
    expect(lines).toContain('User-agent: *')
    expect(lines).toContain('Allow: /')
    expect(lines.filter((l) => /^Disallow:\s*\S/.test(l))).toEqual([])
    expect(lines).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`)
  })
})

/** The `<loc>` and `<lastmod>` of each entry of a sitemap (urlset) or sitemap index. */
function entries(root: Element, entry: 'url' | 'sitemap') {
  return children(root, SITEMAP_NS, entry).map((el) => ({
    loc: text(el, SITEMAP_NS, 'loc'),
    lastmod: text(el, SITEMAP_NS, 'lastmod'),
  }))
}

/** A library of `count` made-up article summaries, 50 an archive page as the real one cuts them. */
function archiveOf(count: number): Library {
  const summaries = Array.from({ length: count }, (_, i) => ({
    slug: `article-${i + 1}`,
    headline: `Article ${i + 1}`,
    description: 'A made-up summary.',
    figuresAsOf: '2022-09-14',
    publisher: { name: 'Gazette', url: 'https://gazette.example/' },
    updated: '2026-12-01T10:00:00Z',
  }))
  const pageCount = Math.max(1, Math.ceil(count / 50))
  const unused = () => Promise.reject(new Error('not read by the crawler files'))
  return {
    listArticles: async (page = 1) =>
      page >= 1 && page <= pageCount
        ? { page, pageCount, total: count, articles: summaries.slice((page - 1) * 50, page * 50) }
        : undefined,
    getFeatured: unused,
    getArticle: unused,
    getDataset: unused,
    listDatasets: unused,
  }
}

describe('GET /sitemap.xml and /sitemaps/{n}.xml', () => {
  it('is a sitemap index whose one sitemap lists every article’s canonical address and when its data last changed', async () => {
    const app = await appFor(dataWithFixture())
    const res = await get('/sitemap.xml', app)
    expect(res.headers.get('Content-Type')).toBe('application/xml; charset=utf-8')
    const index = parseXml(await res.text())
    expect([index.namespaceURI, index.localName]).toEqual([SITEMAP_NS, 'sitemapindex'])
    expect(entries(index, 'sitemap')).toEqual([{ loc: `${ORIGIN}/sitemaps/1.xml`, lastmod: null }])
    const sitemap = parseXml(await (await get('/sitemaps/1.xml', app)).text())
    expect([sitemap.namespaceURI, sitemap.localName]).toEqual([SITEMAP_NS, 'urlset'])
    const urls = entries(sitemap, 'url')
    const listed = (await (await app.request(`${ORIGIN}/api/v1/articles`)).json()) as {
      articles: { slug: string }[]
    }
    expect(urls).toEqual(
      listed.articles.map((a) => ({ loc: `${ORIGIN}/articles/${a.slug}`, lastmod: changed(a.slug) })),
    )
    expect(urls).toHaveLength(2)
    // Each address is the page's own canonical one.
    for (const { loc } of urls) {
      const page = await (await app.request(loc as string)).text()
      expect(page).toContain(`<link rel="canonical" href="${loc}"/>`)
    }
  })

  it('splits 2,345 articles into sitemaps of at most 1,000 addresses, each article in exactly one', async () => {
    const app = createApp({ library: archiveOf(2345), styles: await styleSources() })
    const index = parseXml(await (await get('/sitemap.xml', app)).text())
    const sitemaps = entries(index, 'sitemap').map((e) => e.loc)
    expect(sitemaps).toEqual([1, 2, 3].map((n) => `${ORIGIN}/sitemaps/${n}.xml`))
    const listed: string[] = []
    for (const loc of sitemaps) {
      const urls = entries(parseXml(await (await get(new URL(loc as string).pathname, app)).text()), 'url')
      // The protocol's limit is 50,000; these stay far under it so each is a bounded number of reads.
      expect(urls.length).toBeLessThanOrEqual(1000)
      listed.push(...urls.map((u) => u.loc as string))
    }
    expect(listed).toEqual(Array.from({ length: 2345 }, (_, i) => `${ORIGIN}/articles/article-${i + 1}`))
  })

  it.each(['/sitemaps/4.xml', '/sitemaps/0.xml', '/sitemaps/01.xml', '/sitemaps/one.xml', '/sitemaps/1.txt'])(
    'answers 404 for %s, past the last sitemap or not a sitemap’s name',
    async (path) => {
      const app = createApp({ library: archiveOf(2345), styles: await styleSources() })
      expect((await app.request(`${ORIGIN}${path}`)).status).toBe(404)
    },
  )
})

describe('GET /feed.xml', () => {
  it('is an Atom feed: id, title, updated, the site as author, an entry per article', async () => {
    const app = await appFor(dataWithFixture())
    const res = await get('/feed.xml', app)
    expect(res.headers.get('Content-Type')).toBe('application/atom+xml; charset=utf-8')
    const feed = parseXml(await res.text())
    expect([feed.namespaceURI, feed.localName]).toEqual([ATOM_NS, 'feed'])
    expect(text(feed, ATOM_NS, 'id')).toBe(`${ORIGIN}/feed.xml`)
    expect(text(feed, ATOM_NS, 'title')).toBe('Russia-Ukraine war: figures and sources')
    const author = children(feed, ATOM_NS, 'author')[0] as Element
    expect(text(author, ATOM_NS, 'name')).toBe('Russia-Ukraine war: figures and sources')
    const self = children(feed, ATOM_NS, 'link').find((l) => l.getAttribute('rel') === 'self')
    expect(self?.getAttribute('href')).toBe(`${ORIGIN}/feed.xml`)
    const entries = children(feed, ATOM_NS, 'entry')
    expect(entries).toHaveLength(2)
    const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/
    for (const entry of entries) {
      for (const name of ['id', 'title', 'updated', 'summary'])
        expect(text(entry, ATOM_NS, name), name).toMatch(/\S/)
      expect(text(entry, ATOM_NS, 'updated')).toMatch(rfc3339)
      // The time the data says the article changed, never a midnight made up from a date.
      const slug = (text(entry, ATOM_NS, 'id') ?? '').split('/').at(-1) ?? ''
      expect(text(entry, ATOM_NS, 'updated'), slug).toBe(changed(slug))
      const link = children(entry, ATOM_NS, 'link').find((l) => l.getAttribute('rel') === 'alternate')
      expect(link?.getAttribute('href')).toBe(text(entry, ATOM_NS, 'id'))
    }
    const featured = entries.find((e) => text(e, ATOM_NS, 'id') === `${ORIGIN}/articles/${FEATURED}`)
    expect(text(featured as Element, ATOM_NS, 'title')).toBe(
      "Ukraine's military says Russia lost 350 troops in one day, bringing its count to about 53,650",
    )
    // The article's words are International Business Times's (facts.md): named as the entry's contributor.
    const contributor = children(featured as Element, ATOM_NS, 'contributor')
    expect(contributor).toHaveLength(1)
    expect(text(contributor[0] as Element, ATOM_NS, 'name')).toBe('International Business Times')
    expect(text(contributor[0] as Element, ATOM_NS, 'uri')).toBe('https://www.ibtimes.com/')
    for (const entry of entries)
      expect(children(entry, ATOM_NS, 'contributor'), 'every entry').toHaveLength(1)
    // The feed was last updated when its newest entry was.
    expect(text(feed, ATOM_NS, 'updated')).toBe([TEST_CHANGED, DRONE_CHANGED].sort().at(-1))
  })

  it('is linked from every reader page, the 404 page included', async () => {
    for (const path of ['/', `/articles/${FEATURED}`, '/no-such-page']) {
      const html = await (await fetchWorker(path)).text()
      expect(html, path).toMatch(
        /<link rel="alternate" type="application\/atom\+xml" href="\/feed.xml" title="[^"]+"\/>/,
      )
    }
  })
})

describe.each(['/robots.txt', '/sitemap.xml', '/sitemaps/1.xml', '/feed.xml'])('GET %s', (path) => {
  it('has the data headers, CORS, caching and a strong ETag, like every other route', async () => {
    const res = await get(path)
    expectDataHeaders(res)
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=3600, stale-while-revalidate=86400')
    const etag = res.headers.get('ETag') ?? ''
    expect(etag).toMatch(/^"[\w-]+"$/)
    const again = await fetchWorker(path, { headers: { 'If-None-Match': etag } })
    expect(again.status).toBe(304)
    const head = await fetchWorker(path, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.headers.get('ETag')).toBe(etag)
  })
})
