// Load test (`npm run load`): starts the Worker with `wrangler dev` on 127.0.0.1, drives it with autocannon
// across the main routes (plain and conditional requests), prints requests/s, p50/p99 latency and the count of
// errors and of answers other than 2xx/304, stops wrangler, and exits 1 if that count is not zero. A second
// phase sends hostile requests, which must all be refused with a 4xx, to compare their latency.
// Loopback only, and bounded: LOAD_SECONDS (default 20) of load with LOAD_CONNECTIONS (default 64) connections,
// then LOAD_HOSTILE_SECONDS (default 10) of hostile requests.
import { spawn } from 'node:child_process'
import autocannon from 'autocannon'

const HOST = '127.0.0.1'
const PORT = Number(process.env.LOAD_PORT ?? 8811)
const SECONDS = Number(process.env.LOAD_SECONDS ?? 20)
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 64)
/** A second, shorter phase of hostile requests (overlong, repeated, broken), to compare latency; 0 skips it. */
const HOSTILE_SECONDS = Number(process.env.LOAD_HOSTILE_SECONDS ?? 10)
const SLUG = 'russia-lost-350-troops-in-one-day'
const ORIGIN = `http://${HOST}:${PORT}`

/** The main routes; each is asked plainly and again with its current ETag (a 304). No HEAD: autocannon would wait
 * for the body that a HEAD answer announces (Content-Length) but never sends. */
const ROUTES = [
  '/',
  `/articles/${SLUG}`,
  '/api/v1/articles',
  `/api/v1/articles/${SLUG}`,
  `/api/v1/articles/${SLUG}/figures`,
  `/api/v1/articles/${SLUG}/figures?category=personnel,tanks&report=latest`,
  `/api/v1/articles/${SLUG}/figures.csv`,
  `/embed/${SLUG}`,
  `/embed/${SLUG}/chart.svg`,
  `/oembed?url=${encodeURIComponent(`${ORIGIN}/articles/${SLUG}`)}`,
]

const wrangler = spawn(
  'npx',
  [
    'wrangler',
    'dev',
    '--ip',
    HOST,
    '--port',
    String(PORT),
    '--inspector-port',
    String(PORT + 1),
    '--log-level',
    'error',
  ],
  {
    // Its own process group, so stopping it also stops the workerd it starts.
    detached: true,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
  },
)
let stopped = false
function stop() {
  if (stopped) return
  stopped = true
  try {
    process.kill(-wrangler.pid, 'SIGTERM')
  } catch {}
}
process.on('exit', stop)
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130))
// Whatever happens, the run ends: the load time plus a minute for wrangler to start and stop.
setTimeout(
  () => {
    console.error('load: gave up (time limit)')
    process.exit(1)
  },
  (SECONDS + 60) * 1000,
).unref()

async function waitForWorker() {
  const until = Date.now() + 45_000
  while (Date.now() < until) {
    try {
      const res = await fetch(`${ORIGIN}/`)
      if (res.ok) return
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`the Worker did not answer on ${ORIGIN} within 45 s`)
}

/** Hostile requests for the second phase: each is refused (4xx), and should cost no more than a real page. */
const HOSTILE = [
  `/articles/${'a'.repeat(5000)}`,
  `/api/v1/articles/${SLUG}/figures?${'category=tanks&'.repeat(300)}`,
  `/api/v1/articles/${SLUG}/figures?category=${'x,'.repeat(600)}`,
  '/articles/%E0%A4%A/%ZZ/..%2f..%2f%00',
  `/api/v1/articles/${SLUG}/figures?report=%ZZ&report=latest`,
].map((path) => ({ method: 'GET', path, headers: { 'if-none-match': `${'W/"x", '.repeat(200)}*` } }))

/** One autocannon run, printed; returns the count of errors, timeouts and statuses `ok` does not accept. */
async function run(name, requests, seconds, ok) {
  console.log(
    `${name}: ${CONNECTIONS} connections for ${seconds} s against ${ORIGIN}, ${requests.length} requests in turn`,
  )
  const result = await autocannon({ url: ORIGIN, connections: CONNECTIONS, duration: seconds, requests })
  const byStatus = Object.fromEntries(
    Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count]),
  )
  const unexpected = Object.entries(byStatus)
    .filter(([code]) => !ok(code))
    .reduce((sum, [, count]) => sum + count, 0)
  console.log(
    [
      `  requests: ${result.requests.total} in ${result.duration} s`,
      `  requests/s: ${result.requests.average} average (min ${result.requests.min}, max ${result.requests.max})`,
      `  latency: p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`,
      `  status codes: ${JSON.stringify(byStatus)}`,
      `  errors: ${result.errors}, timeouts: ${result.timeouts}, unexpected statuses: ${unexpected}`,
    ].join('\n'),
  )
  return result.errors + result.timeouts + unexpected
}

try {
  await waitForWorker()
  const requests = []
  for (const path of ROUTES) {
    const res = await fetch(`${ORIGIN}${path}`)
    await res.arrayBuffer()
    const etag = res.headers.get('ETag')
    if (res.status !== 200 || !etag) throw new Error(`${path} answered ${res.status} without an ETag`)
    requests.push({ method: 'GET', path }, { method: 'GET', path, headers: { 'if-none-match': etag } })
  }
  // The figure the script stands or falls by: every answer a 2xx or a 304.
  let failures = await run(
    'load (main routes)',
    requests,
    SECONDS,
    (code) => code.startsWith('2') || code === '304',
  )
  if (HOSTILE_SECONDS > 0) {
    // Refusals are the point here; only errors, timeouts and 5xx count against it.
    failures += await run('load (hostile requests)', HOSTILE, HOSTILE_SECONDS, (code) => code.startsWith('4'))
  }
  stop()
  process.exit(failures === 0 ? 0 : 1)
} catch (error) {
  console.error(`load: ${error.message}`)
  stop()
  process.exit(1)
}
