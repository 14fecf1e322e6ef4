// End to end: requests/s and p99 latency through workerd (Miniflare) on 127.0.0.1, for the article page and the
// figures JSON, next to a hello-world Hono Worker served the same way, in the same run. Bounded: a few seconds
// per target, loopback only, ports from 8821.
import autocannon from 'autocannon'
import { Miniflare } from 'miniflare'
import { withAssets } from './micro.mjs'

const SLUG = 'russia-lost-350-troops-in-one-day'
const E2E_PORTS = [8821, 8822]

function serve(built, port) {
  return new Miniflare({ ...withAssets(built.path), host: '127.0.0.1', port })
}

export async function runE2e(worker, hello, { duration = 5, connections = 10, rounds = 2 } = {}) {
  const [workerPort, helloPort] = E2E_PORTS
  const servers = [serve(worker, workerPort), serve(hello, helloPort)]
  try {
    await Promise.all(servers.map((s) => s.ready))
    const targets = [
      ['hello-world Hono `/`', `http://127.0.0.1:${helloPort}/`],
      ['article page', `http://127.0.0.1:${workerPort}/articles/${SLUG}`],
      ['figures JSON', `http://127.0.0.1:${workerPort}/api/v1/articles/${SLUG}/figures`],
    ]
    const results = new Map(targets.map(([name]) => [name, []]))
    for (let round = 0; round < rounds; round++) {
      for (const [name, url] of round % 2 ? [...targets].reverse() : targets) {
        const r = await autocannon({ url, connections, duration })
        if (r.non2xx || r.errors) throw new Error(`${name}: ${r.non2xx} non-2xx, ${r.errors} errors`)
        results.get(name).push({ rps: r.requests.average, p99: r.latency.p99 })
      }
    }
    return targets.map(([name]) => {
      const runs = results.get(name)
      return {
        name,
        rps: runs.reduce((s, r) => s + r.rps, 0) / runs.length,
        p99: Math.max(...runs.map((r) => r.p99)),
      }
    })
  } finally {
    await Promise.all(servers.map((s) => s.dispose()))
  }
}

export function e2eTable(rows, { duration = 5, connections = 10, rounds = 2 } = {}) {
  const [hello] = rows
  return [
    `| target (${connections} connections, ${rounds} × ${duration} s, alternating) | requests/s | vs hello-world | p99 latency |`,
    '| --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${Math.round(r.rps).toLocaleString('en')} | ${(r.rps / hello.rps).toFixed(2)}x | ${r.p99} ms |`,
    ),
  ].join('\n')
}
