// The context chart: the General Staff's claimed daily rise in personnel losses over the whole series, read back
// from the SVG and checked against the reference file (tests/fixtures), not against the code that drew it.
import { describe, expect, it } from 'vitest'
import reference from './fixtures/general-staff-reference/general-staff-daily.json'
import { appFor, dataWithFixture, FEATURED, ORIGIN } from './helpers'
import { REAL_DATA } from './real-data'

const CHART = `/embed/${FEATURED}/context.svg`
const app = await appFor(REAL_DATA)
const get = (path: string, init?: RequestInit) => app.request(`${ORIGIN}${path}`, init)

type Day = { date: string; personnel: number | null }
/** Each day's rise in the claimed total, from the reference file: null on the first day or beside a null. */
const rises = (reference.days as Day[]).map((d, i, days) => {
  const before = days[i - 1]?.personnel
  return { date: d.date, rise: d.personnel === null || before == null ? null : d.personnel - before }
})

function elements(svg: string, tag: string): Record<string, string>[] {
  return [...svg.matchAll(new RegExp(`<${tag}\\s([^>]*)>`, 'g'))].map((m) =>
    Object.fromEntries([...(m[1] ?? '').matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1], a[2]])),
  )
}

/**
 * A path of columns read back as a pen would: each column is a move, then a vertical line up from the baseline; a
 * column's date is the day at its x (one unit a day, from `dates[0]`).
 */
function penColumns(path: string, dates: string[]) {
  const pen = { x: 0, y: 0 }
  const columns: { date: string; height: number; from: number }[] = []
  for (const [, command, a, b] of path.matchAll(/([Mmv])(-?[\d.]+)(?: (-?[\d.]+))?/g)) {
    if (command === 'M') Object.assign(pen, { x: Number(a), y: Number(b) })
    else if (command === 'm') Object.assign(pen, { x: pen.x + Number(a), y: pen.y + Number(b) })
    else {
      columns.push({ date: dates[Math.floor(pen.x)] ?? '', height: -Number(a), from: pen.y })
      pen.y += Number(a)
    }
  }
  return columns
}

