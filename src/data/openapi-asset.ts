// The OpenAPI document as a static asset (scripts/openapi.ts writes it there), read once per isolate.
import { DataUnavailable } from '../domain/library'
import { Lru, type LruBounds } from '../lru'
import { readAssetJson } from './asset-library'

/** Where the build puts it among the static assets; not an address anyone is sent to. */
export const OPENAPI_ASSET = '/api-description/openapi.json'

/** One document of about 90 KB, with room to grow. */
export const OPENAPI_CACHE_BOUNDS: LruBounds = { maxEntries: 1, maxBytes: 1024 * 1024 }

/**
 * A reader of the document, which fetches it once per isolate. The build always writes it, so missing or
 * unreadable is DataUnavailable (a 503). A failed read is not held, so the next request retries.
 * @example const document = await readOpenApi(c.env.ASSETS)
 */
export function openApiReader() {
  const documentCache = new Lru<Record<string, unknown>>(OPENAPI_CACHE_BOUNDS)
  return async (assets: Fetcher) => {
    const document = await documentCache
      .read(OPENAPI_ASSET, () => readAssetJson<Record<string, unknown>>(assets, OPENAPI_ASSET))
      .catch((error) => {
        throw new DataUnavailable(
          OPENAPI_ASSET,
          `cannot be read: ${error instanceof Error ? error.message : error}`,
        )
      })
    if (!document) throw new DataUnavailable(OPENAPI_ASSET, 'is missing from the static assets')
    return document
  }
}
