// What a reader sees of every article page and of the 404 page, in Chromium, on a phone and on a desktop.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  axeProblems,
  colorProblems,
  layoutProblems,
  type OpenedPage,
  openPage,
  printProblems,
  SCHEMES,
  screenshot,
  WIDTHS,
} from './checks'
import { readerPages } from './routes'
import { origin, skip, slugs, useBrowser } from './suite'

const PAGES = readerPages(slugs)
const VIEWS = WIDTHS.flatMap((width) => SCHEMES.map((scheme) => ({ width, scheme })))

describe.skipIf(skip)('reader pages in Chromium', () => {
  const browser = useBrowser()

  describe.each(PAGES)('GET $path', ({ path, status }) => {
    describe.each(VIEWS)('at $width px, $scheme', ({ width, scheme }) => {
      let opened: OpenedPage
      beforeAll(async () => {
        opened = await openPage(browser(), `${origin}${path}`, { width, scheme, status })
        await screenshot(opened.page, `page${path}-${width}-${scheme}`)
      })
      afterAll(() => opened?.close())

      it('loads with no console error, failed request or CSP violation', () => {
        expect(opened.problems()).toEqual([])
      })

      it('fits: no sideways scroll, tables fit or scroll on their own, no overlapping blocks', async () => {
        expect(await layoutProblems(opened.page)).toEqual([])
      })

      it(`is ${scheme}, with enough contrast`, async () => {
        expect(await colorProblems(opened.page, scheme)).toEqual([])
      })

      it('has zero axe-core violations', async () => {
        expect(await axeProblems(opened.page)).toEqual([])
      })

      // Last: it moves focus and scrolls the page.
      it('shows the skip link on the first Tab, on screen, and it leads to the main content', async () => {
        const { page } = opened
        await page.keyboard.press('Tab')
        const skip = await page.evaluate(() => {
          const link = document.activeElement as HTMLElement
          const box = link.getBoundingClientRect()
          return {
            href: link.getAttribute('href'),
            onScreen: box.left >= 0 && box.top >= 0 && box.right <= innerWidth && box.width * box.height > 0,
          }
        })
        expect(skip).toEqual({ href: '#main', onScreen: true })
        await page.keyboard.press('Enter')
        expect(
          await page.evaluate(() => location.hash && document.querySelector(location.hash)?.tagName),
        ).toBe('MAIN')
      })
    })

    it('prints: black on white, navigation hidden as the print stylesheet says', async () => {
      const opened = await openPage(browser(), `${origin}${path}`, { width: 1280, status })
      try {
        expect(await printProblems(opened.page)).toEqual([])
        await opened.page.emulateMedia({ media: 'print' })
        await screenshot(opened.page, `page${path}-print`)
      } finally {
        await opened.close()
      }
    })
  })
})
