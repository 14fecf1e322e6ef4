// The card as a content system shows it from the oEmbed answer alone, or as a host pastes the page's snippet: no
// script runs, so the iframe keeps the height it was given. In every column from 300 to 700 px, the whole card
// (attribution first) must fit, and at most a quarter of the frame may be left empty.
import { describe, expect, it } from 'vitest'
import { colorProblems, openPage, screenshot } from './checks'
import { origin, skip, slugs, useBrowser } from './suite'

/** Every maxwidth from the narrowest column to past the card's own width, in 20 px steps, and 700. */
const MAXWIDTHS = [...Array.from({ length: 17 }, (_, i) => 300 + 20 * i), 700]
/** Columns a host page may put the snippet in: the narrowest, a phone's, and wider than the card. */
const COLUMNS = [300, 360, 700]

type Oembed = { width: number; height: number; html: string }

describe.skipIf(skip)('the card at the height it is given, with no script', () => {
  const browser = useBrowser()

  /** Opens the card in a frame of this size with no script, and checks that all of it shows, with little to spare. */
  async function expectWholeCard(src: string, width: number, height: number, name: string) {
    const context = await browser().newContext({ viewport: { width, height }, javaScriptEnabled: false })
    try {
      const card = await context.newPage()
      await card.goto(src)
      const seen = await card.evaluate(() => {
        const source = document.querySelector('.source') as Element
        const rows = [...document.querySelectorAll('tbody tr')]
        const more = document.querySelector('.more') as Element
        const bottom = (el: Element) => el.getBoundingClientRect().bottom
        return {
          sourceText: source.textContent ?? '',
          sourceInView: bottom(source) <= innerHeight,
          lastRowInView: rows.length === 0 || bottom(rows.at(-1) as Element) <= innerHeight,
          linksInView: bottom(more) <= innerHeight,
          scrolls: document.documentElement.scrollHeight > innerHeight,
          spare: innerHeight - Math.ceil(document.body.getBoundingClientRect().height),
        }
      })
      if (width <= 300 || name.startsWith('column')) await screenshot(card, `card-no-script-${name}`)
      expect(seen.sourceText).toMatch(/^According to .+; not independently verified\./)
      expect(seen).toMatchObject({
        sourceInView: true,
        lastRowInView: true,
        linksInView: true,
        scrolls: false,
      })
      expect(seen.spare, `${name}: ${seen.spare} px of ${height} empty`).toBeLessThanOrEqual(height / 4)
    } finally {
      await context.close()
    }
  }

  describe.each(slugs)('%s', (slug) => {
    it.each(MAXWIDTHS)(
      'maxwidth=%i: source, "not independently verified" and every row in view',
      async (max) => {
        const page = encodeURIComponent(`${origin}/articles/${slug}`)
        const answer = (await (await fetch(`${origin}/oembed?url=${page}&maxwidth=${max}`)).json()) as Oembed
        expect(answer.width).toBe(Math.min(600, max))
        const src = /<iframe src="([^"]+)"/.exec(answer.html)?.[1] ?? ''
        await expectWholeCard(src.replaceAll('&amp;', '&'), answer.width, answer.height, `oembed-${max}`)
      },
    )

    it.each(COLUMNS)(
      "the page's snippet in a %i px column: the card whole, the frame at most a quarter empty",
      async (column) => {
        const html = await (await fetch(`${origin}/articles/${slug}`)).text()
        const [, src = '', width, height] =
          /&lt;iframe src=&quot;([^&]+)&quot;[\s\S]*?width=&quot;(\d+)&quot; height=&quot;(\d+)&quot;/.exec(
            html,
          ) ?? []
        const shown = Math.min(column, Number(width))
        await expectWholeCard(
          src.replace(/^https?:\/\/[^/]+/, origin),
          shown,
          Number(height),
          `column-${column}`,
        )
      },
    )

    it('is light by default, even on a system set to dark, as most host pages are', async () => {
      const opened = await openPage(browser(), `${origin}/embed/${slug}`, { width: 360, scheme: 'dark' })
      try {
        expect(await colorProblems(opened.page, 'light')).toEqual([])
      } finally {
        await opened.close()
      }
    })
  })
})
