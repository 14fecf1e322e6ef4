// The Library in production: the build's checked, derived JSON (scripts/build-data.ts), read from Workers Static
// Assets the first time this isolate needs each file, and held in bounded caches so memory does not grow with the
// archive.
import type { Dataset } from '../domain/datasets'
import type { ArchivePage, Article, Library } from '../domain/library'
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

  async function index() {
    const site = await cached<SiteIndex>(dataPaths.site())
    if (!site) throw new Error('the build wrote no site index: run `npm run build:data`')
    return site
  }

  return {
    async getFeatured() {
      const { featured } = await index()
      const article = await cached<Article>(dataPaths.article(featured))
      if (!article) throw new Error(`the featured article "${featured}" was not built`)
      return article
    },
    getArticle: async (slug) => (SLUG.test(slug) ? cached<Article>(dataPaths.article(slug)) : undefined),
    async listArticles(page = 1) {
      const { pageCount } = await index()
      if (!Number.isInteger(page) || page < 1 || page > pageCount) return undefined
      return cached<ArchivePage>(dataPaths.archive(page), archiveCache)
    },
    async getDataset(id) {
      const { datasets } = await index()
      return datasets.includes(id) ? cached<Dataset>(dataPaths.dataset(id)) : undefined
    },
    async listDatasets() {
      const { datasets } = await index()
      const all = await Promise.all(datasets.map((id) => cached<Dataset>(dataPaths.dataset(id))))
      return all.filter((d): d is Dataset => d !== undefined)
    },
  }
}
