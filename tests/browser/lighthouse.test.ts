// Lighthouse (mobile, its default: an emulated mid-range phone on a throttled network and CPU) on the article
// page, in Debian's Chromium, offline: 100 in performance, accessibility, best practices and SEO.
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { describe, expect, inject, it } from 'vitest'
import { articleSlugs, CHROMIUM_PATH } from './checks'
import { freePorts } from './global-setup'
import { articlePath } from './routes'

const skip = inject('skipReason') !== ''
const origin = inject('workerOrigin')
const slugs = skip ? [] : await articleSlugs(origin)
/**
 * Performance is measured, and the machine is shared: a run that lands on a busy core can lose points that a
 * quiet one keeps. Lighthouse's own advice is to run it more than once; the page must reach 100 in one of these.
 */
const RUNS = 3
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const

type Scores = Record<(typeof CATEGORIES)[number], number> & { tbt: number; failing: string[] }

async function audit(url: string): Promise<Scores> {
  const [port] = await freePorts(1)
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    port,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  })
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' })
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
    const { categories, audits } = result.lhr
    const score = (id: string) => categories[id]?.score ?? 0
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
      tbt: audits['total-blocking-time']?.numericValue ?? Number.NaN,
      // What cost points, for the failure message.
      failing: CATEGORIES.flatMap((id) =>
        (categories[id]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => `${id}: ${ref.id} ${audits[ref.id]?.displayValue ?? audits[ref.id]?.score}`),
      ),
    }
  } finally {
    chrome.kill()
  }
}

describe.skipIf(skip)('Lighthouse, mobile', () => {
  it.each(slugs)(
    'scores the article page %s 100 in all four categories',
    async (slug) => {
      const runs: Scores[] = []
      for (let i = 0; i < RUNS; i++) {
        const scores = await audit(`${origin}${articlePath(slug)}`)
        runs.push(scores)
        console.log(`Lighthouse ${slug}, run ${i + 1}: ${JSON.stringify(scores)}`)
        if (CATEGORIES.every((id) => scores[id] === 1)) break
      }
      const best = runs.find((scores) => CATEGORIES.every((id) => scores[id] === 1)) ?? runs.at(-1)
      // Accessibility, best practices and SEO do not depend on the machine: every run must score 100.
      for (const scores of runs)
        for (const id of ['accessibility', 'best-practices', 'seo'] as const)
          expect(scores[id], `${id}: ${scores.failing.join('; ')}`).toBe(1)
      expect(best?.performance, best?.failing.join('; ')).toBe(1)
    },
    RUNS * 90_000,
  )
})
