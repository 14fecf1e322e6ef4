// Start-up: the time to evaluate the built Worker module (data validation included), next to a hello-world Hono
// Worker built the same way. Under Node: each iteration imports a fresh copy of the module (a new URL).
import { Bench } from 'tinybench'
import { median, quantile } from './stats.mjs'

export async function runStartup(worker, hello, { rounds = 10, time = 200, iterations = 10 } = {}) {
  let copy = 0
  const fresh = (url) => () => import(`${url}?copy=${copy++}`)
  const subjects = [
    ['Worker', fresh(worker.url)],
    ['hello-world Hono', fresh(hello.url)],
  ]
  const samples = { Worker: [], 'hello-world Hono': [] }
  const ratios = []
  for (let round = 0; round < rounds; round++) {
    const bench = new Bench({ time, iterations, warmupIterations: 3, retainSamples: true, throws: true })
    for (const [name, fn] of round % 2 ? [...subjects].reverse() : subjects)
      bench.add(name, fn, { async: true })
    await bench.run()
    const m = {}
    for (const task of bench.tasks) {
      samples[task.name].push(...task.result.latency.samples)
      m[task.name] = task.result.latency.p50
    }
    ratios.push(m.Worker / m['hello-world Hono'])
  }
  return {
    worker: { median: median(samples.Worker), n: samples.Worker.length },
    hello: { median: median(samples['hello-world Hono']), n: samples['hello-world Hono'].length },
    ratio: median(ratios),
    ratioIqr: [quantile(ratios, 0.25), quantile(ratios, 0.75)],
  }
}

export function startupTable(r) {
  return [
    '| module | median evaluation | samples |',
    '| --- | --- | --- |',
    `| Worker (src/index.ts as built by wrangler) | ${r.worker.median.toFixed(3)} ms | ${r.worker.n} |`,
    `| hello-world Hono (bench/hello-worker.ts, built the same way) | ${r.hello.median.toFixed(3)} ms | ${r.hello.n} |`,
    `| **ratio** (median of rounds, IQR ${r.ratioIqr.map((x) => x.toFixed(2)).join('–')}) | **${r.ratio.toFixed(2)}x** | |`,
  ].join('\n')
}
