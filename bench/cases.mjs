// The routes the per-request benchmark measures, their constant twins, and the rounds that time them with
// tinybench, inside workerd (bench/workerd-bench.mjs), against the deployed Worker itself.
import { env } from 'cloudflare:workers'
import { Bench } from 'tinybench'
import worker from '../src/index'

const ORIGIN = 'https://example.com'
const SLUG = 'russia-lost-350-troops-in-one-day'
const CTX = { waitUntil() {}, passThroughOnException() {}, props: {} }

/** Where the reading twin puts what it reads, so the reads are not optimised away. */
const sink = { value: undefined }

const FIGURES = `/api/v1/articles/${SLUG}/figures`

/** Every route: [name, path, mode]. */
const ROUTES = [
  ['article page', `/articles/${SLUG}`],
  ['front page /', '/'],
  ['article list JSON', '/api/v1/articles'],
  ['article JSON', `/api/v1/articles/${SLUG}`],
  ['figures JSON', FIGURES],
  ['figures JSON filtered', `${FIGURES}?category=personnel,tanks&report=latest`],
  ['figures JSON, tracking parameters', `${FIGURES}?utm_source=newsletter&fbclid=abc`],
  ['article page 304', `/articles/${SLUG}`, 'revalidate'],
  ['figures JSON 304', FIGURES, 'revalidate'],
  ['404 API', '/api/v1/articles/no-such-article'],
  ['404 page', '/articles/no-such-article'],
  ['400 bad category', `${FIGURES}?category=bogus`],
  ['embed card', `/embed/${SLUG}`],
  ['embed chart.svg', `/embed/${SLUG}/chart.svg`],
  ['figures.csv', `/api/v1/articles/${SLUG}/figures.csv`],
  ['oEmbed', `/oembed?url=${encodeURIComponent(`${ORIGIN}/articles/${SLUG}`)}`],
  ['openapi.json', '/api/v1/openapi.json'],
  ['dataset reports JSON', '/api/v1/datasets/general-staff-losses/reports'],
  ['dataset reports CSV', '/api/v1/datasets/general-staff-losses/reports.csv'],
  ['dataset latest report', '/api/v1/datasets/general-staff-losses/reports/latest'],
  ['context chart.svg', `/embed/${SLUG}/context.svg`],
  ['sitemap.xml', '/sitemap.xml'],
]

/** The worker's answer, read once, and a handler that returns the same answer as a constant. */
async function answerOf(handler, request) {
  const res = await handler(request)
  const status = res.status
  const headers = [...res.headers]
  const body = status === 304 ? null : await res.text()
  return { status, headers, body }
}

/**
 * The deployed Worker (src/index.ts, over the build's assets as deployed), and every case with its twin. Checks
 * that the Worker's answer is constant, so the twin answers byte for byte the same.
 */
export async function prepareCases() {
  const handler = (request) => worker.fetch(request, env, CTX)
  const cases = []
  for (const [name, path, mode] of ROUTES) {
    let headers = {}
    if (mode === 'revalidate') {
      const first = await handler(new Request(ORIGIN + path))
      headers = { 'If-None-Match': first.headers.get('ETag') }
    }
    const makeRequest = () => new Request(ORIGIN + path, { headers })
    const answer = await answerOf(handler, makeRequest())
    if (JSON.stringify(await answerOf(handler, makeRequest())) !== JSON.stringify(answer))
      throw new Error(`${name}: the answer is not constant`)
    // The cheapest faithful constant: bytes encoded once and a Headers object built once (in workerd, passing
    // a Headers object is several times cheaper than an array of pairs; see docs/performance.md).
    const bytes = answer.body === null ? null : new TextEncoder().encode(answer.body)
    const sent = new Headers(answer.headers)
    const status = answer.status
    const twin = () => new Response(bytes, { status, headers: sent })
    // The twin plus the three reads any correct answer needs (method, URL, If-None-Match): each crosses from
    // JavaScript into the runtime, so this is the floor for a handler that looks at its request at all.
    const readingTwin = (request) => {
      sink.value = request.method
      sink.value = request.url
      sink.value = request.headers.get('If-None-Match')
      return twin()
    }
    cases.push({ name, path, handler, twin, readingTwin, makeRequest, ...answer })
  }
  return cases
}

/**
 * One round: each case, its twin and its reading twin as tinybench tasks, their order rotating between rounds.
 * workerd's clock ticks in whole milliseconds, so a sample starts on a tick and counts requests until `windowMs`
 * have passed, giving the mean per request over that window.
 */
export async function runRound(cases, { round, time, iterations, windowMs }) {
  const bench = new Bench({
    time,
    iterations,
    warmupTime: time,
    warmupIterations: iterations,
    retainSamples: true,
    throws: true,
  })
  const now = () => performance.now()
  // The cases' order rotates too: whatever runs first in a round pays for the garbage of the round before.
  const shift = round % cases.length
  for (const c of [...cases.slice(shift), ...cases.slice(0, shift)]) {
    const sides = [
      [`${c.name}|worker`, c.handler],
      [`${c.name}|twin`, c.twin],
      [`${c.name}|reading`, c.readingTwin],
    ]
    // Each round starts with a different side, so drift and noise hit all three alike.
    const order = [...sides.slice(round % 3), ...sides.slice(0, round % 3)]
    for (const [name, handle] of order) {
      // Requests are built before the window opens, so both sides time only the handler.
      let pool = []
      let needed = 64
      const beforeEach = () => {
        pool = Array.from({ length: Math.ceil(needed * 1.5) }, c.makeRequest)
      }
      const timeWindow = async () => {
        const tick = now()
        let start = now()
        while (start === tick) start = now()
        let n = 0
        let end = start
        while (end - start < windowMs) {
          await handle(pool[n] ?? c.makeRequest())
          n++
          end = now()
        }
        needed = n
        return { overriddenDuration: (end - start) / n, overriddenIterationCost: end - start }
      }
      bench.add(name, timeWindow, { beforeEach, async: true })
    }
  }
  await bench.run()
  return bench.tasks.map((task) => ({ name: task.name, samples: [...task.result.latency.samples] }))
}
