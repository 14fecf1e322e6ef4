// The OpenAPI document as a static asset (scripts/openapi.ts writes it there), read once per isolate.
import { Lru, type LruBounds } from '../lru'
import { readAssetJson } from './asset-library'

/** Where the build puts it among the static assets; not an address anyone is sent to. */
export const OPENAPI_ASSET = '/api-description/openapi.json'

/** One document of about 90 KB, with room to grow. */
export const OPENAPI_CACHE_BOUNDS: LruBounds = { maxEntries: 1, maxBytes: 1024 * 1024 }

/**
 * A reader of the document, which fetches it once per isolate; undefined when the build did not put it there. A
 * failed read is not held, so the next request retries.
 * @example const document = await readOpenApi(c.env.ASSETS)
 */
export function openApiReader() {
  const documentCache = new Lru<Record<string, unknown>>(OPENAPI_CACHE_BOUNDS)
  return (assets: Fetcher) =>
    documentCache.read(OPENAPI_ASSET, () => readAssetJson<Record<string, unknown>>(assets, OPENAPI_ASSET))
}
