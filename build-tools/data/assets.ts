// The data files the Worker reads from Workers Static Assets, each with its path: scripts/build-data.ts writes them
// into build/assets/, and tests and the bench serve the same files from memory through a Fetcher, so they read
// exactly what production reads.
import { DATA_PREFIX, dataPaths, type SiteIndex } from '../../src/data/asset-library'
import { archivePages } from './derive'
import type { BuiltData } from './load'

/**
 * Every data file of the built data, as [asset path, JSON value]: the site index, the archive's pages, each
 * dataset and each article.
 * @example for (const [path, value] of dataAssets(buildData(files))) await write(path, value)
 */
export function* dataAssets(built: BuiltData): Generator<[string, unknown]> {
  const pages = archivePages(built.articles)
  const site: SiteIndex = {
    featured: built.featured,
    pageCount: pages.length,
    datasets: built.datasets.map((d) => d.id),
  }
  yield [dataPaths.site(), site]
  for (const page of pages) yield [dataPaths.archive(page.page), page]
  for (const dataset of built.datasets) yield [dataPaths.dataset(dataset.id), dataset]
  for (const article of built.articles) yield [dataPaths.article(article.slug), article]
}

/**
 * The ASSETS binding over the built data, held in memory: its data files, and anything else (the images, the
 * OpenAPI document) from `others`, or a 404 without it; an article `others` has no image list for gets an empty one.
 * @example const ASSETS = memoryAssets(buildData(files), env.ASSETS); createApp({ library: assetLibrary(ASSETS), styles })
 */
export function memoryAssets(built: BuiltData, others?: Fetcher): Fetcher {
  const data = new Map<string, string>()
  for (const [path, value] of dataAssets(built)) data.set(path, JSON.stringify(value))
  // The build writes an image list for every article; one it has not drawn (a fixture) has none to list.
  const undrawn = new Set(built.articles.map((a) => dataPaths.images(a.slug)))
  const json = (text: string) => new Response(text, { headers: { 'Content-Type': 'application/json' } })
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : input)
    const text = data.get(url.pathname)
    if (text !== undefined) return json(text)
    // The image lists are the image step's, not the data build's: those come from `others` too.
    const fromOthers =
      !url.pathname.startsWith(`${DATA_PREFIX}/`) || url.pathname.startsWith(`${DATA_PREFIX}/images/`)
    const other = others && fromOthers ? await others.fetch(input, init) : undefined
    if (other && other.status !== 404) return other
    if (undrawn.has(url.pathname)) return json('{"images":[]}')
    return other ?? new Response('Not Found', { status: 404 })
  }
  return {
    fetch,
    connect: () => {
      throw new Error('the assets binding opens no sockets')
    },
  } as unknown as Fetcher
}
