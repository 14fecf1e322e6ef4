// The archive: /articles for readers and /api/v1/articles for programs, newest first, 50 to a page.
import { describe, expect, it } from 'vitest'
import type { DataFiles } from '../build-tools/data/load'
import { appFor, dataWithFixture, FEATURED, fetchWorker, ORIGIN } from './helpers'

/** The real data plus `count - 1` copies of its article, one day older each, so the order is known. */
function withArticles(count: number): DataFiles {
  const files = dataWithFixture()
  const [first] = files.articles
  if (!first) throw new Error('no article')
  const source = first.article.json as { slug: string }
  files.articles = [first]
  for (let i = 1; i < count; i++) {
    const slug = `${source.slug}-${i}`
    files.articles.push({
      article: { path: `data/articles/${slug}/article.json`, json: { ...source, slug } },
      figures: first.figures,
      changed: first.changed,
    })
  }
  return files
}

describe('GET /articles', () => {
  it('lists the article with its headline, date and summary, linked to its page', async () => {
    const res = await fetchWorker('/articles')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(res.headers.get('cache-control')).toBe('public, max-age=300, stale-while-revalidate=86400')
    const html = await res.text()
    expect(html).toContain(`<a href="/articles/${FEATURED}">`)
    expect(html).toContain('<time datetime="2022-09-14">Sept. 14, 2022</time>')
  })

  it('pages 120 articles as 50, 50 and 20, with links between the pages', async () => {
    const app = await appFor(withArticles(120))
    const page = async (n: number) => (await app.request(`${ORIGIN}/articles?page=${n}`)).text()
    const count = (html: string) => html.match(/<li>/g)?.length ?? 0
    expect([count(await page(1)), count(await page(2)), count(await page(3))]).toEqual([50, 50, 20])
    const second = await page(2)
    expect(second).toContain('rel="prev" href="/articles"')
    expect(second).toContain('rel="next" href="/articles?page=3"')
    expect((await app.request(`${ORIGIN}/articles?page=4`)).status).toBe(404)
  })

  it.each(['0', 'two', '-1', '1.5'])('answers 400 naming page for ?page=%s', async (value) => {
    const res = await fetchWorker(`/articles?page=${value}`)
    expect(res.status).toBe(400)
    expect(await res.text()).toContain('page')
  })

  it.each(['2', '999999999', '1000000000', '9'.repeat(400)])(
    'answers 404, not 400, for ?page=%s, past the last page whatever its size',
    async (page) => {
      expect((await fetchWorker(`/articles?page=${page}`)).status).toBe(404)
      expect((await fetchWorker(`/api/v1/articles?page=${page}`)).status).toBe(404)
      expect((await fetchWorker(`/feed.xml?page=${page}`)).status).toBe(404)
    },
  )

  it('names the parameter and what it allows on the reader page, without repeating the value sent', async () => {
    const sent = 'this site has moved to evil.example'
    const res = await fetchWorker(`/articles?page=${encodeURIComponent(sent)}`)
    expect(res.status).toBe(400)
    const html = await res.text()
    expect(html).toContain('page must be a whole number from 1')
    expect(html).not.toContain('evil.example')
    // Programs still get the value, in problem+json.
    const api = await fetchWorker(`/api/v1/articles?page=${encodeURIComponent(sent)}`)
    expect(
      ((await api.json()) as { 'invalid-params': { value: string }[] })['invalid-params'][0]?.value,
    ).toBe(sent)
  })
})

describe('GET /api/v1/articles', () => {
  it('pages the same way, with next and previous links', async () => {
    const app = await appFor(withArticles(120))
    const res = await app.request(`${ORIGIN}/api/v1/articles?page=2`)
    expect(res.status).toBe(200)
    const body = (await res.json()) as {
      articles: { slug: string }[]
      page: number
      pageCount: number
      total: number
      links: Record<string, string | null>
    }
    expect(body.articles).toHaveLength(50)
    expect([body.page, body.pageCount, body.total]).toEqual([2, 3, 120])
    expect(body.links).toEqual({
      self: `${ORIGIN}/api/v1/articles?page=2`,
      next: `${ORIGIN}/api/v1/articles?page=3`,
      previous: `${ORIGIN}/api/v1/articles`,
    })
  })

  it('answers 400 problem+json naming page for a page that is not a number', async () => {
    const res = await fetchWorker('/api/v1/articles?page=abc')
    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
    expect(((await res.json()) as { detail: string }).detail).toContain('page "abc"')
  })
})
