// The article on paper, from a reader whose system is set to dark: Chromium's own print to A4. The charts print in
// the print palette (white ground, grey bars, black for the article's day), and the page count stays small.
import { describe, expect, it } from 'vitest'
import { openPage, SCREENSHOT_DIR } from './checks'
import { articlePath } from './routes'
import { origin, skip, slugs, useBrowser } from './suite'

/** A4 pages the article takes (8 on 2026-12-02: text, two charts, the figures tables); more is a regression. */
const MOST_PAGES = 8

describe.skipIf(skip)('the article printed on A4 with a dark system preference', () => {
  const browser = useBrowser()

  it.each(slugs)('%s: light charts, and at most a few pages', async (slug) => {
    const opened = await openPage(browser(), `${origin}${articlePath(slug)}`, { width: 800, scheme: 'dark' })
    try {
      const { page } = opened
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' })
      const charts = await page.evaluate(() =>
        [...document.querySelectorAll('figure.chart-figure svg.chart')].map((svg) => {
          const fill = (selector: string) => {
            const el = svg.querySelector(selector)
            return el ? getComputedStyle(el).fill : ''
          }
          const stroke = (selector: string) => {
            const el = svg.querySelector(selector)
            return el ? getComputedStyle(el).stroke : ''
          }
          return {
            bg: fill('.bg'),
            text: fill('text:not(.muted)'),
            mark: fill('.mark'),
            bars: stroke('.bars') || fill('.bar'),
          }
        }),
      )
      expect(charts.length).toBeGreaterThan(0)
      for (const chart of charts) {
        // The print palette (src/views/palette.ts PRINT), not the dark one.
        expect(chart.bg).toBe('rgb(255, 255, 255)')
        expect(chart.text).toBe('rgb(0, 0, 0)')
        expect(chart.bars).toBe('rgb(139, 149, 160)')
        if (chart.mark) expect(chart.mark).toBe('rgb(0, 0, 0)')
      }
      const pdf = await page.pdf({ format: 'A4', path: `${SCREENSHOT_DIR}/print-${slug}.pdf` })
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0
      console.log(`Print: ${slug} takes ${pages} A4 pages`)
      expect(pages).toBeGreaterThan(0)
      expect(pages).toBeLessThanOrEqual(MOST_PAGES)
    } finally {
      await opened.close()
    }
  })
})
