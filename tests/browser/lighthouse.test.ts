// Lighthouse, mobile (its default: an emulated mid-range phone, a throttled network and a 4x slower CPU), on each
// article page, in Debian's Chromium, offline: 100 in performance, accessibility, best practices and SEO.
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { describe, expect, it } from 'vitest'
import { CHROMIUM_PATH } from './checks'
import { freePorts } from './global-setup'
import { articlePath } from './routes'
import { origin, skip, slugs } from './suite'

/**
 * Performance is timed, and Lighthouse multiplies every main-thread task by 4 (its simulated phone), so a run that
 * shares the CPU with other work loses points the page keeps on a quiet machine (docs/performance.md: at a load
 * average of 12, even a one-paragraph page scores 98). So this test RETRIES: up to RUNS runs, stopping at the first
 * that scores 100 in all four. The other three categories are not timed and must be 100 in every run Lighthouse
 * completes; a run it cannot complete (NO_FCP or NO_NAVSTART, known headless flakes) is printed with its error and counts as one
 * of the RUNS. Every run is printed.
 */
const RUNS = 5
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const

type Run = Record<(typeof CATEGORIES)[number], number> & { tbt: number; lost: string[]; error?: string }

async function audit(url: string): Promise<Run> {
  const [port] = await freePorts(1)
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    port,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  })
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' })
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
    const { categories, audits, runtimeError } = result.lhr
    const score = (id: string) => categories[id]?.score ?? 0
    return {
      error: runtimeError && `${runtimeError.code}: ${runtimeError.message}`,
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
      tbt: Math.round(audits['total-blocking-time']?.numericValue ?? Number.NaN),
      // What cost points, for the failure message.
      lost: CATEGORIES.flatMap((id) =>
        (categories[id]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => `${id}: ${ref.id} ${audits[ref.id]?.displayValue ?? audits[ref.id]?.errorMessage}`),
      ),
    }
  } finally {
    chrome.kill()
  }
}

const perfect = (run: Run) => CATEGORIES.every((id) => run[id] === 1)

describe.skipIf(skip)('Lighthouse, mobile', () => {
  it.each(slugs)(
    'scores the article page %s 100 in all four categories',
    async (slug) => {
      const runs: Run[] = []
      while (runs.length < RUNS && !runs.some(perfect)) {
        const run = await audit(`${origin}${articlePath(slug)}`)
        runs.push(run)
        const scores = CATEGORIES.map((id) => `${id} ${Math.round(run[id] * 100)}`).join(', ')
        console.log(
          `Lighthouse ${slug}, run ${runs.length} of at most ${RUNS}: ${run.error ?? `${scores}; TBT ${run.tbt} ms`}`,
        )
      }
      const completed = runs.filter((run) => !run.error)
      expect(completed.length, runs.map((run) => run.error).join('; ')).toBeGreaterThan(0)
      for (const run of completed)
        for (const id of ['accessibility', 'best-practices', 'seo'] as const)
          expect(run[id], `${id}: ${run.lost.join('; ')}`).toBe(1)
      const best = completed.find(perfect) ?? completed[completed.length - 1]
      expect(best?.performance, best?.lost.join('; ')).toBe(1)
    },
    RUNS * 90_000,
  )
})
