import { describe, expect, it } from 'vitest'
import { wrapWords } from '../src/views/charts/scale'
import { FEATURED, fetchWorker, inlineStyleSource } from './helpers'

const CHART = `/embed/${FEATURED}/chart.svg`

describe('GET /embed/{slug}/chart.svg', () => {
  it('answers an SVG any site may load, with cache validators', async () => {
    const res = await fetchWorker(CHART)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/svg+xml')
    expect(res.headers.get('cache-control')).toBe('public, max-age=3600, stale-while-revalidate=86400')
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    // Opened on its own, the SVG is a document: its own style applies, nothing runs.
    const csp = res.headers.get('content-security-policy') ?? ''
    expect(csp).toContain(await inlineStyleSource(await (await fetchWorker(CHART)).text()))
    expect(csp).not.toContain('unsafe-inline')
    const etag = res.headers.get('etag') ?? ''
    expect(etag).toMatch(/^"[\w-]+"$/)
    const again = await fetchWorker(CHART, { headers: { 'If-None-Match': etag } })
    expect(again.status).toBe(304)
    expect(again.headers.get('access-control-allow-origin')).toBe('*')
    const head = await fetchWorker(CHART, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.headers.get('etag')).toBe(etag)
    expect(await head.text()).toBe('')
  })

  it('scales to any width and says in words what it shows', async () => {
    const svg = await (await fetchWorker(CHART)).text()
    expect(svg).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/,
    )
    expect(svg).toMatch(/ viewBox="0 0 400 \d+" width="100%"/)
    expect(svg).toContain(
      '<title id="chart-title">Russian losses according to Ukraine&#39;s General Staff, as of Sept. 14, 2022</title>',
    )
    const desc = svg.match(/<desc id="chart-desc">(.*?)<\/desc>/)?.[1] ?? ''
    expect(desc).toContain('Personnel: about 53,650, up 350.')
    expect(desc).toContain('Multiple rocket launchers: 311, unchanged.')
    expect(desc).toContain('not been independently verified')
    // The source and date are in the picture too, not only in the alt text.
    expect(svg).toContain('class="foot muted">Source: General Staff of the Armed Forces of Ukraine')
    expect(svg).toMatch(/Figures as of Sept. 14, 2022.<\/text>/)
    expect(svg).toContain('>Data: “2022 Russia Ukraine War” by Petro Ivaniuk, MIT')
    expect(svg).toContain('class="foot">Chart: Russia-Ukraine war: figures and sources.</text>')
    expect(svg).toContain('@media (prefers-color-scheme:dark)')
    expect(svg).toContain('data-theme="auto"')
    expect(svg).not.toContain('<script')
  })

  it('draws only the chosen categories, and an earlier report when asked', async () => {
    const svg = await (await fetchWorker(`${CHART}?category=tanks,aircraft&report=2022-09-13`)).text()
    const bars = svg.match(/class="bar"/g) ?? []
    expect(bars).toHaveLength(2)
    expect(svg).toContain('>2,175</text>')
    expect(svg).toContain('>244</text>')
    expect(svg).not.toContain('Personnel')
  })

  it.each([
    ['category=ships', 'category', 'ships'],
    ['category=tanks,<script>', 'category', '<script>'],
    ['report=tomorrow', 'report', 'tomorrow'],
    ['theme=sepia', 'theme', 'sepia'],
  ])('answers 400 naming the parameter for ?%s', async (query, name, value) => {
    const res = await fetchWorker(`${CHART}?${query}`)
    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
    const body = (await res.json()) as { 'invalid-params': { name: string; value: string }[] }
    expect(body['invalid-params'][0]).toMatchObject({ name, value })
  })

  it.each(['light', 'dark', 'auto'])(
    'draws the %s theme when asked, as its own representation',
    async (theme) => {
      const res = await fetchWorker(`${CHART}?theme=${theme}`)
      expect(res.status).toBe(200)
      expect(await res.text()).toContain(`data-theme="${theme}"`)
    },
  )

  it('answers 404 for an unknown article', async () => {
    expect((await fetchWorker('/embed/no-such-article/chart.svg')).status).toBe(404)
  })
})

describe('wrapWords', () => {
  it('breaks text into lines no longer than asked', () => {
    expect(wrapWords('Russian losses according to Ukraine’s General Staff', 20)).toEqual([
      'Russian losses',
      'according to',
      'Ukraine’s General',
      'Staff',
    ])
  })
})