describe('GET /embed/{slug}/context.svg', () => {
  it('answers an SVG any site may load, with validators and a title and description in words', async () => {
    const res = await get(CHART)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/svg+xml')
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin')
    const etag = res.headers.get('etag') ?? ''
    expect(etag).toMatch(/^"[\w-]+"$/)
    expect((await get(CHART, { headers: { 'If-None-Match': etag } })).status).toBe(304)
    const svg = await res.text()
    expect(svg).toContain(
      '<title id="context-title">Russian personnel losses per day, as claimed by Ukraine&#39;s General Staff</title>',
    )
    const desc = svg.match(/<desc id="context-desc">(.*?)<\/desc>/)?.[1] ?? ''
    expect(desc).toContain('On Sept. 14, 2022, the day the article reports, the claimed total rose by 350')
    expect(desc).toContain('the largest rise, 3,160, was on March 3, 2022')
    expect(desc).toContain('not been independently verified')
    // The claimant, the dataset's credit and the site are on the graphic itself.
    expect(svg).toContain('>Source: Ukraine&#39;s General Staff; claims by a party to the')
    expect(svg).toContain('>Data: “2022 Russia Ukraine War” by Petro Ivaniuk, MIT')
    expect(svg).toContain('class="foot">Chart: Russia-Ukraine war: figures and sources.</text>')
  })

  it('tells days not reported from days whose total was only "more than", and explains the jump after', async () => {
    const svg = await (await get(CHART)).text()
    const desc = svg.match(/<desc id="context-desc">(.*?)<\/desc>/)?.[1] ?? ''
    // From the reference: the report of Feb. 25 is the first, so it has no rise; March 7 and 9 to 14 repeat a total.
    expect(desc).toContain('The first report, Feb. 25, has no rise: there is no report before it.')
    expect(desc).toContain(
      'On 7 days from March 7 to March 14 (shaded) the total was given only as “more than” 11,000, then 12,000',
    )
    expect(desc).toContain(
      'The rises on March 8 (+1,000) and March 15 (+1,500) are counted from the total held before',
    )
    expect(desc).not.toContain('1 day has')
    // Each held run is shaded: March 7 alone, then March 9 to 14 (6 days), as shares of the time axis.
    const held = elements(svg, 'rect').filter((r) => r.class === 'held' && r.width?.endsWith('%'))
    const share = (days: number) => `${Math.round((days / rises.length) * 10000) / 100}%`
    expect(held.map((r) => r.width)).toEqual([share(1), share(6)])
  })

  it('draws each day to one zero-based scale as one path, no column where a day has no rise, outliers cut off', async () => {
    const svg = await (await get(CHART)).text()
    const ticks = elements(svg, 'text').filter((t) => t['data-value'] !== undefined)
    const zero = ticks.find((t) => t['data-value'] === '0')
    const top = ticks.at(-1)
    const axisTop = Number(top?.['data-value'])
    // A tick label's y is its line's y plus 4 (the text baseline); the columns are drawn in the marks' own box.
    const marks = elements(svg, 'svg').find((e) => e.class === 'marks')
    const baseline = Number(zero?.y) - 4 - Number(marks?.y)
    const pxPerValue = (Number(zero?.y) - Number(top?.y)) / axisTop
    expect(marks?.viewBox).toBe(`0 0 ${rises.length} ${marks?.height}`)
    // Read the path back as a pen would (penColumns).
    const path = elements(svg, 'path').find((p) => p.class === 'bars')?.d ?? ''
    const columns = penColumns(
      path,
      rises.map((r) => r.date),
    )
    const drawn = rises.filter((r) => r.rise !== null && r.rise > 0 && r.date !== '2022-09-14')
    expect(columns.map((c) => c.date)).toEqual(drawn.map((r) => r.date))
    for (const column of columns) {
      const rise = drawn.find((r) => r.date === column.date)?.rise as number
      expect(column.from).toBeCloseTo(baseline, 5)
      expect(Math.abs(column.height - Math.min(rise, axisTop) * pxPerValue)).toBeLessThanOrEqual(0.6)
    }
    const cut = elements(svg, 'use').filter((p) => p['data-clipped'])
    expect(cut.map((p) => p['data-clipped'])).toEqual(
      drawn.filter((r) => (r.rise as number) > axisTop).map((r) => r.date),
    )
    expect(rises[0]?.rise).toBeNull()
    // A few paths, not one element per day.
    expect(svg.match(/<rect /g)?.length ?? 0).toBeLessThan(12)
  })

  it("marks the article's day, Sept. 14, at least 3 px wide, and labels it above the plot on a leader", async () => {
    const svg = await (await get(CHART)).text()
    const marked = elements(svg, 'rect').filter((r) => r.class === 'mark' && r['data-date'])
    expect(marked.map((r) => r['data-date'])).toEqual(['2022-09-14'])
    expect(Number(marked[0]?.width)).toBeGreaterThanOrEqual(3)
    expect(svg).toMatch(/data-marked="2022-09-14">Sept. 14: \+350<\/text>/)
    // The label sits above the top gridline, where it cannot be read as a value of the axis.
    const label = elements(svg, 'text').find((t) => t['data-marked'])
    const top = elements(svg, 'text')
      .filter((t) => t['data-value'] !== undefined)
      .at(-1)
    expect(Number(label?.y)).toBeLessThan(Number(top?.y) - 4 - 12)
    expect(svg).toContain('<line class="mark-line"')
  })

  it('draws the 7-day average through the last seven days', async () => {
    const svg = await (await get(CHART)).text()
    const line = elements(svg, 'path').find((p) => p.class === 'avg')?.d ?? ''
    const lastY = Number(line.trim().split(/[ML]/).at(-1)?.split(' ')[1])
    const ticks = elements(svg, 'text').filter((t) => t['data-value'] !== undefined)
    const zero = ticks.find((t) => t['data-value'] === '0')
    const top = ticks.at(-1)
    const marks = elements(svg, 'svg').find((e) => e.class === 'marks')
    const pxPerValue = (Number(zero?.y) - Number(top?.y)) / Number(top?.['data-value'])
    const week = rises.slice(-7).map((r) => r.rise as number)
    const mean = week.reduce((a, b) => a + b, 0) / 7
    expect((Number(zero?.y) - 4 - Number(marks?.y) - lastY) / pxPerValue).toBeCloseTo(mean, -1)
  })

  it.each(['light', 'dark', 'auto'])('draws the %s theme when asked', async (theme) => {
    const res = await get(`${CHART}?theme=${theme}`)
    expect(res.status).toBe(200)
    expect(await res.text()).toContain(`data-theme="${theme}"`)
  })

  it('answers 400 naming the theme and the themes allowed', async () => {
    const res = await get(`${CHART}?theme=sepia`)
    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
    const body = (await res.json()) as {
      'invalid-params': { name: string; value: string; allowed: string[] }[]
    }
    expect(body['invalid-params'][0]).toMatchObject({
      name: 'theme',
      value: 'sepia',
      allowed: ['light', 'dark', 'auto'],
    })
  })

  it("draws another article's lead figure from the same dataset, and answers 404 for an unknown article", async () => {
    const drones = await appFor(dataWithFixture())
    const res = await drones.request(`${ORIGIN}/embed/drone-report/context.svg`)
    expect(res.status).toBe(200)
    const svg = await res.text()
    expect(svg).toContain('Russian drones lost per day')
    expect(svg).toMatch(/data-marked="2022-09-14">Sept. 14: \+4<\/text>/)
    expect((await get('/embed/no-such-article/context.svg')).status).toBe(404)
  })
})

