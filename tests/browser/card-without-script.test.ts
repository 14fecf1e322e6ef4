// The card as a content system shows it from the oEmbed answer alone: no script runs, so the iframe keeps the
// height the answer gave. At every width a consumer may ask for, the whole card (attribution first) must fit.
import { describe, expect, it } from 'vitest'
import { colorProblems, openPage, screenshot } from './checks'
import { origin, skip, slugs, useBrowser } from './suite'

/** Every maxwidth from the narrowest phone column to past the card's own width, in 20 px steps. */
const MAXWIDTHS = Array.from({ length: 16 }, (_, i) => 320 + 20 * i)

type Oembed = { width: number; height: number; html: string }

describe.skipIf(skip)('the card at the oEmbed height, with no script', () => {
  const browser = useBrowser()

  describe.each(slugs)('%s', (slug) => {
    it.each(MAXWIDTHS)(
      'maxwidth=%i: source, "not independently verified" and every row in view',
      async (max) => {
        const page = encodeURIComponent(`${origin}/articles/${slug}`)
        const answer = (await (await fetch(`${origin}/oembed?url=${page}&maxwidth=${max}`)).json()) as Oembed
        expect(answer.width).toBe(Math.min(600, max))
        const src = /<iframe src="([^"]+)"/.exec(answer.html)?.[1] ?? ''
        const context = await browser().newContext({
          viewport: { width: answer.width, height: answer.height },
          javaScriptEnabled: false,
        })
        try {
          const card = await context.newPage()
          await card.goto(src.replaceAll('&amp;', '&'))
          const seen = await card.evaluate(() => {
            const source = document.querySelector('.source') as Element
            const rows = [...document.querySelectorAll('tbody tr')]
            const bottom = (el: Element) => el.getBoundingClientRect().bottom
            return {
              sourceText: source.textContent ?? '',
              sourceInView: bottom(source) <= innerHeight,
              lastRowInView: rows.length === 0 || bottom(rows.at(-1) as Element) <= innerHeight,
              scrolls: document.documentElement.scrollHeight > innerHeight,
              spare: innerHeight - Math.ceil(document.body.getBoundingClientRect().height),
            }
          })
          if (max === 320) await screenshot(card, `card-no-script-${slug}-${max}`)
          expect(seen.sourceText).toMatch(/^According to .+; not independently verified\./)
          expect(seen).toMatchObject({ sourceInView: true, lastRowInView: true, scrolls: false })
          // Not a frame much taller than the card: at most a fifth of it left empty.
          expect(seen.spare).toBeLessThanOrEqual(answer.height / 5)
        } finally {
          await context.close()
        }
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
