// Hostile data: an article whose every text field holds markup, quotes, `</script>`, `javascript:` links and
// bidi / zero-width characters. Whatever the data says, it reaches readers as text: the page has exactly the
// elements and attributes it has for plain text, and the JSON gives the strings back unchanged.
import { beforeAll, describe, expect, it } from 'vitest'
import type { DataFiles } from '../build-tools/data/load'
import hostileArticle from './fixtures/hostile/articles/hostile-article/article.json'
import hostileFigures from './fixtures/hostile/articles/hostile-article/figures.json'
import hostileCategories from './fixtures/hostile/categories.json'
import hostileSources from './fixtures/hostile/sources.json'
import { appFor, parseCsv } from './helpers'
import { TEST_CHANGED } from './real-data'

const SLUG = 'hostile-article'
const DIR = 'tests/fixtures/hostile'

function dataFiles(transform: (json: unknown) => unknown = (json) => json): DataFiles {
  return {
    categories: { path: `${DIR}/categories.json`, json: transform(hostileCategories) },
    sources: { path: `${DIR}/sources.json`, json: transform(hostileSources) },
    articles: [
      {
        article: { path: `${DIR}/articles/${SLUG}/article.json`, json: transform(hostileArticle) },
        figures: { path: `${DIR}/articles/${SLUG}/figures.json`, json: transform(hostileFigures) },
        changed: TEST_CHANGED,
      },
    ],
    featured: SLUG,
  }
}

/** The same data with every hostile string tamed to letters, digits and spaces (URLs kept as they are). */
function tame(json: unknown, key = ''): unknown {
  if (typeof json === 'string')
    return /url/i.test(key) || !json.includes('<') ? json : json.replace(/[^A-Za-z0-9 ,.]/g, '')
  if (Array.isArray(json)) return json.map((item) => tame(item, key))
  if (json && typeof json === 'object')
    return Object.fromEntries(Object.entries(json).map(([k, v]) => [k, tame(v, k)]))
  return json
}

type App = Awaited<ReturnType<typeof appFor>>
let hostile: App
let plain: App

beforeAll(async () => {
  hostile = await appFor(dataFiles())
  plain = await appFor(dataFiles(tame))
})

const get = (app: App, path: string) => app.request(`https://example.com${path}`)

/** An attribute value as the browser reads it (HTMLRewriter hands over the escaped source text). */
const decoded = (value: string) =>
  value
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&')

/** What a browser would build: every element with its attribute names, every comment, every script's text. */
async function parse(html: string) {
  const elements: string[] = []
  const comments: string[] = []
  const attributes: [string, string][] = []
  const scripts: string[] = []
  await new HTMLRewriter()
    .on('*', {
      element(e) {
        const names = [...e.attributes].map(([name]) => name).sort()
        elements.push(`${e.tagName}[${names.join(' ')}]`)
        for (const [name = '', value = ''] of e.attributes) attributes.push([name, decoded(value)])
      },
    })
    .on('script', {
      text(t) {
        scripts.push(t.text)
      },
    })
    .onDocument({
      comments(c) {
        comments.push(c.text)
      },
    })
    .transform(new Response(html))
    .text()
  return { elements, comments, attributes, scripts: scripts.join('') }
}

const PAGES = ['/', `/articles/${SLUG}`]

