// The datasets API against the reference file (tests/fixtures/general-staff-reference), value for value: the
// oracle is the checked file the dataset was made from, not the code that serves it.
import { describe, expect, it } from 'vitest'
import reference from './fixtures/general-staff-reference/general-staff-daily.json'
import LICENCE from './fixtures/general-staff-reference/LICENSE.txt?raw'
import { appFor, ORIGIN, parseCsv } from './helpers'
import { REAL_DATA } from './real-data'

const ID = 'general-staff-losses'
const BASE = `/api/v1/datasets/${ID}`
const DATA_CACHE = 'public, max-age=3600, stale-while-revalidate=86400'
const app = await appFor(REAL_DATA)
const get = (path: string, init?: RequestInit) => app.request(`${ORIGIN}${path}`, init)

type Day = Record<string, number | string | null> & { date: string; day: number }
const DAYS = reference.days as Day[]
const CATEGORIES = { ...reference.meta.categories, ...reference.meta.legacyCategories }
const KEYS = Object.keys(CATEGORIES)

/** The dataset's category order (data/datasets/general-staff-losses/dataset.json), which the API keeps. */
const DATASET_KEYS = [
  ...Object.keys(reference.meta.categories),
  'military-auto',
  'fuel-tanks',
  'mobile-srbm-systems',
]

type ReportJson = {
  date: string
  day: number
  stats: Record<string, number | null>
  increase: Record<string, number | null>
}

/** The reference's rise for a key on day i: null on the first day or where either day is null. */
function rise(i: number, key: string): number | null {
  const today = DAYS[i]?.[key]
  const before = DAYS[i - 1]?.[key]
  return typeof today === 'number' && typeof before === 'number' ? today - before : null
}

async function expectData(res: Response, type = 'application/json; charset=utf-8') {
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toBe(type)
  expect(res.headers.get('cache-control')).toBe(DATA_CACHE)
  expect(res.headers.get('access-control-allow-origin')).toBe('*')
  expect(res.headers.get('etag')).toMatch(/^"[\w-]+"$/)
}

async function expectBadParameter(path: string, name: string, value: string, allowed?: string[]) {
  const res = await get(path)
  expect(res.status, path).toBe(400)
  expect(res.headers.get('content-type')).toBe('application/problem+json')
  const body = (await res.json()) as { detail: string; 'invalid-params': Record<string, unknown>[] }
  expect(body['invalid-params'][0]).toMatchObject({ name, value, ...(allowed && { allowed }) })
  expect(body.detail).toContain(name)
}

