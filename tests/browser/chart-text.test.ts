// The charts inline on the article page, read as a reader would meet them: from a 320 px phone to a desktop, light
// and dark, every piece of chart text (ticks, labels, notes, key, credits) renders at 12 CSS px or more, and no
// two text boxes of a chart touch.
import { describe, expect, it } from 'vitest'
import { openPage, SCHEMES } from './checks'
import { articlePath } from './routes'
import { origin, skip, slugs, useBrowser } from './suite'

/** Phones (320, 360, 414), a tablet (768) and a desktop (1280). */
const COLUMN_WIDTHS = [320, 360, 414, 768, 1280] as const
const VIEWS = COLUMN_WIDTHS.flatMap((width) => SCHEMES.map((scheme) => ({ width, scheme })))

type TextBox = { text: string; px: number; left: number; right: number; top: number; bottom: number }

describe.skipIf(skip)('chart text on the article page', () => {
  const browser = useBrowser()

  describe.each(slugs)('%s', (slug) => {
    it.each(VIEWS)('at $width px, $scheme: 12 px or more, and no overlaps', async ({ width, scheme }) => {
      const opened = await openPage(browser(), `${origin}${articlePath(slug)}`, { width, scheme })
      try {
        const charts = await opened.page.evaluate(() => {
          const box = (r: DOMRect, text: string, px: number) => ({
            text,
            px,
            left: r.left,
            right: r.right,
            top: r.top,
            bottom: r.bottom,
          })
          return [...document.querySelectorAll('figure.chart-figure')].map((figure) => {
            const boxes: TextBox[] = []
            // SVG text: its font size times the scale the drawing is shown at.
            for (const t of figure.querySelectorAll<SVGTextElement>('svg text')) {
              if (getComputedStyle(t).display === 'none' || !t.textContent?.trim()) continue
              const scale = t.getScreenCTM()?.a ?? 1
              boxes.push(
                box(
                  t.getBoundingClientRect(),
                  t.textContent,
                  Number.parseFloat(getComputedStyle(t).fontSize) * scale,
                ),
              )
            }
            // HTML text around the plot (title, notes, key, credits, caption): each line box of each text node.
            const walker = document.createTreeWalker(figure, NodeFilter.SHOW_TEXT)
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const parent = node.parentElement
              if (!parent || parent.closest('svg') || parent.closest('details:not([open]) > :not(summary)'))
                continue
              if (!node.textContent?.trim()) continue
              const range = document.createRange()
              range.selectNodeContents(node)
              for (const r of range.getClientRects())
                boxes.push(
                  box(r, node.textContent.trim(), Number.parseFloat(getComputedStyle(parent).fontSize)),
                )
            }
            return { id: figure.id, boxes, right: document.documentElement.clientWidth }
          })
        })
        expect(charts.map((c) => c.id)).toContain('snapshot-chart')
        for (const { id, boxes, right } of charts) {
          expect(boxes.length, id).toBeGreaterThan(10)
          const small = boxes.filter((b) => b.px < 12).map((b) => `${b.text} (${b.px.toFixed(1)} px)`)
          expect(small, `${id}: text under 12 px`).toEqual([])
          const outside = boxes.filter((b) => b.left < -0.5 || b.right > right + 0.5).map((b) => b.text)
          expect(outside, `${id}: text off the screen`).toEqual([])
          const overlaps: string[] = []
          boxes.forEach((a, i) => {
            for (const b of boxes.slice(i + 1)) {
              const x = Math.min(a.right, b.right) - Math.max(a.left, b.left)
              const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top)
              if (x > 0.5 && y > 0.5) overlaps.push(`"${a.text}" and "${b.text}"`)
            }
          })
          expect(overlaps, `${id}: text boxes that overlap`).toEqual([])
        }
      } finally {
        await opened.close()
      }
    })
  })
})