describe('hostile data in the HTML page', () => {
  it('has exactly the elements and attributes the page has for plain text', async () => {
    for (const path of PAGES) {
      const res = await get(hostile, path)
      expect(res.status).toBe(200)
      const seen = await parse(await res.text())
      const expected = await parse(await (await get(plain, path)).text())
      // A chart sets longer words on more lines, so it may have more <text> elements; nothing else may differ.
      const outsideChartText = (elements: string[]) => elements.filter((e) => !e.startsWith('text['))
      expect(outsideChartText(seen.elements)).toEqual(outsideChartText(expected.elements))
      expect(seen.comments).toEqual(expected.comments)
    }
  })

  it('runs nothing: no script but the JSON-LD data block, no event handler, no javascript: link', async () => {
    const html = await (await get(hostile, `/articles/${SLUG}`)).text()
    const { elements, attributes } = await parse(html)
    expect(elements.filter((e) => /^(script|img|iframe|object|embed)\[/.test(e))).toEqual(['script[type]'])
    expect(attributes).toContainEqual(['type', 'application/ld+json'])
    expect(attributes.filter(([name]) => name.startsWith('on'))).toEqual([])
    for (const [name, value] of attributes) {
      if (name === 'href' || name === 'src') expect(value).toMatch(/^(https:\/\/|\/|#)/)
    }
  })

  it('shows the markup as text, escaped, with bidi and zero-width characters kept as text', async () => {
    const html = await (await get(hostile, `/articles/${SLUG}`)).text()
    expect(html).toContain('&lt;script&gt;alert(&quot;headline&quot;)&lt;/script&gt;&lt;/script&gt;')
    expect(html).toContain('&lt;a href=&quot;javascript:alert(1)&quot;&gt;link&lt;/a&gt;')
    expect(html).toContain('&amp;amp; &amp;lt;b&amp;gt;')
    expect(html).toContain('\u202Eevil\u202C \u2066iso\u2069 zero\u200Bwidth')
    expect(html.match(/<script/g)).toEqual(['<script']) // the JSON-LD block's own
    expect(html).not.toContain('<img')
    expect(html).not.toContain('<!--')
  })

  it('keeps the JSON-LD inside its script element, with every string intact', async () => {
    const html = await (await get(hostile, `/articles/${SLUG}`)).text()
    const { scripts } = await parse(html)
    expect(scripts).not.toMatch(/<\/script|<!--/i)
    const graph = JSON.parse(scripts)['@graph'] as Record<string, unknown>[]
    const article = graph.find((node) => node['@type'] === 'NewsArticle')
    expect(article?.headline).toBe(hostileArticle.headline)
    expect(article?.description).toBe(hostileArticle.description)
    expect(article?.isBasedOn).toMatchObject({
      url: hostileArticle.originalUrl,
      publisher: hostileArticle.publisher,
    })
  })

  it('keeps hostile URLs inside their attribute', async () => {
    const html = await (await get(hostile, `/articles/${SLUG}`)).text()
    const { attributes } = await parse(html)
    const hrefs = attributes.filter(([name]) => name === 'href').map(([, value]) => value)
    expect(hrefs).toContain(hostileArticle.originalUrl)
  })
})

describe('hostile data in the JSON API', () => {
  it('gives every string back exactly as the data has it', async () => {
    const res = await get(hostile, `/api/v1/articles/${SLUG}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toBe('application/json; charset=utf-8')
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff')
    const body = (await res.json()) as {
      headline: string
      description: string
      publisher: { name: string; url: string }
      originalUrl: string
      keyPoints: string[]
      paragraphs: string[]
      photoCaptions: { text: string }[]
      figures: {
        figures: { label: string; measure: string }[]
        claims: { note: string }[]
        sources: { name: string; shortName: string }[]
        reports: { greatestLossesIn: string[] }[]
        dataset: { name: string; author: string; licence: string }
      }
    }
    expect(body.headline).toBe(hostileArticle.headline)
    expect(body.description).toBe(hostileArticle.description)
    expect(body.publisher).toEqual(hostileArticle.publisher)
    expect(body.originalUrl).toBe(hostileArticle.originalUrl)
    expect(body.keyPoints).toEqual(hostileArticle.keyPoints)
    expect(body.paragraphs).toEqual(hostileArticle.paragraphs)
    expect(body.photoCaptions.map((p) => p.text)).toEqual([
      hostileArticle.leadPhotoCaption,
      hostileArticle.closingPhotoCaption,
    ])
    expect(body.figures.figures.map((f) => f.label)).toContain(hostileCategories.categories[0]?.label)
    expect(body.figures.claims.map((c) => c.note)).toEqual(hostileFigures.claims.map((c) => c.note))
    expect(body.figures.sources.map((s) => s.name).sort()).toEqual(
      hostileSources.sources.map((s) => s.name).sort(),
    )
    expect(body.figures.reports.flatMap((r) => r.greatestLossesIn)).toEqual(
      hostileFigures.reports.flatMap((r) => r.greatestLossesIn),
    )
    expect(body.figures.dataset).toEqual(hostileFigures.dataset)
  })

  it('lists the article with its hostile headline intact', async () => {
    const body = (await (await get(hostile, '/api/v1/articles')).json()) as {
      articles: { headline: string }[]
    }
    expect(body.articles.map((a) => a.headline)).toEqual([hostileArticle.headline])
  })
})

describe('hostile data in what other sites embed', () => {
  it('the embed card: only elements the plain card has, and only our own script file', async () => {
    for (const query of ['', '?theme=dark']) {
      const res = await get(hostile, `/embed/${SLUG}${query}`)
      expect(res.status).toBe(200)
      const seen = await parse(await res.text())
      const expected = await parse(await (await get(plain, `/embed/${SLUG}${query}`)).text())
      expect(new Set(seen.elements)).toEqual(new Set(expected.elements))
      expect(seen.comments).toEqual([])
      expect(seen.attributes.filter(([name]) => name.startsWith('on'))).toEqual([])
      const scripts = seen.attributes.filter(([name]) => name === 'src')
      expect(scripts).toEqual([['src', '/embed/resize.js']])
      for (const [name, value] of seen.attributes) {
        if (name === 'href') expect(value).toMatch(/^(https:\/\/|\/|#)/)
      }
    }
    const html = await (await get(hostile, `/embed/${SLUG}`)).text()
    expect(html).toContain('&lt;script&gt;alert(&quot;headline&quot;)&lt;/script&gt;')
  })

  it('the SVG chart: labels and names are escaped text, no script, no foreign content, no handlers', async () => {
    const res = await get(hostile, `/embed/${SLUG}/chart.svg`)
    expect(res.status).toBe(200)
    const svg = await res.text()
    const seen = await parse(svg)
    const expected = await parse(await (await get(plain, `/embed/${SLUG}/chart.svg`)).text())
    expect(new Set(seen.elements)).toEqual(new Set(expected.elements))
    expect(seen.elements.filter((e) => /^(script|foreignobject|a|image|use|iframe)\[/i.test(e))).toEqual([])
    expect(seen.attributes.filter(([name]) => name.startsWith('on') || name.includes('href'))).toEqual([])
    // An HTML parser reads the XML declaration as a comment; nothing else may look like one.
    expect(seen.comments).toEqual(expected.comments)
    expect(svg).not.toMatch(/<script|<!--|javascript:alert\(1\)">/i)
    expect(svg).toContain('&lt;script&gt;alert(&quot;cat-label&quot;)&lt;/script&gt;')
  })

  it('the CSV: no cell starts like a spreadsheet formula, and the text is otherwise intact', async () => {
    const res = await get(hostile, `/api/v1/articles/${SLUG}/figures.csv`)
    expect(res.status).toBe(200)
    const [header = [], ...rows] = parseCsv(await res.text())
    expect(rows.length).toBe(4)
    const column = (name: string) => header.indexOf(name)
    for (const row of rows) {
      for (const name of ['category', 'label', 'measure', 'source_id', 'source_name']) {
        expect(row[column(name)], name).not.toMatch(/^[=+\-@\t\r]/)
      }
    }
    const labels = new Set(rows.map((row) => row[column('label')]))
    for (const category of hostileCategories.categories) {
      // A formula-like label gets a leading apostrophe, which spreadsheets show as text and do not display.
      const expected = /^[=+\-@]/.test(category.label) ? `'${category.label}` : category.label
      expect(labels).toContain(expected)
    }
    const sources = new Set(rows.map((row) => row[column('source_name')]))
    expect(sources).toContain(`'${hostileSources.sources[0]?.name}`)
  })

  it('the oEmbed answer: a blockquote link and one iframe, with the hostile headline escaped in both', async () => {
    const url = encodeURIComponent(`https://example.com/articles/${SLUG}`)
    const res = await get(hostile, `/oembed?url=${url}`)
    expect(res.status).toBe(200)
    const body = (await res.json()) as { title: string; html: string }
    expect(body.title).toBe(hostileArticle.headline)
    const { elements, attributes, comments } = await parse(body.html)
    expect(elements).toEqual(['blockquote[style]', 'a[href]', 'iframe[height loading src style title width]'])
    expect(comments).toEqual([])
    expect(attributes).toEqual(
      expect.arrayContaining([
        ['href', `https://example.com/articles/${SLUG}`],
        ['src', `https://example.com/embed/${SLUG}`],
        ['title', `Figures: ${hostileArticle.headline}`],
      ]),
    )
  })
})
