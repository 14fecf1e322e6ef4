import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import seed from './fixtures/seed-article.txt?raw'
import { headersFileFor } from './headers-file'
import { appFor, dataAnswerHeaders, dataWithFixture, FEATURED, fetchWorker, ORIGIN } from './helpers'

/** The text a reader sees: tags dropped, the entities hono/jsx writes decoded. */
function visibleText(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, '')
    .replaceAll('&#39;', "'")
    .replaceAll('&quot;', '"')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&')
}

const SEED_LINES = seed
  .split('\n')
  .map((line) => line.replace(/^\s*•\s*/, '').trim())
  .filter((line) => line && line !== 'KEY POINTS')
/** The seed's first and last lines are photo captions; the page gives them in an end note, after the text. */
const CAPTIONS = [SEED_LINES[0], SEED_LINES.at(-1)] as string[]
const TEXT_LINES = SEED_LINES.slice(1, -1)

describe('GET /', () => {
  it('serves the featured article as an HTML page', async () => {
    const res = await fetchWorker('/')
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8')
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=300, stale-while-revalidate=86400')
    expect(res.headers.get('ETag')).toMatch(/^"[\w-]{24}"$/)
    const html = await res.text()
    expect(html).toMatch(/^<!DOCTYPE html><html lang="en">/)
    expect(html).toContain(`<link rel="canonical" href="https://example.com/articles/${FEATURED}"/>`)
  })

  it('contains every sentence of the seed article verbatim, in order, then its photo captions as an end note', async () => {
    const text = visibleText(await (await fetchWorker('/')).text())
    expect(SEED_LINES).toHaveLength(18)
    let from = 0
    for (const line of [
      ...TEXT_LINES,
      'Photo captions in the original article (photos not reproduced)',
      ...CAPTIONS,
    ]) {
      const at = text.indexOf(line, from)
      expect(at, line).toBeGreaterThanOrEqual(0)
      from = at + line.length
    }
  })
})

describe('GET /articles/{slug}', () => {
  it('serves the same page as / at its canonical address', async () => {
    const [home, article] = await Promise.all([fetchWorker('/'), fetchWorker(`/articles/${FEATURED}`)])
    expect(article.status).toBe(200)
    expect(article.headers.get('ETag')).toBe(home.headers.get('ETag'))
  })

  it('is semantic: one h1, landmarks, a captioned figures table with header cells, <time> dates', async () => {
    const html = await (await fetchWorker(`/articles/${FEATURED}`)).text()
    expect(html.match(/<h1[ >]/g)).toHaveLength(1)
    for (const tag of ['<header', '<main', '<footer', '<article', '<nav']) expect(html).toContain(tag)
    expect(html).toContain('<caption id="reports-caption">')
    expect(html).toContain('<th scope="col"><time datetime="2022-09-13">Sept. 13</time>')
    expect(html).toContain('<th scope="row">Tanks</th><td>2,175</td><td>2,180</td><td>+5</td>')
    expect(html).toContain(
      '<th scope="row">Personnel</th><td>about 53,300</td><td>about 53,650</td><td>+350</td>',
    )
    expect(html).toContain('<th scope="row">Multiple rocket launchers</th><td>311</td><td>311</td><td>0</td>')
    expect(html).toContain('<time datetime="2022-09-14">Sept. 14, 2022</time>')
    // The only script element is JSON-LD, a data block that never runs.
    expect(html).not.toMatch(/<script(?! type="application\/ld\+json")/)
  })

  it('attributes the figures and marks the unverified date', async () => {
    const text = visibleText(await (await fetchWorker(`/articles/${FEATURED}`)).text())
    expect(text).toContain("according to Ukraine's General Staff, a party to the war")
    expect(text).toContain("Russian losses claimed by Ukraine's General Staff")
    expect(text).toContain('Sept. 9, 2022 (date unverified)')
    expect(text).toContain('70,000 to 80,000')
    expect(text).toContain('Photo captions in the original article (photos not reproduced)')
    expect(text).not.toMatch(/photo not available/i)
  })

  it('ignores tracking parameters', async () => {
    const clean = await fetchWorker(`/articles/${FEATURED}`)
    const tracked = await fetchWorker(`/articles/${FEATURED}?utm_source=x&utm_medium=y&fbclid=abc&gclid=1`)
    expect(tracked.status).toBe(200)
    expect(tracked.headers.get('ETag')).toBe(clean.headers.get('ETag'))
  })

  it('redirects a trailing slash to the canonical address', async () => {
    const res = await fetchWorker(`/articles/${FEATURED}/`, { redirect: 'manual' })
    expect(res.status).toBe(301)
    expect(res.headers.get('Location')).toBe(`https://example.com/articles/${FEATURED}`)
  })

  it('answers an unknown slug with a real HTML 404 page', async () => {
    const res = await fetchWorker('/articles/no-such-article')
    expect(res.status).toBe(404)
    expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8')
    const html = await res.text()
    expect(html).toContain('<h1>Page not found</h1>')
    expect(html).toContain('<a href="/">Go to the front page</a>')
    // Readers are led to reader pages (the archive), never to raw JSON.
    expect(html).toContain('<a href="/articles">browse every article</a>')
  })

  it('serves a second article added as data only', async () => {
    const app = await appFor(dataWithFixture())
    const res = await app.request('https://example.com/articles/drone-report')
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain('Test fixture: Ukraine&#39;s General Staff reports four more drones downed')
    expect(html).toContain('<th scope="row">Drones (operational-tactical UAVs)</th><td>904</td><td>908</td>')
  })
})

describe('/favicon.svg, a file the asset layer serves (public/)', () => {
  it('is the SVG icon every page links, with the headers of the Worker’s own answers for programs', async () => {
    const html = await (await fetchWorker('/')).text()
    expect(html).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml"/>')
    const res = await env.ASSETS.fetch(`${ORIGIN}/favicon.svg`)
    expect(res.status).toBe(200)
    expect(await res.text()).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/)
    expect(Object.fromEntries(headersFileFor('/favicon.svg'))).toEqual(await dataAnswerHeaders())
  })
})
