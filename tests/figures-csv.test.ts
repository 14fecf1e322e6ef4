import { describe, expect, it } from 'vitest'
import type { Figure } from '../src/domain/library'
import { figuresCsv } from '../src/views/csv'
import { FEATURED, fetchWorker, parseCsv } from './helpers'

const CSV_PATH = `/api/v1/articles/${FEATURED}/figures.csv`

type JsonFigure = {
  report: string
  category: string
  label: string
  measure: string
  value: number
  approximate: boolean
  change: number | null
  changeSince: string | null
  quotedInArticle: boolean
  source: string
}

/** CSV rows back into the JSON API's figure shape. */
function figuresFromCsv(text: string) {
  const [header, ...rows] = parseCsv(text)
  const records = rows.map((r) => Object.fromEntries((header ?? []).map((h, i) => [h, r[i] ?? ''])))
  return records.map((r) => ({
    figure: {
      report: r.report_date,
      category: r.category,
      label: r.label,
      measure: r.measure,
      value: Number(r.value),
      approximate: r.approximate === 'true',
      change: r.change === '' ? null : Number(r.change),
      changeSince: r.change_since || null,
      quotedInArticle: r.quoted_in_article === 'true',
      source: r.source_id,
    },
    sourceName: r.source_name,
  }))
}

describe('GET /api/v1/articles/{slug}/figures.csv', () => {
  it('answers CSV with a download name, cache validators, CORS and CORP', async () => {
    const res = await fetchWorker(CSV_PATH)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${FEATURED}-figures.csv"`)
    expect(res.headers.get('cache-control')).toBe('public, max-age=3600, stale-while-revalidate=86400')
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin')
    const etag = res.headers.get('etag') ?? ''
    expect(etag).toMatch(/^"[\w-]+"$/)
    const text = await res.text()
    expect(text.split('\r\n')[0]).toBe(
      'report_date,category,label,measure,value,approximate,change,change_since,quoted_in_article,source_id,source_name',
    )
    const again = await fetchWorker(CSV_PATH, { headers: { 'If-None-Match': etag } })
    expect(again.status).toBe(304)
    const head = await fetchWorker(CSV_PATH, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.headers.get('etag')).toBe(etag)
  })

  it.each(['', '?category=tanks,personnel', '?report=latest', '?report=2022-09-13&category=aircraft'])(
    'parses back to the same figures as the JSON API%s',
    async (query) => {
      const csv = await (await fetchWorker(`${CSV_PATH}${query}`)).text()
      const json = (await (await fetchWorker(`/api/v1/articles/${FEATURED}/figures${query}`)).json()) as {
        figures: JsonFigure[]
        sources: { id: string; name: string }[]
      }
      const parsed = figuresFromCsv(csv)
      expect(parsed.map((p) => p.figure)).toEqual(json.figures)
      for (const { figure, sourceName } of parsed) {
        expect(sourceName).toBe(json.sources.find((s) => s.id === figure.source)?.name)
      }
      expect(parsed.length).toBeGreaterThan(0)
    },
  )

  it('writes every report and category, with the article’s numbers', async () => {
    const rows = parseCsv(await (await fetchWorker(CSV_PATH)).text())
    expect(rows).toHaveLength(1 + 2 * 13)
    expect(rows).toContainEqual([
      '2022-09-14',
      'personnel',
      'Personnel',
      'personnel combat losses',
      '53650',
      'true',
      '350',
      '2022-09-13',
      'true',
      'ukraine-general-staff',
      'General Staff of the Armed Forces of Ukraine',
    ])
  })

  it.each([
    ['category=ships', 'category', 'ships'],
    ['report=yesterday', 'report', 'yesterday'],
    ['report=latest&report=previous', 'report', '["latest","previous"]'],
  ])('answers 400 naming the parameter for ?%s', async (query, name, value) => {
    const res = await fetchWorker(`${CSV_PATH}?${query}`)
    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
    const body = (await res.json()) as { 'invalid-params': { name: string; value: string }[] }
    expect(body['invalid-params'][0]).toMatchObject({ name, value })
  })

  it('answers 404 problem for an unknown article', async () => {
    const res = await fetchWorker('/api/v1/articles/no-such-article/figures.csv')
    expect(res.status).toBe(404)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
  })
})

describe('figuresCsv', () => {
  const figure = (label: string, change: number | null) =>
    ({
      report: '2022-09-14',
      category: { id: 'tanks', label, shortLabel: 'x', measure: 'equipment losses' },
      source: { id: 'src', name: '@source, "quoted"', shortName: 's', role: 'party-to-the-war' },
      value: 5,
      approximate: false,
      change,
      changeSince: change === null ? null : '2022-09-13',
      quotedInArticle: false,
    }) as Figure

  it('neutralises text cells that a spreadsheet would run as a formula', () => {
    const rows = figuresCsv([
      figure('=HYPERLINK("http://x")', 1),
      figure('+1', 1),
      figure('-1', 1),
      figure('\tTab', 1),
    ]).split('\r\n')
    expect(rows[1]).toContain(`,"'=HYPERLINK(""http://x"")",`)
    expect(rows[2]).toContain(",'+1,")
    expect(rows[3]).toContain(",'-1,")
    expect(rows[4]).toContain(",'\tTab,")
    expect(rows[1]?.endsWith(`,src,"'@source, ""quoted"""`)).toBe(true)
  })

  it('keeps a negative change a plain number, and an unknown change empty', () => {
    const [, down, first] = figuresCsv([figure('Tanks', -3), figure('Tanks', null)]).split('\r\n')
    expect(down).toBe(
      `2022-09-14,tanks,Tanks,equipment losses,5,false,-3,2022-09-13,false,src,"'@source, ""quoted"""`,
    )
    expect(first).toBe(`2022-09-14,tanks,Tanks,equipment losses,5,false,,,false,src,"'@source, ""quoted"""`)
  })
})
