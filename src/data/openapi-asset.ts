// The OpenAPI document as a static asset (scripts/copy-openapi.ts puts it there), read once per isolate.

/** Where the build puts it among the static assets; not an address anyone is sent to. */
export const OPENAPI_ASSET = '/api-description/openapi.json'

/**
 * A reader of the document, which fetches it once per isolate; undefined without assets (an app built from
 * fixtures) or when the build did not put it there.
 * @example const document = await readOpenApi(c.env?.ASSETS, c.var.origin)
 */
export function openApiReader() {
  let kept: Promise<Record<string, unknown> | undefined> | undefined
  return (assets: Fetcher | undefined, origin: string) => {
    if (!assets) return Promise.resolve(undefined)
    kept ??= (async () => {
      const res = await assets.fetch(new URL(OPENAPI_ASSET, origin))
      return res.ok ? ((await res.json()) as Record<string, unknown>) : undefined
    })()
    return kept
  }
}
