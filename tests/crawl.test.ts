// What crawlers and feed readers fetch, parsed back with an XML parser (@xmldom/xmldom), not read as text:
// robots.txt, the sitemap (sitemaps.org 0.9) and the Atom feed (RFC 4287).
import { DOMParser, type Element } from '@xmldom/xmldom'
import { describe, expect, it } from 'vitest'
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

describe('GET /sitemap.xml', () => {
  it('is a sitemaps.org urlset with every article’s canonical address and when its data last changed', async () => {
    const app = await appFor(dataWithFixture())
    const res = await get('/sitemap.xml', app)
    expect(res.headers.get('Content-Type')).toBe('application/xml; charset=utf-8')
    const root = parseXml(await res.text())
    expect([root.namespaceURI, root.localName]).toEqual([SITEMAP_NS, 'urlset'])
    const entries = children(root, SITEMAP_NS, 'url').map((url) => ({
      loc: text(url, SITEMAP_NS, 'loc'),
      lastmod: text(url, SITEMAP_NS, 'lastmod'),
    }))
    const listed = (await (await app.request(`${ORIGIN}/api/v1/articles`)).json()) as {
      articles: { slug: string }[]
    }
    expect(entries).toEqual(
      listed.articles.map((a) => ({ loc: `${ORIGIN}/articles/${a.slug}`, lastmod: changed(a.slug) })),
    )
    expect(entries).toHaveLength(2)
    // Each address is the page's own canonical one.
    for (const { loc } of entries) {
      const page = await (await app.request(loc as string)).text()
      expect(page).toContain(`<link rel="canonical" href="${loc}"/>`)
    }
  })
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

describe.each(['/robots.txt', '/sitemap.xml', '/feed.xml'])('GET %s', (path) => {
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
