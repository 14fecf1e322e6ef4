// The card as a WordPress site shows it when someone pastes the article's address into a post: WordPress keeps our
// blockquote and sandboxed iframe, and its own wp-embed.js sizes the frame from the card's messages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type OpenedPage, openPage, screenshot } from './checks'
import { hostOrigin, origin, skip, slugs, useBrowser } from './suite'
import { wordpressFilter } from './wordpress'

/** A phone theme's column, narrower than the oEmbed width (600), and a desktop column wider than it. */
const COLUMNS = [
  { column: 300, screen: 360 },
  { column: 320, screen: 390 },
  { column: 700, screen: 1280 },
]
const WAIT_MS = 5_000

describe.skipIf(skip)('the card in a WordPress post, with WordPress’s own wp-embed.js', () => {
  const browser = useBrowser()

  it('is kept by WordPress’s filter: a blockquote with a link, then the iframe, sandboxed, with a secret', async () => {
    const page = encodeURIComponent(`${origin}/articles/${slugs[0]}`)
    const { html } = (await (await fetch(`${origin}/oembed?url=${page}&maxwidth=600`)).json()) as {
      html: string
    }
    const filtered = wordpressFilter(html, 'abcdefghij')
    expect(filtered).toMatch(
      /^<blockquote class="wp-embedded-content" data-secret="abcdefghij"><a href="[^"]+">[^<]+<\/a>[^<]*<\/blockquote><iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" style="position: absolute; clip: rect\(1px, 1px, 1px, 1px\);" src="[^"]+#\?secret=abcdefghij" data-secret="abcdefghij"/,
    )
  })

  describe.each(slugs)('%s', (slug) => {
    describe.each(COLUMNS)('in a $column px column on a $screen px screen', ({ column, screen }) => {
      let post: OpenedPage
      beforeAll(async () => {
        post = await openPage(browser(), `${hostOrigin}/wordpress/${slug}?column=${column}`, {
          width: screen,
        })
        // Shown and sized: wp-embed.js removes the hiding style and sets the height the card asked for.
        await post.page
          .waitForFunction(
            () => {
              const frame = document.querySelector('iframe.wp-embedded-content') as HTMLIFrameElement
              return !frame.hasAttribute('style') && frame.getAttribute('height') !== null
            },
            undefined,
            { timeout: WAIT_MS },
          )
          .catch(() => undefined)
        // The card posts again after its own resize; let the last message land.
        await post.page.waitForTimeout(500)
        await screenshot(post.page, `wordpress-${slug}-${column}`)
      })
      afterAll(() => post?.close())

      it('loads with no console error, failed request or CSP violation, in the post or the card', () => {
        expect(post.problems()).toEqual([])
      })

      it('swaps the blockquote for the card once the card speaks', async () => {
        const state = await post.page.evaluate(() => ({
          quote: getComputedStyle(document.querySelector('blockquote.wp-embedded-content') as Element)
            .display,
          frameStyle: document.querySelector('iframe.wp-embedded-content')?.getAttribute('style') ?? null,
        }))
        expect(state).toEqual({ quote: 'none', frameStyle: null })
      })

      it('ends at the card’s full height: nothing cut off, within the column', async () => {
        const frame = post.page.locator('iframe.wp-embedded-content')
        // The frame's inside: WordPress leaves the browser()'s 2 px iframe border, outside it.
        const box = await frame.evaluate((el) => ({ width: el.clientWidth, height: el.clientHeight }))
        expect(box.width).toBeLessThanOrEqual(column)
        const card = await post.page
          .frameLocator('iframe.wp-embedded-content')
          .locator('html')
          .evaluate((html) => ({
            body: Math.ceil(document.body.getBoundingClientRect().height),
            scroll: html.scrollHeight,
            client: html.clientHeight,
          }))
        expect(card.scroll).toBeLessThanOrEqual(card.client)
        // wp-embed.js keeps heights within 200 to 1000 px.
        expect(box.height).toBe(Math.min(1000, Math.max(200, card.body)))
      })
    })
  })
})
