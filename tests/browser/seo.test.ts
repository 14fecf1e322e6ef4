// Lighthouse's SEO audits, checked by hand in Chromium on every reader page (Lighthouse itself runs on the article
// pages only, lighthouse.test.ts): a title,
// a meta description, a 200, crawlable (no noindex, robots.txt allows it), descriptive link text, crawlable
// anchors, alt text, a valid canonical, legible font sizes, a viewport, and JSON-LD that parses.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type OpenedPage, openPage } from './checks'
import { readerPages } from './routes'
import { origin, skip, slugs, useBrowser } from './suite'

/** Lighthouse's list of link texts that say nothing about where a link goes (link-text audit, English). */
const VAGUE_LINK_TEXT = [
  'click here',
  'click this',
  'go',
  'here',
  'information',
  'learn more',
  'more',
  'more info',
  'more information',
  'right here',
  'read more',
  'see more',
  'start',
  'this',
]

describe.skipIf(skip)('SEO, as Lighthouse audits it', () => {
  const browser = useBrowser()

  it('robots.txt is valid and allows every reader page', async () => {
    const res = await fetch(`${origin}/robots.txt`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/)
    const lines = (await res.text()).split('\n').filter((l) => l.trim() && !l.startsWith('#'))
    for (const line of lines) expect(line).toMatch(/^(User-agent|Allow|Disallow|Sitemap):\s*\S/)
    expect(lines.filter((l) => /^Disallow:\s*\//.test(l))).toEqual([])
  })

  describe.each(readerPages(slugs).filter((p) => p.status === 200))('GET $path', ({ path }) => {
    let opened: OpenedPage
    let headers: Headers
    beforeAll(async () => {
      headers = (await fetch(`${origin}${path}`)).headers
      opened = await openPage(browser(), `${origin}${path}`, { width: 360 })
    })
    afterAll(() => opened?.close())

    it('has a title, a meta description and a viewport, and may be indexed', async () => {
      const head = await opened.page.evaluate(() => ({
        title: document.title.trim(),
        description: document.querySelector('meta[name=description]')?.getAttribute('content')?.trim(),
        viewport: document.querySelector('meta[name=viewport]')?.getAttribute('content'),
        robots: [...document.querySelectorAll('meta[name=robots], meta[name=googlebot]')].map((m) =>
          m.getAttribute('content'),
        ),
        lang: document.documentElement.lang,
      }))
      expect(head.title.length).toBeGreaterThan(10)
      expect(head.description?.length ?? 0).toBeGreaterThan(50)
      expect(head.viewport).toContain('width=device-width')
      expect(head.robots.filter((r) => /noindex|none/i.test(r ?? ''))).toEqual([])
      expect(headers.get('x-robots-tag') ?? '').not.toMatch(/noindex|none/i)
      expect(head.lang).toBe('en')
    })

    it('has one absolute canonical on this origin, to a page that answers 200', async () => {
      const canonicals = await opened.page.evaluate(() =>
        [...document.querySelectorAll('link[rel=canonical]')].map((l) => l.getAttribute('href') ?? ''),
      )
      expect(canonicals).toHaveLength(1)
      const canonical = new URL(canonicals[0] as string)
      expect(canonical.origin).toBe(origin)
      // The front page's canonical is the featured article's own address; Lighthouse fails a deeper page that
      // names the site's root instead.
      if (path !== '/') expect(canonical.pathname).not.toBe('/')
      expect((await fetch(canonical)).status).toBe(200)
    })

    it('has descriptive link text, crawlable anchors and alt text on every image', async () => {
      const found = await opened.page.evaluate(() => ({
        links: [...document.querySelectorAll('a')].map((a) => ({
          text: (a.textContent ?? '').trim().toLowerCase(),
          href: a.getAttribute('href'),
        })),
        images: [...document.querySelectorAll('img')].map((img) => img.getAttribute('alt')),
      }))
      for (const link of found.links) {
        expect(VAGUE_LINK_TEXT, link.text).not.toContain(link.text)
        expect(link.text.length, link.href ?? '').toBeGreaterThan(0)
        expect(link.href ?? '', link.text).toMatch(/^(https?:\/\/|\/|#\w)/)
      }
      expect(found.images.filter((alt) => alt === null)).toEqual([])
    })

    it('is legible: at least 60% of the text is 12 px or larger', async () => {
      const share = await opened.page.evaluate(() => {
        let small = 0
        let all = 0
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const length = node.textContent?.trim().length ?? 0
          const parent = node.parentElement
          if (!length || !parent?.checkVisibility()) continue
          all += length
          if (Number.parseFloat(getComputedStyle(parent).fontSize) < 12) small += length
        }
        return (all - small) / all
      })
      expect(share).toBeGreaterThanOrEqual(0.6)
    })

    it('carries JSON-LD that parses; an article page’s has a NewsArticle', async () => {
      const blocks = await opened.page.evaluate(() =>
        [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? ''),
      )
      const types = blocks.flatMap((block) =>
        (JSON.parse(block) as { '@graph': { '@type': string }[] })['@graph'].map((n) => n['@type']),
      )
      // The archive lists articles; every other reader page that answers 200 is one.
      if (path !== '/articles') expect(types).toContain('NewsArticle')
    })
  })
})
