// Every screen a reader uses, phones from 320 px up: nothing in the article scrolls sideways or is cut off.
import { describe, expect, it } from 'vitest'
import { clippedProblems, layoutProblems, openPage, screenshot } from './checks'
import { readerPages } from './routes'
import { origin, skip, slugs, useBrowser } from './suite'

/** The narrowest phones in use, a common one, and a desktop. */
const SCREENS = [320, 360, 390, 1280] as const

describe.skipIf(skip)('reader pages on every screen', () => {
  const browser = useBrowser()

  describe.each(readerPages(slugs))('GET $path', ({ path, status }) => {
    it.each(SCREENS)('at %i px: no block scrolls sideways or is clipped, nothing overlaps', async (width) => {
      const opened = await openPage(browser(), `${origin}${path}`, { width, status })
      try {
        await screenshot(opened.page, `screen${path}-${width}`)
        expect(await clippedProblems(opened.page)).toEqual([])
        expect(await layoutProblems(opened.page)).toEqual([])
      } finally {
        await opened.close()
      }
    })

    it.each(SCREENS)(
      'at %i px: text is left-aligned, numbers in tables right-aligned and tabular',
      async (width) => {
        const opened = await openPage(browser(), `${origin}${path}`, { width, status })
        try {
          const found = await opened.page.evaluate(() => {
            const problems: string[] = []
            for (const el of document.querySelectorAll('main p, main li, main h1, main h2, main h3')) {
              const align = getComputedStyle(el).textAlign
              if (!/^(left|start)$/.test(align)) problems.push(`${el.tagName} is ${align}-aligned`)
            }
            for (const cell of document.querySelectorAll('main td')) {
              const value = cell.textContent?.trim() ?? ''
              // A cell that is a number: digits, separators, an optional sign or "about".
              if (!/^(about )?[+\u2212-]?[\d,]+( to [\d,]+)?$/.test(value)) continue
              const style = getComputedStyle(cell)
              const stacked = style.display === 'block'
              if (!stacked && !/^(right|end)$/.test(style.textAlign))
                problems.push(`number "${value}" is ${style.textAlign}-aligned`)
              if (!style.fontVariantNumeric.includes('tabular-nums'))
                problems.push(`number "${value}" is not tabular`)
            }
            return problems
          })
          expect(found).toEqual([])
        } finally {
          await opened.close()
        }
      },
    )
  })
})
