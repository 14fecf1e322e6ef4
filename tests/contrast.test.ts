// WCAG AA contrast of the one palette (src/views/palette.ts), in both schemes and in print, and proof that the
// page, the card and the charts take every colour from it.
import { describe, expect, it } from 'vitest'
import BASE from '../src/static/base.css'
import CARD from '../src/static/card.css'
import PAGE from '../src/static/page.css'
import { CHART_CSS } from '../src/views/charts/chart-style'
import { PALETTE, PALETTE_CSS, PRINT } from '../src/views/palette'

/** WCAG 2 relative luminance of a #rgb or #rrggbb colour. */
function luminance(hex: string): number {
  const h = hex.length === 4 ? [...hex.slice(1)].map((c) => c + c).join('') : hex.slice(1)
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = Number.parseInt(h.slice(i, i + 2), 16) / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}

describe('The palette', () => {
  it.each(Object.entries(PALETTE))('in its %s scheme: text 4.5:1 or more, marks 3:1 or more', (_name, p) => {
    for (const text of [p.fg, p.muted, p.accent]) expect(contrast(text, p.bg)).toBeGreaterThanOrEqual(4.5)
    for (const mark of [p.bar, p.axis]) expect(contrast(mark, p.bg)).toBeGreaterThanOrEqual(3)
  })

  it.each([...Object.entries(PALETTE), ['print', PRINT] as const])(
    "in %s: the article's day stands out 3:1 or more from the other bars",
    (_name, p) => {
      expect(contrast(p.mark, p.bar)).toBeGreaterThanOrEqual(3)
      expect(contrast(p.mark, p.bg)).toBeGreaterThanOrEqual(4.5)
    },
  )

  it('prints dark on white', () => {
    for (const text of [PRINT.fg, PRINT.muted, PRINT.accent])
      expect(contrast(text, PRINT.bg)).toBeGreaterThanOrEqual(7)
  })

  it('is what pages and cards read, as light-dark() custom properties', () => {
    for (const [name, light] of Object.entries(PALETTE.light)) {
      const dark = PALETTE.dark[name as keyof typeof PALETTE.dark]
      expect(PALETTE_CSS).toContain(`--${name}:light-dark(${light},${dark})`)
    }
  })

  it.each([
    ['the page', BASE + PAGE],
    ['the card', BASE + CARD],
  ])('is where %s take every colour from', (_name, css) => {
    expect(css).not.toMatch(/#[0-9a-f]{3,6}\b|rgb|hsl/i)
    expect(css).toMatch(/var\(--fg\)/)
  })

  it('paints the charts, and nothing else does', () => {
    const used = new Set(CHART_CSS.match(/#[0-9a-f]{6}/g))
    const palette = new Set<string>([PALETTE.light, PALETTE.dark, PRINT].flatMap((p) => Object.values(p)))
    expect([...used].every((colour) => palette.has(colour))).toBe(true)
    expect(used.size).toBeGreaterThan(10)
  })
})
