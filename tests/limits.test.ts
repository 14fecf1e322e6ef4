// Data at every limit of the check publishes: an article whose slug, headline, description, paragraphs, captions
// and addresses are as long as the check allows, holding every kind of character it lets through (tabs, new lines,
// markup, `]]>`, a right-to-left name in a closed isolate, an emoji joined by ZWJ, marks), answers 200 on every
// route, in XML that a strict parser reads and that holds only characters XML 1.0 allows.
// tests/node/data-check.test.mjs shows the same files pass `npm run check`.
import { DOMParser } from '@xmldom/xmldom'
import { beforeAll, describe, expect, it } from 'vitest'
import { MAX_SLUG_LENGTH } from '../src/data/primitives'
import limitsArticle from './fixtures/limits/article.json'
import limitsFigures from './fixtures/limits/figures.json'
import { appFor, ORIGIN } from './helpers'
import { REAL_DATA, TEST_CHANGED } from './real-data'

const SLUG = limitsArticle.slug
/** XML 1.0's Char production (https://www.w3.org/TR/xml/#charsets), negated: what no XML document may hold. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u

let app: Awaited<ReturnType<typeof appFor>>
beforeAll(async () => {
  const dir = `data/articles/${SLUG}`
  app = await appFor({
    ...structuredClone(REAL_DATA),
    articles: [
      ...structuredClone(REAL_DATA.articles),
      {
        article: { path: `${dir}/article.json`, json: structuredClone(limitsArticle) },
        figures: { path: `${dir}/figures.json`, json: structuredClone(limitsFigures) },
        changed: TEST_CHANGED,
      },
    ],
  })
})

const parseXml = (text: string) =>
  new DOMParser({
    onError: (level, message) => {
      throw new Error(`${level}: ${message}`)
    },
  }).parseFromString(text, 'application/xml')

describe('an article at the limits of the check', () => {
  it('has the longest slug the Worker looks up and the longest headline allowed', () => {
    expect(SLUG).toHaveLength(MAX_SLUG_LENGTH)
    expect(limitsArticle.headline).toHaveLength(250)
    expect(limitsArticle.paragraphs.at(-1)).toHaveLength(5000)
  })

  it.each([
    `/articles/${SLUG}`,
    `/embed/${SLUG}`,
    `/api/v1/articles/${SLUG}`,
    `/api/v1/articles/${SLUG}/figures`,
    `/api/v1/articles/${SLUG}/figures.csv`,
    `/embed/${SLUG}/chart.svg`,
    `/embed/${SLUG}/context.svg`,
    `/embed/${SLUG}/equipment.svg`,
    `/oembed?url=${encodeURIComponent(`${ORIGIN}/articles/${SLUG}`)}`,
    '/articles',
    '/api/v1/articles',
    '/feed.xml',
    '/sitemap.xml',
  ])('GET %s answers 200 with nothing XML or HTML cannot carry', async (path) => {
    const res = await app.request(`${ORIGIN}${path}`)
    expect(res.status).toBe(200)
    const body = await res.text()
    expect(body).not.toMatch(NOT_XML)
    const type = res.headers.get('Content-Type') ?? ''
    if (/xml/.test(type)) expect(parseXml(body).documentElement).toBeTruthy()
    if (/json/.test(type)) expect(JSON.parse(body)).toBeTruthy()
    if (path === `/api/v1/articles/${SLUG}`) {
      const { headline, paragraphs } = JSON.parse(body) as { headline: string; paragraphs: string[] }
      expect(headline).toBe(limitsArticle.headline)
      expect(paragraphs.at(-1)).toBe(limitsArticle.paragraphs.at(-1))
    }
  })
})
