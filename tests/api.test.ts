import { describe, expect, it } from 'vitest'
import { appFor, dataWithFixture, FEATURED, fetchWorker } from './helpers'

const FIGURES = `/api/v1/articles/${FEATURED}/figures`

type Figure = { report: string; category: string; value: number; change: number | null; source: string }
type Problem = { type: string; title: string; status: number; detail: string; 'invalid-params'?: unknown[] }

async function getJson<T>(path: string, status = 200): Promise<T> {
  const res = await fetchWorker(path)
  expect(res.status).toBe(status)
  expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*')
  return (await res.json()) as T
}

async function getProblem(path: string, status: number): Promise<Problem> {
  const res = await fetchWorker(path)
  expect(res.status).toBe(status)
  expect(res.headers.get('Content-Type')).toBe('application/problem+json')
  const body = (await res.json()) as Problem
  expect(body).toMatchObject({ type: 'about:blank', status })
  return body
}

describe('GET /api/v1/articles', () => {
  it('lists every article with links to its HTML and JSON', async () => {
    const res = await fetchWorker('/api/v1/articles')
    expect(res.headers.get('Content-Type')).toBe('application/json; charset=utf-8')
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=3600, stale-while-revalidate=86400')
    const body = (await res.json()) as { articles: Record<string, unknown>[] }
    expect(body.articles).toEqual([
      expect.objectContaining({
        slug: FEATURED,
        figuresAsOf: '2022-09-14',
        links: {
          html: `https://example.com/articles/${FEATURED}`,
          json: `https://example.com/api/v1/articles/${FEATURED}`,
          figures: `https://example.com${FIGURES}`,
        },
      }),
    ])
  })

  it('lists a second article added as data only', async () => {
    const app = await appFor(dataWithFixture())
    const body = (await (await app.request('https://example.com/api/v1/articles')).json()) as {
      articles: { slug: string }[]
    }
    expect(body.articles.map((a) => a.slug)).toEqual([FEATURED, 'drone-report'])
  })
})

describe('GET /api/v1/articles/{slug}', () => {
  it('serves the text blocks, captions, publisher and figures', async () => {
    const body = await getJson<
      Record<string, unknown> & { paragraphs: string[]; figures: { figures: Figure[] } }
    >(`/api/v1/articles/${FEATURED}`)
    expect(body.publisher).toEqual({ name: 'International Business Times', url: 'https://www.ibtimes.com/' })
    expect(body.keyPoints).toHaveLength(3)
    expect(body.paragraphs).toHaveLength(13)
    expect(body.photoCaptions).toEqual([
      {
        position: 'lead',
        text: 'Russian troops left military equipment and ammunitions behind as they fled',
        photo: null,
      },
      {
        position: 'closing',
        text: 'Ukrainian servicemen inspect a destroyed Russian military vehicle in Kharkiv region',
        photo: null,
      },
    ])
    expect(body.figures.figures).toHaveLength(26)
  })

  it('answers an unknown slug with a 404 problem', async () => {
    const body = await getProblem('/api/v1/articles/nope', 404)
    expect(body.title).toBe('Not Found')
  })
})

describe('GET /api/v1/articles/{slug}/figures', () => {
  it('serves both reports with derived changes and every source', async () => {
    const body = await getJson<{
      figures: Figure[]
      reports: unknown[]
      sources: { id: string }[]
      claims: unknown[]
    }>(FIGURES)
    expect(body.reports).toEqual([
      {
        date: '2022-09-13',
        source: 'ukraine-general-staff',
        dayOfWar: 202,
        greatestLossesIn: ['Kharkiv', 'Donetsk'],
      },
      {
        date: '2022-09-14',
        source: 'ukraine-general-staff',
        dayOfWar: 203,
        greatestLossesIn: ['Kharkiv', 'Donetsk'],
      },
    ])
    expect(body.figures).toHaveLength(26)
    expect(body.figures).toContainEqual(
      expect.objectContaining({
        report: '2022-09-14',
        category: 'personnel',
        value: 53650,
        change: 350,
        approximate: true,
      }),
    )
    expect(body.sources.map((s) => s.id)).toEqual([
      'ukraine-general-staff',
      'russia-defence-ministry',
      'mediazona',
      'colin-kahl',
    ])
    expect(body.claims).toHaveLength(3)
  })

  it('filters by comma-separated and repeated categories', async () => {
    for (const query of [
      'category=tanks,aircraft',
      'category=tanks&category=aircraft',
      'category=aircraft,tanks,tanks',
    ]) {
      const body = await getJson<{ figures: Figure[] }>(`${FIGURES}?${query}`)
      expect(body.figures.map((f) => `${f.report} ${f.category}`).sort()).toEqual([
        '2022-09-13 aircraft',
        '2022-09-13 tanks',
        '2022-09-14 aircraft',
        '2022-09-14 tanks',
      ])
    }
  })

  it('selects the latest, the previous, or a dated report', async () => {
    const dates = async (report: string) => [
      ...new Set(
        (await getJson<{ figures: Figure[] }>(`${FIGURES}?report=${report}`)).figures.map((f) => f.report),
      ),
    ]
    expect(await dates('latest')).toEqual(['2022-09-14'])
    expect(await dates('previous')).toEqual(['2022-09-13'])
    expect(await dates('2022-09-13')).toEqual(['2022-09-13'])
    const tanks = await getJson<{ figures: Figure[] }>(`${FIGURES}?report=latest&category=tanks`)
    expect(tanks.figures).toEqual([expect.objectContaining({ category: 'tanks', value: 2180, change: 5 })])
  })

  it('answers 400 naming the bad category, its value and the allowed ones', async () => {
    const body = await getProblem(`${FIGURES}?category=tanks,submarines`, 400)
    expect(body.detail).toContain(
      'category "submarines" is not a category in this article; allowed: personnel, tanks,',
    )
    expect(body['invalid-params']).toEqual([
      {
        name: 'category',
        in: 'query',
        value: 'submarines',
        reason: 'is not a category in this article',
        allowed: expect.arrayContaining(['personnel', 'tanks', 'cruise-missiles']),
      },
    ])
  })

  it('answers 400 naming the bad report and the allowed ones', async () => {
    const body = await getProblem(`${FIGURES}?report=2022-09-15`, 400)
    expect(body['invalid-params']).toEqual([
      expect.objectContaining({
        name: 'report',
        value: '2022-09-15',
        allowed: ['latest', 'previous', '2022-09-13', '2022-09-14'],
      }),
    ])
  })

  it('answers 400 for a report given twice and for an overlong category list', async () => {
    const twice = await getProblem(`${FIGURES}?report=latest&report=previous`, 400)
    expect(twice.detail).toContain('report "["latest","previous"]" must be given once')
    const long = await getProblem(`${FIGURES}?category=${'tanks,'.repeat(300)}`, 400)
    expect(long.detail).toContain('must be at most 1000 characters')
  })

  it('ignores parameters it does not know', async () => {
    const body = await getJson<{ figures: Figure[] }>(`${FIGURES}?utm_source=x&v=2`)
    expect(body.figures).toHaveLength(26)
  })

  it('answers an unknown slug with a 404 problem before validating the query', async () => {
    await getProblem('/api/v1/articles/nope/figures?category=submarines', 404)
  })
})
