// What other sites get: the embed card on its own and framed by a foreign page, and the SVG chart as an image.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  axeProblems,
  chartColorProblems,
  colorProblems,
  layoutProblems,
  type OpenedPage,
  openPage,
  printProblems,
  type Scheme,
  screenshot,
  svgProblems,
  WIDTHS,
} from './checks'
import { readmeResizeSnippet } from './host-server'
import { chartPath, type EmbedTheme, embedCardPath, hostPagePath } from './routes'
import { hostOrigin, origin, skip, slugs, useBrowser } from './suite'

/** Each theme against the opposite system setting, and `auto` under both; the colours expected follow. */
const LOOKS: { theme: EmbedTheme; scheme: Scheme; expected: Scheme }[] = [
  { theme: 'light', scheme: 'dark', expected: 'light' },
  { theme: 'dark', scheme: 'light', expected: 'dark' },
  { theme: 'auto', scheme: 'dark', expected: 'dark' },
  { theme: 'auto', scheme: 'light', expected: 'light' },
]
const VIEWS = WIDTHS.flatMap((width) => LOOKS.map((look) => ({ width, ...look })))

/** How long the card may take to report its height and the host to apply it. */
const WAIT_MS = 5_000

type HeightMessage = { type: string; slug: string; height: number }

describe.skipIf(skip)('embeds in Chromium', () => {
  const browser = useBrowser()

  describe.each(slugs)('GET /embed/%s', (slug) => {
    describe.each(VIEWS)(
      '?theme=$theme at $width px, system $scheme',
      ({ width, theme, scheme, expected }) => {
        let opened: OpenedPage
        beforeAll(async () => {
          opened = await openPage(browser(), `${origin}${embedCardPath(slug, theme)}`, { width, scheme })
          await screenshot(opened.page, `embed-${slug}-${theme}-${width}-${scheme}`)
        })
        afterAll(() => opened?.close())

        it('loads with no console error, failed request or CSP violation', () => {
          expect(opened.problems()).toEqual([])
        })

        it('fits: no sideways scroll, the table fits or scrolls on its own, no overlapping blocks', async () => {
          expect(await layoutProblems(opened.page)).toEqual([])
        })

        it(`is ${expected}, with enough contrast`, async () => {
          expect(await colorProblems(opened.page, expected)).toEqual([])
        })

        it('has zero axe-core violations', async () => {
          expect(await axeProblems(opened.page)).toEqual([])
        })
      },
    )

    it('prints: black on white', async () => {
      const opened = await openPage(browser(), `${origin}${embedCardPath(slug, 'auto')}`, { width: 1280 })
      try {
        expect(await printProblems(opened.page)).toEqual([])
      } finally {
        await opened.close()
      }
    })
  })

  describe.each(slugs)('GET /embed/%s/chart.svg', (slug) => {
    it('is well-formed SVG, served as image/svg+xml', async () => {
      const res = await fetch(`${origin}${chartPath(slug)}`)
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toMatch(/^image\/svg\+xml/)
      const page = await browser().newPage()
      try {
        expect(await svgProblems(page, await res.text())).toEqual([])
      } finally {
        await page.close()
      }
    })

    it.each(['light', 'dark'] as const)(
      'is %s when the viewer prefers it, with enough contrast',
      async (scheme) => {
        const opened = await openPage(browser(), `${origin}${chartPath(slug)}`, { width: 400, scheme })
        try {
          expect(await chartColorProblems(opened.page, scheme)).toEqual([])
        } finally {
          await opened.close()
        }
      },
    )
  })

  describe('README: the host-page snippet', () => {
    it('is an ```html block with a <script> that listens for article-edge:height', () => {
      expect(readmeResizeSnippet()).toMatch(/^<script[\s\S]*article-edge:height[\s\S]*<\/script>$/)
    })
  })

  describe.each(slugs)('the card for %s, framed by a page on another origin', (slug) => {
    describe.each(WIDTHS)('at %i px', (width) => {
      let host: OpenedPage
      const card = () => host.page.frameLocator('#card')
      const lastMessage = () =>
        host.page.evaluate(() =>
          (window as unknown as { heightMessages: HeightMessage[] }).heightMessages.at(-1),
        )
      const iframeHeight = () =>
        host.page.locator('#card').evaluate((el) => Math.round(el.getBoundingClientRect().height))
      // Sized when the iframe is as tall as the card last said it is.
      const waitUntilSized = () =>
        host.page.waitForFunction(
          () => {
            const frame = document.querySelector('#card') as HTMLIFrameElement
            const last = (window as unknown as { heightMessages: HeightMessage[] }).heightMessages.at(-1)
            return last !== undefined && Math.abs(frame.getBoundingClientRect().height - last.height) <= 1
          },
          undefined,
          { timeout: WAIT_MS },
        )

      beforeAll(async () => {
        host = await openPage(browser(), `${hostOrigin}${hostPagePath(slug, 'auto')}`, { width })
        await waitUntilSized().catch(() => undefined)
        await screenshot(host.page, `host-${slug}-${width}`)
      })
      afterAll(() => host?.close())

      it('loads with no console error, failed request or CSP violation, in the page or the card', () => {
        expect(host.problems()).toEqual([])
      })

      it('gets { type, slug, height } from the card, the height a whole number of pixels', async () => {
        const message = await lastMessage()
        expect(message).toEqual({ type: 'article-edge:height', slug, height: expect.any(Number) })
        expect(Number.isInteger(message?.height)).toBe(true)
      })

      it('sizes the iframe to the whole card: taller than the default, nothing cut off', async () => {
        const height = await iframeHeight()
        expect(height).not.toBe(150)
        expect(height).toBe((await lastMessage())?.height)
        const inner = await card()
          .locator('html')
          .evaluate((html) => ({ scroll: html.scrollHeight, client: html.clientHeight }))
        expect(inner.scroll).toBeLessThanOrEqual(inner.client)
      })

      it('follows the card when the page changes width', async () => {
        const before = await iframeHeight()
        const other = width === 360 ? 1280 : 360
        await host.page.setViewportSize({ width: other, height: 800 })
        await host.page.waitForFunction(
          (old) =>
            Math.round((document.querySelector('#card') as Element).getBoundingClientRect().height) !== old,
          before,
          { timeout: WAIT_MS },
        )
        await waitUntilSized()
        const inner = await card()
          .locator('html')
          .evaluate((html) => ({ scroll: html.scrollHeight, client: html.clientHeight }))
        expect(inner.scroll).toBeLessThanOrEqual(inner.client)
        await host.page.setViewportSize({ width, height: 800 })
      })

      it('has zero axe-core violations, every rule, the framed card included', async () => {
        expect(await axeProblems(host.page)).toEqual([])
      })

      it('shows the SVG chart in an <img>', async () => {
        const chart = host.page.locator('#chart')
        expect(await chart.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(
          true,
        )
      })
    })
  })
})
