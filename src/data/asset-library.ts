// The Library in production: the build's checked, derived JSON (scripts/build-data.ts), read from Workers Static
// Assets the first time this isolate needs each file, and held in bounded caches so memory does not grow with the
// archive.
import type { Dataset } from '../domain/datasets'
import { type ArchivePage, type Article, DataUnavailable, type Library } from '../domain/library'
import { Lru, type LruBounds, utf8Bytes } from '../lru'

/** Where the build writes the data inside the assets directory; the Worker reads it only through the binding. */
export const DATA_PREFIX = '/_data'

/** What the build writes beside the articles: everything the Worker needs to know before it looks one up. */
export type SiteIndex = { featured: string; pageCount: number; datasets: string[] }

/** The asset paths of each kind of file, shared by the build that writes them and the Worker that reads them. */
export const dataPaths = {
  site: () => `${DATA_PREFIX}/site.json`,
  article: (slug: string) => `${DATA_PREFIX}/articles/${slug}.json`,
  archive: (page: number) => `${DATA_PREFIX}/archive/${page}.json`,
  dataset: (id: string) => `${DATA_PREFIX}/datasets/${id}.json`,
  /** The PNGs drawn for an article (scripts/render-images.ts): their addresses, sizes and alt texts. */
  images: (slug: string) => `${DATA_PREFIX}/images/${slug}.json`,
}

/**
 * What an isolate holds of the data files, counted in entries and in bytes of key and JSON text (the parsed
 * objects take a few times that). Articles, datasets and the site index share one bound; archive pages, which
 * the sitemap walks from first to last, have their own, so a crawl never pushes the articles out.
 */
export const FILE_CACHE_BOUNDS: LruBounds = { maxEntries: 200, maxBytes: 8 * 1024 * 1024 }
export const ARCHIVE_CACHE_BOUNDS: LruBounds = { maxEntries: 20, maxBytes: 1024 * 1024 }
/** Slugs are lower-case words and hyphens (data schema); anything else cannot name an asset of ours. */
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/

const decoder = new TextDecoder()

/**
 * The JSON at an asset path and its size as a cache counts it (path and text), or undefined when there is none
 * (an unknown slug); any other failure throws.
 */
export async function readAssetJson<T>(assets: Fetcher, path: string) {
  const res = await assets.fetch(`https://assets.invalid${path}`)
  if (res.status === 404) return undefined
  if (!res.ok) throw new Error(`${path}: the assets binding answered ${res.status}`)
  const body = await res.arrayBuffer()
  return { value: JSON.parse(decoder.decode(body)) as T, bytes: utf8Bytes(path) + body.byteLength }
}

/**
 * Reads the built data through the assets binding.
 * @example createApp({ library: assetLibrary(env.ASSETS), styles, kept })
 */
export function assetLibrary(assets: Fetcher, options?: { files?: LruBounds; archive?: LruBounds }): Library {
  const fileCache = new Lru<unknown>(options?.files ?? FILE_CACHE_BOUNDS)
  const archiveCache = new Lru<unknown>(options?.archive ?? ARCHIVE_CACHE_BOUNDS)
  // A miss or a failed read is not held: anyone can ask for made-up slugs, and the next request retries.
  const cached = <T>(path: string, cache: Lru<unknown> = fileCache) =>
    cache.read(path, () => readAssetJson(assets, path)) as Promise<T | undefined>
  /** A file, or undefined when there is none (an unknown slug); there but unreadable is the deploy's fault. */
  const read = <T>(path: string, cache?: Lru<unknown>) =>
    cached<T>(path, cache).catch((error) => {
      throw new DataUnavailable(path, `cannot be read: ${error instanceof Error ? error.message : error}`)
    })
  /**
   * A file the build promised (the site index names it, or is it): missing too, the deploy is broken, so the
   * answer is a 503 naming it (DataUnavailable), never a 404 or a shorter list.
   */
  async function promised<T>(path: string, cache?: Lru<unknown>): Promise<T> {
    const value = await read<T>(path, cache)
    if (value === undefined) throw new DataUnavailable(path, 'is missing from the static assets')
    return value
  }
  const index = () => promised<SiteIndex>(dataPaths.site())

  return {
    async getFeatured() {
      const { featured } = await index()
      return promised<Article>(dataPaths.article(featured))
    },
    async getArticle(slug) {
      if (!SLUG.test(slug)) return undefined
      const article = await read<Article>(dataPaths.article(slug))
      // A miss is an unknown slug, unless the index promised it: the featured article.
      if (!article && slug === (await index()).featured)
        throw new DataUnavailable(dataPaths.article(slug), 'is missing from the static assets')
      return article
    },
    async listArticles(page = 1) {
      const { pageCount } = await index()
      if (!Number.isInteger(page) || page < 1 || page > pageCount) return undefined
      return promised<ArchivePage>(dataPaths.archive(page), archiveCache)
    },
    async getDataset(id) {
      const { datasets } = await index()
      return datasets.includes(id) ? promised<Dataset>(dataPaths.dataset(id)) : undefined
    },
    async listDatasets() {
      const { datasets } = await index()
      return Promise.all(datasets.map((id) => promised<Dataset>(dataPaths.dataset(id))))
    },
  }
}
