// Shared by the test files: requests against the real Worker (inside workerd) and apps built from fixtures.
import { env, exports } from 'cloudflare:workers'
import { memoryAssets } from '../build-tools/data/assets'
import { buildData, type DataFiles } from '../build-tools/data/load'
import { createApp } from '../src/app'
import { assetLibrary } from '../src/data/asset-library'
import { styleSources } from '../src/http/security'
import droneArticle from './fixtures/drone-report/article.json'
import droneFigures from './fixtures/drone-report/figures.json'
import { REAL_DATA } from './real-data'

export const FEATURED = 'russia-lost-350-troops-in-one-day'
export const ORIGIN = 'https://example.com'

/** A request to the deployed Worker's own fetch handler, running in workerd. */
export function fetchWorker(path: string, init?: RequestInit): Promise<Response> {
  return exports.default.fetch(`${ORIGIN}${path}`, init)
}

/**
 * The headers of a Worker answer for programs that keeps its name across deploys (robots.txt), by lower-case name,
 * less those of its body (type, length, ETag): what public/_headers must give the files the asset layer serves.
 */
export async function dataAnswerHeaders(): Promise<Record<string, string>> {
  const res = await fetchWorker('/robots.txt')
  return Object.fromEntries(
    [...res.headers].filter(([name]) => !['content-type', 'content-length', 'etag'].includes(name)),
  )
}

/** When the test data says the drone article last changed: a second time, so the feed has two to order. */
export const DRONE_CHANGED = '2026-12-01T22:15:30Z'

/** The real data plus the small second article that only the tests use (its reports written out). */
export function dataWithFixture(): DataFiles {
  return {
    ...structuredClone(REAL_DATA),
    articles: [
      ...structuredClone(REAL_DATA.articles),
      {
        article: { path: 'tests/fixtures/drone-report/article.json', json: structuredClone(droneArticle) },
        figures: { path: 'tests/fixtures/drone-report/figures.json', json: structuredClone(droneFigures) },
        changed: DRONE_CHANGED,
      },
    ],
  }
}

/**
 * The ASSETS binding over these data files, checked and built as `npm run build:data` builds them but kept in
 * memory; the build's other files (the images, the OpenAPI document) come from the real build/assets.
 */
export const assetsFor = (files: DataFiles) => memoryAssets(buildData(files), env.ASSETS)

/** The Library over these data files, as src/index.ts reads the real ones. */
export const libraryFor = (files: DataFiles) => assetLibrary(assetsFor(files))

/** An app over the given data, wired as src/index.ts wires the real one; its requests carry the bindings. */
export async function appFor(files: DataFiles) {
  const ASSETS = assetsFor(files)
  const app = createApp({ library: assetLibrary(ASSETS), styles: await styleSources() })
  const unbound = app.request
  const request: typeof app.request = (input, init, bindings = { ASSETS }, ctx) =>
    unbound(input, init, bindings, ctx)
  return Object.assign(app, { request })
}

/**
 * The CSP source of a document's one inline <style>, hashed here (SHA-256, base64) from the markup as served.
 * @example expect(csp).toContain(await inlineStyleSource(html))
 */
export async function inlineStyleSource(markup: string): Promise<string> {
  const css = /<style>([\s\S]*?)<\/style>/.exec(markup)?.[1] ?? ''
  if (css.length < 100) throw new Error('no inline stylesheet in the markup')
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(css))
  return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`
}

/** A small RFC 4180 reader, written here so the test does not trust the code it tests. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (ch === '"') quoted = false
      else cell += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') {
      row.push(cell)
      cell = ''
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
      i++
    } else cell += ch
  }
  if (cell !== '') throw new Error('the last record does not end with CRLF')
  return rows
}
