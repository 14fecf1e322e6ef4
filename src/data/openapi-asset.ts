// The OpenAPI document as a static asset (scripts/openapi.ts writes it there), read once per isolate.

/** Where the build puts it among the static assets; not an address anyone is sent to. */
export const OPENAPI_ASSET = '/api-description/openapi.json'

/**
 * A reader of the document, which fetches it once per isolate; undefined when the build did not put it there.
 * @example const document = await readOpenApi(c.env.ASSETS, c.var.origin)
 */
export function openApiReader() {
  let kept: Promise<Record<string, unknown> | undefined> | undefined
  return (assets: Fetcher, origin: string) => {
    kept ??= (async () => {
      const res = await assets.fetch(new URL(OPENAPI_ASSET, origin))
      return res.ok ? ((await res.json()) as Record<string, unknown>) : undefined
    })()
    return kept
  }
}
