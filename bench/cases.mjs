// The routes the per-request benchmark measures, their constant twins, and the rounds that time them with
// tinybench. Runtime-neutral: it runs inside workerd (bench/workerd-bench.mjs) and under Node (bench/micro.mjs).
import { Bench } from 'tinybench'
import { loadLibrary } from '../build-tools/data/load'
import { createApp } from '../src/app'
import { keptAnswers } from '../src/http/kept-answers'
import { styleSources } from '../src/http/security'
import { BENCH_DATA } from './data'

const ORIGIN = 'https://example.com'
const SLUG = 'russia-lost-350-troops-in-one-day'
const ARTICLE_COUNT = 1000
const ENV = {}
const CTX = { waitUntil() {}, passThroughOnException() {}, props: {} }

/** The bundled data plus generated copies of its first article, to `count` articles in all. */
function withGeneratedArticles(data, count) {
  const [first] = data.articles
  const articles = [...data.articles]
  for (let i = 1; articles.length < count; i++) {
    const slug = `${first.article.json.slug}-copy-${i}`
    articles.push({
      article: { path: `data/articles/${slug}/article.json`, json: { ...first.article.json, slug } },
      figures: { path: `data/articles/${slug}/figures.json`, json: first.figures.json },
    })
  }
  return { ...data, articles }
}

/** Where the reading twin puts what it reads, so the reads are not optimised away. */
const sink = { value: undefined }

const lastSlug = `${SLUG}-copy-${ARTICLE_COUNT - 1}`
const FIGURES = `/api/v1/articles/${SLUG}/figures`

/** Every route: [name, which app, path, mode]. 'optional' routes (the embeds) join once the Worker serves them. */
const ROUTES = [
  ['article page', 'one', `/articles/${SLUG}`],
  ['front page /', 'one', '/'],
  ['article list JSON', 'one', '/api/v1/articles'],
  ['article JSON', 'one', `/api/v1/articles/${SLUG}`],
  ['figures JSON', 'one', FIGURES],
  ['figures JSON filtered', 'one', `${FIGURES}?category=personnel,tanks&report=latest`],
  ['article page 304', 'one', `/articles/${SLUG}`, 'revalidate'],
  ['figures JSON 304', 'one', FIGURES, 'revalidate'],
  ['404 API', 'one', '/api/v1/articles/no-such-article'],
  ['404 page', 'one', '/articles/no-such-article'],
  ['400 bad category', 'one', `${FIGURES}?category=bogus`],
  ['embed card', 'one', `/embed/${SLUG}`, 'optional'],
  ['embed chart.svg', 'one', `/embed/${SLUG}/chart.svg`, 'optional'],
  ['figures.csv', 'one', `/api/v1/articles/${SLUG}/figures.csv`, 'optional'],
  ['oEmbed', 'one', `/oembed?url=${encodeURIComponent(`${ORIGIN}/articles/${SLUG}`)}`, 'optional'],
  ['openapi.json', 'one', '/api/v1/openapi.json', 'optional'],
  ['dataset reports JSON', 'one', '/api/v1/datasets/general-staff-losses/reports', 'optional'],
  ['dataset reports CSV', 'one', '/api/v1/datasets/general-staff-losses/reports.csv', 'optional'],
  ['dataset latest report', 'one', '/api/v1/datasets/general-staff-losses/reports/latest', 'optional'],
  ['context chart.svg', 'one', `/embed/${SLUG}/context.svg`, 'optional'],
  [`article page, ${ARTICLE_COUNT} articles`, 'many', `/articles/${lastSlug}`],
  [`figures JSON, ${ARTICLE_COUNT} articles`, 'many', `/api/v1/articles/${lastSlug}/figures`],
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
 * Builds the deployed Worker (src/index.ts) and one with 1,000 articles, and every case with its twin.
 * Checks that the Worker's answer is constant, so the twin answers byte for byte the same.
 */
export async function prepareCases() {
  // Each wired as src/index.ts wires the deployed Worker, with the data in memory instead of read through the
  // assets binding (which this benchmark does not have).
  const styles = await styleSources()
  const wired = (library) => {
    const kept = keptAnswers()
    const app = createApp({ library, styles, kept })
    return { fetch: (request, env, ctx) => kept.answer(request) ?? app.fetch(request, env, ctx) }
  }
  const worker = wired(loadLibrary(BENCH_DATA))
  const many = wired(loadLibrary(withGeneratedArticles(BENCH_DATA, ARTICLE_COUNT)))
  const apps = { one: worker, many }
  const cases = []
  for (const [name, which, path, mode] of ROUTES) {
    const app = apps[which]
    const handler = (req) => app.fetch(req, ENV, CTX)
    let headers = {}
    if (mode === 'revalidate') {
      const first = await handler(new Request(ORIGIN + path))
      headers = { 'If-None-Match': first.headers.get('ETag') }
    }
    const makeRequest = () => new Request(ORIGIN + path, { headers })
    const answer = await answerOf(handler, makeRequest())
    if (mode === 'optional' && answer.status === 404) continue
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
 * `windowMs` > 0 is for a coarse clock (workerd's is 1 ms): a sample then starts on a clock tick and counts
 * requests until `windowMs` have passed, giving the mean per request over that window.
 */
export async function runRound(cases, { round, time, iterations, windowMs = 0 }) {
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
      if (windowMs === 0) {
        let request
        const beforeEach = () => {
          request = c.makeRequest()
        }
        bench.add(name, () => handle(request), { beforeEach, async: true })
        continue
      }
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