describe('GET /embed/{slug}/equipment.svg', () => {
  const EQUIPMENT = `/embed/${FEATURED}/equipment.svg`
  /** The reference's daily rise for one category: null on the first day or beside a null. */
  const risesOf = (key: string) =>
    (reference.days as Record<string, unknown>[]).map((d, i, days) => {
      const today = d[key]
      const before = days[i - 1]?.[key]
      return typeof today === 'number' && typeof before === 'number' ? today - before : null
    })

  it('draws a panel per piece of equipment the article quotes, each on its own axis, Sept. 14 marked in each', async () => {
    const res = await get(EQUIPMENT)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/svg+xml')
    const svg = await res.text()
    const labels = elements(svg, 'text').filter((t) => t['data-panel-label'])
    expect(labels.map((t) => t['data-panel-label'])).toEqual([
      'tanks',
      'afv',
      'artillery',
      'aircraft',
      'helicopters',
    ])
    const dates = (reference.days as { date: string }[]).map((d) => d.date)
    for (const key of labels.map((t) => t['data-panel-label'] as string)) {
      // The panel's own drawing: from its <svg data-panel> to the next panel's.
      const start = svg.indexOf(`data-panel="${key}"`)
      const next = svg.indexOf('data-panel="', start + 12)
      const panel = svg.slice(start, next < 0 ? undefined : next)
      const rises = risesOf(key)
      // Its scale, read from its own axis: the labels of its zero and its top.
      const ticks = elements(panel, 'text').filter((t) => t['data-value'] !== undefined)
      const top = Number(ticks.at(-1)?.['data-value'])
      const pxPerValue = (Number(ticks[0]?.y) - Number(ticks.at(-1)?.y)) / top
      const marks = elements(panel, 'svg').find((e) => e.class === 'marks')
      const baseline = Number(ticks[0]?.y) - 4 - Number(marks?.y)
      // Its columns: one path, read as the context chart's.
      const path = elements(panel, 'path').find((p) => p.class === 'bars')?.d ?? ''
      const columns = penColumns(path, dates)
      const drawn = dates.filter((d, j) => (rises[j] ?? 0) > 0 && d !== '2022-09-14')
      expect(
        columns.map((c) => c.date),
        key,
      ).toEqual(drawn)
      for (const column of columns) {
        const rise = rises[dates.indexOf(column.date)] as number
        expect(column.from).toBeCloseTo(baseline, 5)
        expect(
          Math.abs(column.height - Math.min(rise, top) * pxPerValue),
          `${key} ${column.date}`,
        ).toBeLessThanOrEqual(0.6)
      }
      const marked = elements(panel, 'rect').filter((r) => r.class === 'mark')
      expect(marked.map((r) => r['data-date'])).toEqual(['2022-09-14'])
      expect(Number(marked[0]?.width)).toBeGreaterThanOrEqual(3)
      // A column cut off at the top says so with a triangle above it, and its value under the panel.
      const cut = dates.filter((_, j) => (rises[j] ?? 0) > top)
      expect(elements(panel, 'use').map((u) => u['data-clipped'])).toEqual(cut)
      expect(elements(panel, 'text').some((t) => t['data-cut'] === key)).toBe(cut.length > 0)
    }
    // A time axis on every panel.
    expect(svg.match(/>March<\/text>/g)?.length).toBe(labels.length)
    expect(svg).toContain('>Sept. 14: +5</text>')
    expect(svg).toContain('>Sept. 14: +11</text>')
  })

  it('answers 400 naming a bad theme', async () => {
    const res = await get(`${EQUIPMENT}?theme=sepia`)
    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
  })
})

