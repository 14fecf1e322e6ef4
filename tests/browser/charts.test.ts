// The charts as a browser draws them: each SVG on its own in light and dark at a phone's and a desktop's width,
// inline on the article page without script, and the PNGs the page offers.
import { describe, expect, it } from 'vitest'
import { openPage, type Scheme, WIDTHS } from './checks'
import { articlePath, chartPath, contextChartPath, equipmentChartPath } from './routes'
import { origin, skip, slugs, useBrowser } from './suite'

/** The backgrounds the chart palettes paint (src/views/charts/chart-style.ts), as the browser reports them. */
const BACKGROUNDS: Record<Scheme, string> = { light: 'rgb(255, 255, 255)', dark: 'rgb(18, 18, 18)' }
const THEMES = ['light', 'dark'] as const

/** Every chart the Worker draws for an article: the report's figures always, the daily series when it has them. */
async function chartsOf(slug: string): Promise<string[]> {
  const series = [contextChartPath(slug), equipmentChartPath(slug)]
  const found = await Promise.all(series.map((path) => fetch(`${origin}${path}`, { method: 'HEAD' })))
  return [chartPath(slug), ...series.filter((_, i) => found[i]?.status === 200)]
}
const charts = skip ? [] : (await Promise.all(slugs.map(chartsOf))).flat()
const VIEWS = WIDTHS.flatMap((width) => THEMES.map((theme) => ({ width, theme })))

describe.skipIf(skip)('charts in Chromium', () => {
  const browser = useBrowser()

  describe.each(charts)('GET %s', (path) => {
    it.each(VIEWS)(
      'fills $width px in the $theme theme, whatever the system prefers',
      async ({ width, theme }) => {
        const opposite: Scheme = theme === 'light' ? 'dark' : 'light'
        const opened = await openPage(browser(), `${origin}${path}?theme=${theme}`, {
          width,
          scheme: opposite,
        })
        try {
          expect(opened.problems()).toEqual([])
          const drawn = await opened.page.evaluate(() => {
            const svg = document.documentElement as unknown as SVGSVGElement
            const bg = svg.querySelector('.bg')
            const box = svg.getBoundingClientRect()
            const texts = [...svg.querySelectorAll('text')].map((t) => t.getBoundingClientRect())
            return {
              width: box.width,
              background: bg ? getComputedStyle(bg).fill : '',
              // Every label inside the drawing: nothing runs off its right edge.
              overflowing: texts.filter((t) => t.right > box.right + 1).length,
              smallestText: Math.min(
                ...[...svg.querySelectorAll('text')].map((t) => t.getBoundingClientRect().height),
              ),
            }
          })
          expect(drawn.width).toBeCloseTo(width, 0)
          expect(drawn.background).toBe(BACKGROUNDS[theme])
          expect(drawn.overflowing).toBe(0)
          // Scaled down to a phone, the smallest label is still about 9 px or more tall.
          expect(drawn.smallestText).toBeGreaterThanOrEqual(9)
        } finally {
          await opened.close()
        }
      },
    )
  })

  describe.each(slugs)('the charts inline on %s', (slug) => {
    it.each(VIEWS)(
      'at $width px in $theme: drawn without script, within the column',
      async ({ width, theme }) => {
        const opened = await openPage(browser(), `${origin}${articlePath(slug)}`, { width, scheme: theme })
        try {
          expect(opened.problems()).toEqual([])
          const figures = await opened.page.evaluate(() =>
            [...document.querySelectorAll('figure.chart-figure')].map((figure) => {
              const svg = figure.querySelector('svg')
              const box = svg?.getBoundingClientRect()
              const bg = svg?.querySelector('.bg')
              return {
                id: figure.id,
                height: box?.height ?? 0,
                right: box?.right ?? Number.POSITIVE_INFINITY,
                background: bg ? getComputedStyle(bg).fill : '',
                title: svg?.querySelector('title')?.textContent ?? '',
                caption: figure.querySelector('figcaption')?.textContent ?? '',
              }
            }),
          )
          expect(figures.map((f) => f.id)).toContain('snapshot-chart')
          for (const figure of figures) {
            expect(figure.height).toBeGreaterThan(100)
            expect(figure.right).toBeLessThanOrEqual(width)
            expect(figure.background).toBe(BACKGROUNDS[theme])
            expect(figure.title).not.toBe('')
            expect(figure.caption).toContain('How to read it')
          }
        } finally {
          await opened.close()
        }
      },
    )

    it('offers PNGs that load as images of the size the page states', async () => {
      const opened = await openPage(browser(), `${origin}${articlePath(slug)}`, { width: 1280 })
      try {
        const sizes = await opened.page.evaluate(async () => {
          const links = [...document.querySelectorAll<HTMLAnchorElement>('a[href$=".png"]')]
          const og = document.querySelector<HTMLMetaElement>('meta[property="og:image"]')?.content
          const urls = [...new Set([...links.map((a) => a.href), ...(og ? [og] : [])])]
          return Promise.all(
            urls.map(
              (src) =>
                new Promise<{ src: string; width: number; height: number }>((done) => {
                  const image = new Image()
                  image.onload = () => done({ src, width: image.naturalWidth, height: image.naturalHeight })
                  image.onerror = () => done({ src, width: 0, height: 0 })
                  image.src = new URL(new URL(src).pathname, location.href).href
                }),
            ),
          )
        })
        expect(sizes.length).toBeGreaterThanOrEqual(2)
        for (const { src, width, height } of sizes) {
          expect(width, src).toBeGreaterThan(0)
          if (src.includes('/og.')) expect([width, height]).toEqual([1200, 630])
        }
      } finally {
        await opened.close()
      }
    })
  })
})
