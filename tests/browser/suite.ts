// What every browser suite starts from: whether it can run here, the servers global-setup.ts started, the
// articles the Worker serves, and one Chromium per suite.
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, inject } from 'vitest'
import { articleSlugs, launchBrowser } from './checks'

/** True where Chromium, Java or WordPress's script is missing (global-setup.ts says which and why). */
export const skip = inject('skipReason') !== ''
/** The Worker under `wrangler dev`. */
export const origin = inject('workerOrigin')
/** The foreign host page server: another port, so another origin. */
export const hostOrigin = inject('hostOrigin')
/** The articles the Worker serves, as its own archive lists them. */
export const slugs = skip ? [] : await articleSlugs(origin)

/**
 * One Chromium for the calling `describe`: launched before its tests, closed after them.
 * @example const browser = useBrowser(); it('…', async () => { await openPage(browser(), url, { width: 360 }) })
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(() => browser?.close())
  return () => {
    if (!browser) throw new Error('Chromium is not running: call useBrowser() inside a describe')
    return browser
  }
}