describe('The article page with its context', () => {
  it('shows the context chart inline right after the paragraph that states the one-day figure', async () => {
    const html = await (await get(`/articles/${FEATURED}`)).text()
    const figure = html.indexOf('<figure class="chart-figure" id="context-chart">')
    expect(figure).toBeGreaterThan(0)
    const before = html.slice(0, figure)
    expect(before.endsWith('according to the Ukrainian military.</p></blockquote>')).toBe(true)
    expect(before.slice(before.lastIndexOf('<p>'))).toContain('Russia lost 350 troops')
    const caption = html.slice(figure, html.indexOf('</figure>', figure))
    expect(caption).toContain('<svg class="chart inset" data-theme="auto"')
    expect(caption).toContain('aria-labelledby="context-title context-desc"')
    expect(caption).toContain('How to read it:')
    expect(caption).toContain(`href="${ORIGIN}/embed/${FEATURED}/context.svg"`)
    expect(caption).toContain(`href="${ORIGIN}/api/v1/datasets/general-staff-losses/reports.csv"`)
    expect(caption).not.toContain('<style')
  })
})

describe('The article page: the daily series as a table', () => {
  /** The days whose total stayed "more than" a number (reference: general-staff-daily.md). */
  const HELD = [
    '2022-03-07',
    '2022-03-09',
    '2022-03-10',
    '2022-03-11',
    '2022-03-12',
    '2022-03-13',
    '2022-03-14',
  ]
  const MONTHS = ['Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.']

  it('folds every report’s rise into a <details> calendar, a column per month and a row per day', async () => {
    const html = await (await get(`/articles/${FEATURED}`)).text()
    const figure = html.slice(
      html.indexOf('id="context-chart"'),
      html.indexOf('</figure>', html.indexOf('id="context-chart"')),
    )
    const details = /<details class="chart-values"><summary>([^<]*)<\/summary>([\s\S]*?)<\/details>/.exec(
      figure,
    )
    expect(details?.[1]).toBe('The rise, day by day')
    const table = details?.[2] ?? ''
    const head = [
      ...(table.match(/<thead>[\s\S]*?<\/thead>/)?.[0] ?? '').matchAll(/<th scope="col">([^<]*)</g),
    ]
    expect(head.map((m) => m[1])).toEqual(['Day', ...MONTHS])
    const rows = [...table.matchAll(/<tr><th scope="row">(\d+)<\/th>([\s\S]*?)<\/tr>/g)]
    expect(rows.map((r) => Number(r[1]))).toEqual(Array.from({ length: 31 }, (_, i) => i + 1))
    const cell = new Map<string, string>()
    for (const [, day, cells] of rows)
      [...(cells ?? '').matchAll(/<td>([^<]*)<\/td>/g)].forEach((m, i) => {
        cell.set(`2022-${String(i + 2).padStart(2, '0')}-${String(day).padStart(2, '0')}`, m[1] ?? '')
      })
    expect(cell.size).toBe(31 * MONTHS.length)
    const sign = (n: number) =>
      n === 0 ? '0' : `${n > 0 ? '+' : '\u2212'}${Math.abs(n).toLocaleString('en-US')}`
    for (const { date, rise } of rises) {
      const expected = HELD.includes(date) ? 'held' : rise === null ? '–' : sign(rise)
      expect(cell.get(date), date).toBe(expected)
    }
    // The days with no report in the series (before Feb. 25, or not in the calendar) are left empty.
    const reported = new Set(rises.map((r) => r.date))
    const empty = [...cell].filter(([date]) => !reported.has(date))
    expect(empty.length).toBe(31 * MONTHS.length - rises.length)
    expect(empty.every(([, text]) => text === '')).toBe(true)
  })
})
