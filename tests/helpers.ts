// Shared by the test files: requests against the real Worker (inside workerd) and apps built from fixtures.
import { exports } from 'cloudflare:workers'
import { createApp } from '../src/app'
import { type DataFiles, loadLibrary } from '../src/data/load'
import { styleSources } from '../src/http/security'
import droneArticle from './fixtures/drone-report/article.json'
import droneFigures from './fixtures/drone-report/figures.json'
import { REAL_DATA } from './real-data'

export const FEATURED = 'russia-lost-350-troops-in-one-day'
export const ORIGIN = 'https://example.com'

/** A request to the deployed Worker's own fetch handler, running in workerd. */
export function fetchWorker(path: string, init?: RequestInit): Promise<Response> {
  return (exports as unknown as { default: Fetcher }).default.fetch(`${ORIGIN}${path}`, init)
}

/** The real data plus the small second article that only the tests use (its reports written out). */
export function dataWithFixture(): DataFiles {
  return {
    ...structuredClone(REAL_DATA),
    articles: [
      ...structuredClone(REAL_DATA.articles),
      {
        article: { path: 'tests/fixtures/drone-report/article.json', json: structuredClone(droneArticle) },
        figures: { path: 'tests/fixtures/drone-report/figures.json', json: structuredClone(droneFigures) },
      },
    ],
  }
}

/** An app over the given data, as src/index.ts builds the real one. */
export async function appFor(files: DataFiles) {
  return createApp({ library: loadLibrary(files), styles: await styleSources() })
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