describe('GET /api/v1/datasets', () => {
  it('lists the datasets with their source, licence, dates and links', async () => {
    const res = await get('/api/v1/datasets')
    await expectData(res)
    const { datasets } = (await res.json()) as { datasets: Record<string, unknown>[] }
    expect(datasets).toHaveLength(1)
    expect(datasets[0]).toMatchObject({
      id: ID,
      from: reference.meta.from,
      to: reference.meta.to,
      source: { id: 'ukraine-general-staff', shortName: "Ukraine's General Staff", role: 'party-to-the-war' },
      compiledBy: { author: 'Petro Ivaniuk', url: reference.meta.source.repository },
      licence: { name: 'MIT', copyright: reference.meta.source.copyright },
      links: {
        self: `${ORIGIN}${BASE}`,
        reports: `${ORIGIN}${BASE}/reports`,
        csv: `${ORIGIN}${BASE}/reports.csv`,
        latest: `${ORIGIN}${BASE}/reports/latest`,
        licence: `${ORIGIN}${BASE}/licence.txt`,
      },
    })
  })

  it('answers 304 to its ETag and HEAD without a body', async () => {
    const etag = (await get('/api/v1/datasets')).headers.get('etag') ?? ''
    expect((await get('/api/v1/datasets', { headers: { 'If-None-Match': etag } })).status).toBe(304)
    const head = await get('/api/v1/datasets', { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
  })
})

describe('GET /api/v1/datasets/{id}', () => {
  it('describes each category with the first and last date it is reported', async () => {
    const res = await get(BASE)
    await expectData(res)
    const body = (await res.json()) as {
      categories: { key: string; firstReported: string; lastReported: string }[]
      licenceText: string
    }
    expect(body.categories.map((c) => c.key).sort()).toEqual([...KEYS].sort())
    for (const category of body.categories) {
      const meta = CATEGORIES[category.key as keyof typeof CATEGORIES]
      expect([category.firstReported, category.lastReported]).toEqual([meta.firstDate, meta.lastDate])
    }
    expect(body.licenceText).toContain('Copyright (c) 2022 Petro Ivaniuk')
  })

  it('answers 404 problem+json for an unknown dataset', async () => {
    for (const path of ['/api/v1/datasets/no-such-data', '/api/v1/datasets/no-such-data/reports']) {
      const res = await get(path)
      expect(res.status).toBe(404)
      expect(res.headers.get('content-type')).toBe('application/problem+json')
    }
  })
})

describe('GET /api/v1/datasets/{id}/reports', () => {
  it('serves every report, value for value, null kept as null, increases derived from the day before', async () => {
    const res = await get(`${BASE}/reports`)
    await expectData(res)
    const body = (await res.json()) as { dataset: string; attribution: string; reports: ReportJson[] }
    expect(body.dataset).toBe(ID)
    expect(body.attribution).toContain("Ukraine's General Staff")
    expect(body.attribution).toContain('Petro Ivaniuk')
    expect(body.reports).toHaveLength(DAYS.length)
    body.reports.forEach((report, i) => {
      const day = DAYS[i] as Day
      expect([report.date, report.day]).toEqual([day.date, day.day])
      for (const key of KEYS) {
        expect(report.stats[key], `${day.date} ${key}`).toBe(day[key])
        expect(report.increase[key], `${day.date} ${key} increase`).toBe(rise(i, key))
      }
    })
    const sept14 = body.reports.find((r) => r.date === '2022-09-14')
    expect(sept14?.increase.personnel).toBe(350)
    // "vehicles" starts on May 1: its first increase is unknown, not the whole total.
    expect(body.reports.find((r) => r.date === '2022-05-01')?.increase.vehicles).toBeNull()
  })

  it('keeps only the dates from..to (inclusive) and the categories asked for', async () => {
    const res = await get(`${BASE}/reports?from=2022-09-13&to=2022-09-14&category=personnel,tanks`)
    await expectData(res)
    const { reports } = (await res.json()) as { reports: ReportJson[] }
    expect(reports.map((r) => r.date)).toEqual(['2022-09-13', '2022-09-14'])
    expect(reports[1]).toMatchObject({
      stats: { personnel: 53650, tanks: 2180 },
      increase: { personnel: 350, tanks: 5 },
    })
    expect(Object.keys(reports[1]?.stats ?? {})).toEqual(['personnel', 'tanks'])
  })

  it.each([
    ['from=2022-02-30', 'from', '2022-02-30'],
    ['to=yesterday', 'to', 'yesterday'],
    ['from=2022-09-14&to=2022-09-13', 'from', '2022-09-14'],
  ])('answers 400 naming the parameter for ?%s', async (query, name, value) => {
    await expectBadParameter(`${BASE}/reports?${query}`, name, value)
    await expectBadParameter(`${BASE}/reports.csv?${query}`, name, value)
  })

  it('answers 400 naming an unknown category and the categories allowed', async () => {
    await expectBadParameter(`${BASE}/reports?category=ships`, 'category', 'ships', DATASET_KEYS)
  })
})

describe('GET /api/v1/datasets/{id}/reports/{date}', () => {
  it('serves one report, and the newest for "latest"', async () => {
    const res = await get(`${BASE}/reports/2022-03-03`)
    await expectData(res)
    const { report } = (await res.json()) as { report: ReportJson }
    const i = DAYS.findIndex((d) => d.date === '2022-03-03')
    expect(report.stats.personnel).toBe(DAYS[i]?.personnel)
    expect(report.increase.personnel).toBe(rise(i, 'personnel'))
    const latest = (await (await get(`${BASE}/reports/latest`)).json()) as { report: ReportJson }
    expect(latest.report.date).toBe(reference.meta.to)
  })

  it('answers 404 for a date with no report and 400 for an impossible one', async () => {
    const missing = await get(`${BASE}/reports/2021-01-01`)
    expect(missing.status).toBe(404)
    expect(missing.headers.get('content-type')).toBe('application/problem+json')
    const res = await get(`${BASE}/reports/2022-13-01`)
    expect(res.status).toBe(400)
    const body = (await res.json()) as { 'invalid-params': Record<string, unknown>[] }
    expect(body['invalid-params'][0]).toMatchObject({ name: 'date', in: 'path', value: '2022-13-01' })
  })
})

describe('GET /api/v1/datasets/{id}/licence.txt', () => {
  it('serves the licence word for word, and both CSVs of its figures link it as rel="license"', async () => {
    const res = await get(`${BASE}/licence.txt`)
    await expectData(res, 'text/plain; charset=utf-8')
    expect(await res.text()).toBe(LICENCE)
    const link = `<${ORIGIN}${BASE}/licence.txt>; rel="license"`
    expect((await get(`${BASE}/reports.csv?category=tanks`)).headers.get('link')).toBe(link)
    const figures = await get('/api/v1/articles/russia-lost-350-troops-in-one-day/figures.csv')
    expect(figures.headers.get('link')).toBe(link)
  })

  it('answers 404 problem+json for an unknown dataset', async () => {
    const res = await get('/api/v1/datasets/no-such-data/licence.txt')
    expect(res.status).toBe(404)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
  })
})

describe('GET /api/v1/datasets/{id}/reports.csv', () => {
  it('has one row per date and a column per category and increase, empty where the JSON has null', async () => {
    const res = await get(`${BASE}/reports.csv`)
    await expectData(res, 'text/csv; charset=utf-8')
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${ID}-reports.csv"`)
    const [header, ...rows] = parseCsv(await res.text())
    expect(rows).toHaveLength(DAYS.length)
    rows.forEach((row, i) => {
      const cell = (column: string) => row[header?.indexOf(column) ?? -1]
      expect(cell('date')).toBe(DAYS[i]?.date)
      for (const key of KEYS) {
        const value = DAYS[i]?.[key]
        expect(cell(key), `${DAYS[i]?.date} ${key}`).toBe(value === null ? '' : String(value))
        const r = rise(i, key)
        expect(cell(`${key}_increase`)).toBe(r === null ? '' : String(r))
      }
    })
  })
})
