// Start-up: the time to evaluate the built Worker module, next to a hello-world Hono Worker built the same way.
// Under Node: each iteration imports a fresh copy of the module (a new URL), so it is compiled and run anew.
import { writeFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { Bench } from 'tinybench'
import { median, quantile } from './stats.mjs'

/**
 * Node has no `cloudflare:workers`: the Worker reads `env` from it, so a copy imports a stand-in instead. Nothing
 * reads the binding while the module loads; its first use is a request's.
 */
function importableUnderNode(built) {
  if (!built.text?.includes('cloudflare:workers')) return built.url
  const stub = `data:text/javascript,export const env = { ASSETS: { fetch() { throw new Error('no assets under Node') } } }`
  const path = built.path.replace(/\.mjs$/, '.node.mjs')
  writeFileSync(path, built.text.replaceAll('"cloudflare:workers"', JSON.stringify(stub)))
  return pathToFileURL(path).href
}

export async function runStartup(subjects, { rounds = 10, time = 200, iterations = 10 } = {}) {
  let copy = 0
  const tasks = subjects.map(({ name, built }) => {
    const url = importableUnderNode(built)
    return [name, () => import(`${url}?copy=${copy++}`)]
  })
  const samples = new Map(subjects.map(({ name }) => [name, []]))
  const ratios = new Map(subjects.map(({ name }) => [name, []]))
  for (let round = 0; round < rounds; round++) {
    const bench = new Bench({ time, iterations, warmupIterations: 3, retainSamples: true, throws: true })
    for (const [name, fn] of round % 2 ? [...tasks].reverse() : tasks) bench.add(name, fn, { async: true })
    await bench.run()
    const m = Object.fromEntries(bench.tasks.map((t) => [t.name, t.result.latency.p50]))
    for (const task of bench.tasks) {
      samples.get(task.name).push(...task.result.latency.samples)
      ratios.get(task.name).push(m[task.name] / m[subjects[0].name])
    }
  }
  return subjects.map(({ name, label }) => ({
    name,
    label,
    median: median(samples.get(name)),
    n: samples.get(name).length,
    ratio: median(ratios.get(name)),
    ratioIqr: [quantile(ratios.get(name), 0.25), quantile(ratios.get(name), 0.75)],
  }))
}

export function startupTable(rows) {
  return [
    '| module (each built by `wrangler deploy --dry-run`) | median evaluation | vs hello-world (median of rounds, IQR) | samples |',
    '| --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.label} | ${r.median.toFixed(2)} ms | **${r.ratio.toFixed(2)}x** (${r.ratioIqr.map((x) => x.toFixed(2)).join('–')}) | ${r.n} |`,
    ),
  ].join('\n')
}
