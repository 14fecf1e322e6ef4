// The Library in production: the build's checked, derived JSON (scripts/build-data.ts), read from Workers Static
// Assets the first time this isolate needs each file, and kept with a bound so memory does not grow with the
// archive.
import type { Dataset } from '../domain/datasets'
import type { ArchivePage, Article, Library } from '../domain/library'

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

/** Articles kept per isolate; a kept article is about 20 KB of objects, so the bound is a few megabytes. */
const MAX_KEPT_ARTICLES = 200
/** Slugs are lower-case words and hyphens (data schema); anything else cannot name an asset of ours. */
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/

/** A map that forgets its least recently used entry past `max`. */
function boundedCache<T>(max: number) {
  const entries = new Map<string, T>()
  return {
    get(key: string): T | undefined {
      const value = entries.get(key)
      if (value !== undefined) {
        entries.delete(key)
        entries.set(key, value)
      }
      return value
    },
    set(key: string, value: T) {
      entries.delete(key)
      entries.set(key, value)
      if (entries.size > max) entries.delete(entries.keys().next().value as string)
    },
    delete: (key: string) => entries.delete(key),
  }
}

/**
 * Reads the built data through the assets binding.
 * @example createApp({ library: assetLibrary(env.ASSETS), styles, kept })
 */
export function assetLibrary(assets: Fetcher, options?: { maxArticles?: number }): Library {
  const kept = boundedCache<Promise<unknown>>(options?.maxArticles ?? MAX_KEPT_ARTICLES)

  /** The JSON at an asset path, or undefined when there is none (an unknown slug). */
  async function read<T>(path: string): Promise<T | undefined> {
    const res = await assets.fetch(`https://assets.invalid${path}`)
    if (res.status === 404) return undefined
    if (!res.ok) throw new Error(`${path}: the assets binding answered ${res.status}`)
    return (await res.json()) as T
  }
  /** Kept once read; a miss is not kept, since anyone can ask for made-up slugs (the kept-answers layer keeps 404s). */
  function cached<T>(path: string): Promise<T | undefined> {
    const known = kept.get(path) as Promise<T | undefined> | undefined
    if (known) return known
    const reading = read<T>(path)
    kept.set(path, reading)
    reading.then(
      (value) => value === undefined && kept.delete(path),
      () => kept.delete(path),
    )
    return reading
  }
  let site: Promise<SiteIndex> | undefined
  // Read once per isolate; a failed read is forgotten, so the next request tries again.
  const index = () => {
    if (!site) {
      site = read<SiteIndex>(dataPaths.site()).then((value) => {
        if (!value) throw new Error('the build wrote no site index: run `npm run build:data`')
        return value
      })
      site.catch(() => {
        site = undefined
      })
    }
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
      return cached<ArchivePage>(dataPaths.archive(page))
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
