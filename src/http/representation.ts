// Each response body is rendered once per isolate and kept with its strong ETag, so a request only hands back bytes.

export type Representation = { body: string; etag: string }
export type Represent = (key: string, render: () => string) => Promise<Representation>

/** Past this many distinct bodies (e.g. every combination of query filters), render without keeping. */
export const MAX_KEPT = 4096

async function strongEtag(body: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(body))
  const base64 = btoa(String.fromCharCode(...new Uint8Array(digest, 0, 18)))
  return `"${base64.replaceAll('+', '-').replaceAll('/', '_')}"`
}

/**
 * A store of rendered bodies: the body for a key is rendered the first time it is asked for, then reused.
 * @example
 * const represent = representations()
 * const page = await represent(`page:${slug}`, () => renderPage(article))
 */
export function representations(options?: { maxKept?: number }): Represent {
  const maxKept = options?.maxKept ?? MAX_KEPT
  const kept = new Map<string, Promise<Representation>>()
  return (key, render) => {
    const known = kept.get(key)
    if (known) return known
    const made = (async () => {
      const body = render()
      return { body, etag: await strongEtag(body) }
    })()
    if (kept.size < maxKept) {
      kept.set(key, made)
      // A render that throws must not be kept, or the error would be served for the isolate's life.
      made.catch(() => kept.delete(key))
    }
    return made
  }
}
