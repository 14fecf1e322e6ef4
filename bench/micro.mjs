// Per-request cost of every route through the Worker's own fetch handler, next to its constant twin (the same
// status, headers and bytes, returned as a constant), measured inside workerd in rounds that alternate which goes
// first.
import { dirname } from 'node:path'
import { Miniflare } from 'miniflare'
import { bundle } from './build.mjs'
import { madShare, median, ns, pct, quantile } from './stats.mjs'

export const COMPATIBILITY_DATE = '2026-04-26'

/**
 * Miniflare's options for a built module that reads the build's output (`npm run assets`) through ASSETS, with
 * every request reaching the Worker first, as deployed.
 */
export function withAssets(path) {
  return {
    modules: true,
    modulesRoot: dirname(path),
    scriptPath: path,
    compatibilityDate: COMPATIBILITY_DATE,
    assets: {
      directory: 'build/assets',
      binding: 'ASSETS',
      routerConfig: { has_user_worker: true, invoke_user_worker_ahead_of_assets: true },
    },
  }
}

/** Pools each task's samples over the rounds, and the worker/twin ratio of medians per round. */
function summarise(cases, rounds) {
  return cases.map((c) => {
    const pooled = (side) => rounds.flatMap((r) => r.find((t) => t.name === `${c.name}|${side}`).samples)
    const perRound = (other) =>
      rounds.map((r) => {
        const m = (side) => median(r.find((t) => t.name === `${c.name}|${side}`).samples)
        return m('worker') / m(other)
      })
    const toTwin = perRound('twin')
    const toReading = perRound('reading')
    const worker = pooled('worker')
    const twin = pooled('twin')
    return {
      name: c.name,
      path: c.path,
      status: c.status,
      body: c.body,
      worker: { median: median(worker), n: worker.length, spread: madShare(worker) },
      twin: { median: median(twin), n: twin.length, spread: madShare(twin) },
      ratio: median(toTwin),
      ratioIqr: [quantile(toTwin, 0.25), quantile(toTwin, 0.75)],
      ratioToReading: median(toReading),
    }
  })
}

/** A bench Worker (bench/workerd-bench.mjs) run by Miniflare does the timing; one request to it a round. */
export async function runMicroWorkerd({ rounds = 30, time = 20, iterations = 5, windowMs = 4 } = {}) {
  const { path } = await bundle('./workerd-bench.mjs')
  const mf = new Miniflare(withAssets(path))
  try {
    const cases = await (await mf.dispatchFetch('http://bench/cases')).json()
    const results = []
    for (let round = 0; round < rounds; round++) {
      const res = await mf.dispatchFetch(
        `http://bench/round?round=${round}&time=${time}&iterations=${iterations}&window=${windowMs}`,
      )
      if (!res.ok) throw new Error(`bench Worker: ${res.status} ${await res.text()}`)
      results.push(await res.json())
      if ((round + 1) % 10 === 0) process.stderr.write(`micro (workerd): round ${round + 1}/${rounds}\n`)
    }
    return summarise(cases, results)
  } finally {
    await mf.dispose()
  }
}

export function microTable(results) {
  const lines = [
    '| route | status | Worker median | twin median | ratio (median of rounds) | ratio IQR | vs reading twin | samples (Worker / twin) | spread (MAD, Worker / twin) |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ]
  for (const r of results) {
    lines.push(
      `| ${r.name} | ${r.status} | ${ns(r.worker.median)} | ${ns(r.twin.median)} | **${r.ratio.toFixed(2)}x** | ` +
        `${r.ratioIqr.map((x) => x.toFixed(2)).join('–')} | ${r.ratioToReading.toFixed(2)}x | ${r.worker.n} / ${r.twin.n} | ` +
        `${pct(r.worker.spread)} / ${pct(r.twin.spread)} |`,
    )
  }
  return lines.join('\n')
}
