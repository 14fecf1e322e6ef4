import { describe, expect, it } from 'vitest'
import type { DataFiles } from '../build-tools/data/load'
import { scriptSafeJson } from '../src/views/structured-data'
import { appFor, FEATURED, fetchWorker, ORIGIN } from './helpers'
import { REAL_DATA } from './real-data'

const PAGE = `/articles/${FEATURED}`
const HOSTILE = '</script><script>alert(1)</script> & <!-- "quoted"'

/** The graph's NewsArticle and Dataset, wherever they stand in it. */
function byType(graph: Record<string, unknown>[]) {
  return {
    news: graph.find((node) => node['@type'] === 'NewsArticle'),
    dataset: graph.find((node) => node['@type'] === 'Dataset'),
  }
}

function jsonLd(html: string) {
  const blocks = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)]
  expect(blocks).toHaveLength(1)
  return JSON.parse(blocks[0]?.[1] ?? '') as { '@graph': Record<string, unknown>[] }
}

/** The real Worker over the bundled data, with one text and one category label replaced. */
async function appWith(change: { headline?: string; categoryLabel?: string }) {
  const [entry] = REAL_DATA.articles
  if (!entry) throw new Error('no bundled article')
  const categories = REAL_DATA.categories.json as { categories: { id: string; label: string }[] }
  const files: DataFiles = {
    ...REAL_DATA,
    categories: {
      ...REAL_DATA.categories,
      json: {
        categories: categories.categories.map((c) =>
          c.id === 'tanks' && change.categoryLabel ? { ...c, label: change.categoryLabel } : c,
        ),
      },
    },
    articles: [
      {
        ...entry,
        article: {
          ...entry.article,
          json: { ...(entry.article.json as object), ...(change.headline && { headline: change.headline }) },
        },
      },
    ],
  }
  return appFor(files)
}

describe('GET /articles/{slug}: machine-readable metadata', () => {
  it('carries JSON-LD: a NewsArticle without invented author or date, and the Dataset with JSON and CSV', async () => {
    const html = await (await fetchWorker(PAGE)).text()
    const { news, dataset } = byType(jsonLd(html)['@graph'])
    expect(news).toMatchObject({ '@type': 'NewsArticle', url: `${ORIGIN}${PAGE}` })
    expect(news).not.toHaveProperty('author')
    expect(news).not.toHaveProperty('datePublished')
    expect(dataset).toMatchObject({
      '@type': 'Dataset',
      temporalCoverage: '2022-02-24/2022-09-14',
      distribution: expect.arrayContaining([
        expect.objectContaining({
          encodingFormat: 'application/json',
          contentUrl: `${ORIGIN}/api/v1/articles/${FEATURED}/figures`,
        }),
        expect.objectContaining({
          encodingFormat: 'text/csv',
          contentUrl: `${ORIGIN}/api/v1/articles/${FEATURED}/figures.csv`,
        }),
      ]),
    })
  })

  it('carries Open Graph and Twitter card tags', async () => {
    const html = await (await fetchWorker(PAGE)).text()
    expect(html).toContain('<meta property="og:type" content="article"/>')
    expect(html).toContain(`<meta property="og:url" content="${ORIGIN}${PAGE}"/>`)
    expect(html).toMatch(/<meta property="og:title" content="Ukraine&#39;s military says Russia lost 350/)
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image"/>')
    expect(html).toMatch(/<meta name="twitter:description" content="[^"]+"\/>/)
  })

  it('keeps scripts off: the JSON-LD block is data, and the CSP still allows no script', async () => {
    const res = await fetchWorker(PAGE)
    const csp = res.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("default-src 'none'")
    expect(csp).not.toContain('script-src')
    const html = await res.text()
    expect(html.match(/<script/g)).toHaveLength(1)
  })

  it('shows a "Get the data / Embed" section with copy-ready code and the data links', async () => {
    const html = await (await fetchWorker(PAGE)).text()
    expect(html).toContain('<h2 id="get-data">Get the data / Embed</h2>')
    expect(html).toContain(`&lt;iframe src=&quot;${ORIGIN}/embed/${FEATURED}&quot;`)
    expect(html).toContain('data.type !== &#39;article-edge:height&#39;')
    expect(html).toContain(
      `&lt;img src=&quot;${ORIGIN}/embed/${FEATURED}/chart.svg&quot; alt=&quot;Chart: Russian losses claimed by Ukraine&#39;s General Staff&quot;`,
    )
    // Escaped once, as any text is: a reader sees the apostrophe, never "&#39;".
    expect(html).not.toContain('&amp;#39;')
    expect(html).not.toContain('width=&quot;100%&quot;')
    for (const href of [
      `/api/v1/articles/${FEATURED}/figures.csv`,
      `/api/v1/articles/${FEATURED}/figures`,
      '/api/v1/openapi.json',
    ]) {
      expect(html).toContain(`<a href="${ORIGIN}${href}">`)
    }
  })
})

describe('escaping data in what other sites embed', () => {
  it('writes "<" in JSON-LD as \\u003c, so data cannot close the script element', async () => {
    const app = await appWith({ headline: HOSTILE })
    const html = await (await app.request(`${ORIGIN}${PAGE}`)).text()
    expect(html).not.toContain('<script>alert')
    const { news } = byType(jsonLd(html)['@graph'])
    expect(news?.headline).toBe(HOSTILE)
    expect(scriptSafeJson({ a: '</script>\u2028' })).toBe('{"a":"\\u003c/script\\u003e\\u2028"}')
  })

  it('escapes data in the card, the chart and the oEmbed html', async () => {
    const app = await appWith({ headline: HOSTILE, categoryLabel: 'Tanks <b>& co</b>' })
    const card = await (await app.request(`${ORIGIN}/embed/${FEATURED}`)).text()
    expect(card).not.toContain('<script>alert')
    expect(card).toContain(
      '&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;!-- &quot;quoted&quot;',
    )
    expect(card).toContain('Tanks &lt;b&gt;&amp; co&lt;/b&gt;')
    const svg = await (await app.request(`${ORIGIN}/embed/${FEATURED}/chart.svg`)).text()
    expect(svg).toContain('>Tanks &lt;b&gt;&amp; co&lt;/b&gt;</text>')
    expect(svg).not.toContain('<b>')
    const oembed = (await (
      await app.request(`${ORIGIN}/oembed?url=${encodeURIComponent(`${ORIGIN}${PAGE}`)}`)
    ).json()) as { html: string; title: string }
    expect(oembed.title).toBe(HOSTILE)
    expect(oembed.html).not.toContain('<script')
    expect(oembed.html).toContain('title="Figures: &lt;/script&gt;&lt;script&gt;alert(1)')
  })
})
