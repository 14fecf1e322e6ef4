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
    expect(svg).toContain('>Source: Ukraine&#39;s General Staff; claims by a party to the war,')
    expect(svg).toContain('Petro Ivaniuk, MIT licence.')
    expect(svg).toContain('class="foot">Russia-Ukraine war: figures and sources</text>')
  })

  it('draws each day to one zero-based scale, leaves a gap where a day has no figure, and cuts off outliers', async () => {
    const svg = await (await get(CHART)).text()
    const ticks = elements(svg, 'text').filter((t) => t['data-value'] !== undefined)
    const zero = ticks.find((t) => t['data-value'] === '0')
    const top = ticks.at(-1)
    const axisTop = Number(top?.['data-value'])
    // A tick label's y is its line's y plus 4 (the text baseline), the same for every tick.
    const unitsPerValue = (Number(zero?.y) - Number(top?.y)) / axisTop
    const baseline = Number(zero?.y) - 4
    const bars = elements(svg, 'rect').filter((r) => r['data-date'])
    const known = rises.filter((r) => r.rise !== null)
    expect(bars.map((b) => b['data-date'])).toEqual(known.map((r) => r.date))
    for (const bar of bars) {
      const rise = known.find((r) => r.date === bar['data-date'])?.rise as number
      expect(Number(bar.y) + Number(bar.height)).toBeCloseTo(baseline, 0)
      expect(Number(bar.height)).toBeCloseTo(Math.min(rise, axisTop) * unitsPerValue, 0)
    }
    const cut = elements(svg, 'path').filter((p) => p['data-clipped'])
    expect(cut.map((p) => p['data-clipped'])).toEqual(
      known.filter((r) => (r.rise as number) > axisTop).map((r) => r.date),
    )
    expect(rises[0]?.rise).toBeNull()
    expect(bars.some((b) => b['data-date'] === rises[0]?.date)).toBe(false)
  })

  it("marks the article's day, Sept. 14, and labels it with its rise", async () => {
    const svg = await (await get(CHART)).text()
    const marked = elements(svg, 'rect').filter((r) => r.class === 'mark')
    expect(marked.map((r) => r['data-date'])).toEqual(['2022-09-14'])
    expect(svg).toMatch(/data-marked="2022-09-14">Sept. 14: \+350<\/text>/)
  })

  it('draws the 7-day average through the last seven days', async () => {
    const svg = await (await get(CHART)).text()
    const line = elements(svg, 'path').find((p) => p.class === 'avg')?.d ?? ''
    const lastY = Number(line.trim().split(/[ML]/).at(-1)?.split(' ')[1])
    const ticks = elements(svg, 'text').filter((t) => t['data-value'] !== undefined)
    const zero = ticks.find((t) => t['data-value'] === '0')
    const top = ticks.at(-1)
    const unitsPerValue = (Number(zero?.y) - Number(top?.y)) / Number(top?.['data-value'])
    const week = rises.slice(-7).map((r) => r.rise as number)
    const mean = week.reduce((a, b) => a + b, 0) / 7
    expect((Number(zero?.y) - 4 - lastY) / unitsPerValue).toBeCloseTo(mean, -1)
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
    const tops = elements(svg, 'text').filter((t) => t['data-panel-top'])
    const rects = elements(svg, 'rect').filter((r) => r['data-panel'])
    const clipped = elements(svg, 'path').filter((p) => p['data-clipped'])
    labels.forEach((label, i) => {
      const key = label['data-panel-label'] as string
      const top = Number(tops[i]?.['data-panel-top'])
      const bars = rects.filter((r) => r['data-panel'] === key)
      const rises = risesOf(key)
      // The panel's scale, read from its own axis: the labels of its top and of its zero.
      const zero = elements(svg, 'text').find((t) => t['data-panel-zero'] === key)
      const unit = (Number(zero?.y) - Number(tops[i]?.y)) / top
      const dates = (reference.days as { date: string }[]).map((d) => d.date)
      for (const bar of bars) {
        const rise = rises[dates.indexOf(bar['data-date'] as string)] as number
        expect(Number(bar.height), `${key} ${bar['data-date']}`).toBeCloseTo(Math.min(rise, top) * unit, 0)
      }
      expect(bars.map((b) => b['data-date'])).toEqual(dates.filter((_, j) => rises[j] !== null))
      expect(bars.filter((b) => b.class === 'mark').map((b) => b['data-date'])).toEqual(['2022-09-14'])
      // A column cut off at the top says so with a triangle above it.
      const cut = dates.filter((_, j) => (rises[j] ?? 0) > top)
      expect(clipped.filter((p) => p['data-panel'] === key).map((p) => p['data-clipped'])).toEqual(cut)
    })
    expect(svg).toContain('Sept. 14: +5</text>')
    expect(svg).toContain('Sept. 14: +11</text>')
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
    expect(before.endsWith('according to the Ukrainian military.</p>')).toBe(true)
    expect(before.slice(before.lastIndexOf('<p>'))).toContain('Russia lost 350 troops')
    const caption = html.slice(figure, html.indexOf('</figure>', figure))
    expect(caption).toContain('<svg xmlns="http://www.w3.org/2000/svg"')
    expect(caption).toContain('aria-labelledby="context-title context-desc"')
    expect(caption).toContain('How to read it:')
    expect(caption).toContain(`href="${ORIGIN}/embed/${FEATURED}/context.svg"`)
    expect(caption).toContain(`href="${ORIGIN}/api/v1/datasets/general-staff-losses/reports.csv"`)
    expect(caption).not.toContain('<style')
  })
})
