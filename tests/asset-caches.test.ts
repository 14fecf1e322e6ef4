// What an isolate holds of the built files (src/data/asset-library.ts, src/data/openapi-asset.ts): each file read
// once, a failed read never held, and a crawl of the archive never pushing the articles out.
import { describe, expect, it } from 'vitest'
import { assetLibrary, dataPaths } from '../src/data/asset-library'
import { OPENAPI_ASSET, openApiReader } from '../src/data/openapi-asset'

const ARCHIVE_PAGES = 30

/** Built files in memory, as the assets binding serves them, with each fetch counted by path. */
function fakeAssets(files: Record<string, unknown>) {
  const fetched: string[] = []
  let failNext = 0
  const fetch = async (input: RequestInfo | URL) => {
    const path = new URL(input instanceof Request ? input.url : input).pathname
    fetched.push(path)
    if (failNext > 0) {
      failNext--
      return new Response('unavailable', { status: 503 })
    }
    return path in files ? Response.json(files[path]) : new Response('', { status: 404 })
  }
  return {
    assets: { fetch } as unknown as Fetcher,
    fetched,
    failNextFetches: (n: number) => {
      failNext = n
    },
  }
}

const article = (slug: string) => ({ slug, headline: `About ${slug}` })

function builtSite() {
  const files: Record<string, unknown> = {
    [dataPaths.site()]: { featured: 'one', pageCount: ARCHIVE_PAGES, datasets: [] },
    [dataPaths.article('one')]: article('one'),
    [dataPaths.article('two')]: article('two'),
    [OPENAPI_ASSET]: { openapi: '3.1.0' },
  }
  for (let page = 1; page <= ARCHIVE_PAGES; page++)
    files[dataPaths.archive(page)] = { page, pageCount: ARCHIVE_PAGES, total: 0, articles: [] }
  return fakeAssets(files)
}

describe('assetLibrary()', () => {
  it('reads each file once per isolate', async () => {
    const { assets, fetched } = builtSite()
    const library = assetLibrary(assets)
    for (let i = 0; i < 3; i++) {
      expect(await library.getArticle('two')).toEqual(article('two'))
      expect((await library.getFeatured()).slug).toBe('one')
    }
    expect(fetched.sort()).toEqual(
      [dataPaths.article('one'), dataPaths.article('two'), dataPaths.site()].sort(),
    )
  })

  it('never holds a failed read: the next request reads the file again', async () => {
    const { assets, fetched, failNextFetches } = builtSite()
    const library = assetLibrary(assets)
    failNextFetches(1)
    await expect(library.getArticle('two')).rejects.toThrow('answered 503')
    expect(await library.getArticle('two')).toEqual(article('two'))
    expect(fetched).toEqual([dataPaths.article('two'), dataPaths.article('two')])
  })

  it('never holds a miss: an unknown slug is asked for again', async () => {
    const { assets, fetched } = builtSite()
    const library = assetLibrary(assets)
    expect(await library.getArticle('nowhere')).toBeUndefined()
    expect(await library.getArticle('nowhere')).toBeUndefined()
    // The site index, read once on the first miss, says whether the slug was promised (the featured one).
    expect(fetched).toEqual([dataPaths.article('nowhere'), dataPaths.site(), dataPaths.article('nowhere')])
  })

  it('forgets the least recently used article past its bound', async () => {
    const { assets, fetched } = builtSite()
    // Room for the site index (which a miss reads) and two articles.
    const library = assetLibrary(assets, { files: { maxEntries: 3, maxBytes: 1024 * 1024 } })
    await library.getFeatured()
    await library.getArticle('one')
    await library.getArticle('two')
    await library.getArticle('one')
    await library.getArticle('three') // not built: pushes nothing out
    await library.getArticle('two')
    expect(fetched.filter((p) => p === dataPaths.article('two'))).toHaveLength(1)
  })

  it('walks the whole archive (as the sitemap does) without pushing the articles out', async () => {
    const { assets, fetched } = builtSite()
    // Room for the site index and both articles, and for far fewer archive pages than there are.
    const library = assetLibrary(assets, {
      files: { maxEntries: 3, maxBytes: 1024 * 1024 },
      archive: { maxEntries: 5, maxBytes: 1024 * 1024 },
    })
    await library.getArticle('one')
    await library.getArticle('two')
    for (let page = 1; page <= ARCHIVE_PAGES; page++)
      expect((await library.listArticles(page))?.page).toBe(page)
    const before = fetched.length
    await library.getArticle('one')
    await library.getArticle('two')
    await library.listArticles(ARCHIVE_PAGES)
    expect(fetched.slice(before)).toEqual([])
  })
})

describe('openApiReader()', () => {
  it('reads the document once, but again after a failed read', async () => {
    const { assets, fetched, failNextFetches } = builtSite()
    const read = openApiReader()
    failNextFetches(1)
    await expect(read(assets)).rejects.toThrow('answered 503')
    expect(await read(assets)).toEqual({ openapi: '3.1.0' })
    expect(await read(assets)).toEqual({ openapi: '3.1.0' })
    expect(fetched).toEqual([OPENAPI_ASSET, OPENAPI_ASSET])
  })
})
