// WCAG AA contrast of the colours as served: the custom properties of the page's and the card's stylesheets (light,
// dark and print) and the charts' own rules, read from the Worker's answers and measured with WCAG 2's formula.
import { describe, expect, it } from 'vitest'
import BASE from '../build/styles/base.css'
import CARD from '../build/styles/card.css'
import PAGE from '../build/styles/page.css'
import { FEATURED, fetchWorker } from './helpers'

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

it('measures as WCAG 2 does: black on white is 21:1, #767676 on white 4.54:1', () => {
  expect(contrast('#000', '#ffffff')).toBe(21)
  expect(contrast('#767676', '#fff')).toBeCloseTo(4.54, 2)
})

const HEX = '#[0-9a-f]{3,6}'

/** The inline stylesheet of a served document. */
async function servedStyle(path: string) {
  const res = await fetchWorker(path)
  expect(res.status, path).toBe(200)
  return /<style>([\s\S]*?)<\/style>/.exec(await res.text())?.[1] ?? ''
}

/** Each scheme's custom properties as served: `--fg:light-dark(#light,#dark)`, and print's own values. */
function schemesOf(css: string) {
  const light: Record<string, string> = {}
  const dark: Record<string, string> = {}
  const print: Record<string, string> = {}
  for (const [, name = '', l = '', d = ''] of css.matchAll(
    new RegExp(`--([a-z]+):light-dark\\((${HEX}),(${HEX})\\)`, 'g'),
  )) {
    light[name] = l
    dark[name] = d
  }
  const printRules = /@media print\{:root\{([^}]*)\}/.exec(css)?.[1] ?? ''
  for (const [, name = '', value = ''] of printRules.matchAll(new RegExp(`--([a-z]+):(${HEX})`, 'g')))
    print[name] = value
  return { light, dark, print }
}

describe.each([
  ['the article page', `/articles/${FEATURED}`],
  ['the card', `/embed/${FEATURED}`],
])('The colours of %s', (_name, path) => {
  it('on screen, light and dark: text 4.5:1 or more on the background, marks 3:1 or more', async () => {
    const { light, dark } = schemesOf(await servedStyle(path))
    for (const p of [light, dark]) {
      expect(Object.keys(p).sort()).toEqual([
        'accent',
        'axis',
        'bar',
        'bg',
        'fg',
        'held',
        'mark',
        'muted',
        'rule',
      ])
      for (const text of [p.fg, p.muted, p.accent])
        expect(contrast(text ?? '', p.bg ?? '')).toBeGreaterThanOrEqual(4.5)
      for (const mark of [p.bar, p.axis]) expect(contrast(mark ?? '', p.bg ?? '')).toBeGreaterThanOrEqual(3)
    }
  })

  it('in print: text 7:1 or more on white', async () => {
    const { print } = schemesOf(await servedStyle(path))
    expect(print.bg).toMatch(/^#(fff|ffffff)$/)
    for (const text of [print.fg, print.muted, print.accent])
      expect(contrast(text ?? '', '#ffffff')).toBeGreaterThanOrEqual(7)
  })
})

describe('The charts as served', () => {
  /** The fill or stroke of a selector within a scope of the chart's stylesheet. */
  const colourOf = (css: string, scope: string, selector: string) =>
    new RegExp(
      `${scope.replace(/[[\]]/g, '\\$&')} ${selector.replace('.', '\\.')}\\{(?:fill|stroke):(${HEX})\\}`,
    ).exec(css)?.[1] ?? ''

  it.each(['chart.svg', 'context.svg', 'equipment.svg'])(
    '%s: text 4.5:1 or more, marks 3:1 or more, light and dark',
    async (file) => {
      const css = await servedStyle(`/embed/${FEATURED}/${file}`)
      for (const scope of ['.chart', '.chart[data-theme=dark]', '.chart[data-theme=auto]']) {
        const bg = colourOf(css, scope, '.bg')
        expect(bg, scope).toMatch(new RegExp(`^${HEX}$`))
        for (const text of ['text', '.muted', '.mark-text'])
          expect(contrast(colourOf(css, scope, text), bg), `${scope} ${text}`).toBeGreaterThanOrEqual(4.5)
        for (const mark of ['.bar', '.axis'])
          expect(contrast(colourOf(css, scope, mark), bg), `${scope} ${mark}`).toBeGreaterThanOrEqual(3)
      }
    },
  )

  it("sets the article's day apart from the other bars, 3:1 or more, light, dark and in print", async () => {
    const css = await servedStyle(`/embed/${FEATURED}/context.svg`)
    // `.chart[data-theme]` alone is the print palette's scope (@media print), whatever the theme.
    for (const scope of [
      '.chart',
      '.chart[data-theme=dark]',
      '.chart[data-theme=auto]',
      '.chart[data-theme]',
    ]) {
      const [mark, bar, bg] = ['.mark', '.bar', '.bg'].map((selector) => colourOf(css, scope, selector))
      expect(contrast(mark ?? '', bar ?? ''), `${scope}: the day against the bars`).toBeGreaterThanOrEqual(3)
      expect(contrast(mark ?? '', bg ?? ''), `${scope}: the day against the ground`).toBeGreaterThanOrEqual(
        4.5,
      )
    }
    expect(css).toMatch(/@media print\{\.chart\[data-theme\] \.bg\{fill:#ffffff\}/)
  })

  it("paints with the page's colours and no others", async () => {
    const { light, dark, print } = schemesOf(await servedStyle(`/articles/${FEATURED}`))
    const page = new Set([...Object.values(light), ...Object.values(dark), ...Object.values(print)])
    const used = new Set((await servedStyle(`/embed/${FEATURED}/chart.svg`)).match(new RegExp(HEX, 'g')))
    expect(used.size).toBeGreaterThan(10)
    expect([...used].filter((colour) => !page.has(colour))).toEqual([])
  })
})

describe.each([
  ['the page', BASE + PAGE],
  ['the card', BASE + CARD],
])('The stylesheet of %s', (_name, css) => {
  it('takes every colour from the custom properties', () => {
    expect(css).not.toMatch(/#[0-9a-f]{3,6}\b|rgb|hsl/i)
    expect(css).toMatch(/var\(--fg\)/)
  })
})
