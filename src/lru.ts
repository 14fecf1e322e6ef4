// The Worker's one cache shape: a map bounded by count and by bytes that forgets its least recently used entries.
// Kept answers (src/http/kept-answers.ts), the data files (src/data/asset-library.ts) and the OpenAPI document
// each hold one or more of these; their bounds are listed in docs/performance.md.

/** How much one cache may hold: entries, and bytes as its owner counts them. */
export type LruBounds = { maxEntries: number; maxBytes: number }

const encoder = new TextEncoder()

/** UTF-8 bytes of a string, as a cache counts its keys, headers and texts. */
export const utf8Bytes = (text: string) => encoder.encode(text).byteLength

/**
 * @example
 * const files = new Lru<Article>({ maxEntries: 200, maxBytes: 8 * 1024 * 1024 })
 * files.set(path, article, utf8Bytes(path) + utf8Bytes(text))
 */
export class Lru<V> {
  readonly #entries = new Map<string, { value: V; bytes: number }>()
  readonly #reading = new Map<string, Promise<V | undefined>>()
  #bytes = 0

  constructor(readonly bounds: LruBounds) {}

  get size() {
    return this.#entries.size
  }
  get bytes() {
    return this.#bytes
  }

  /** The value, now the most recently used; undefined when it is not held. */
  get(key: string): V | undefined {
    const entry = this.#entries.get(key)
    if (!entry) return undefined
    this.#entries.delete(key)
    this.#entries.set(key, entry)
    return entry.value
  }

  /**
   * Holds `value`, counted as `bytes`, forgetting the least recently used entries until the bounds hold again.
   * A value larger than the whole byte bound is not held (false), and pushes nothing out.
   */
  set(key: string, value: V, bytes: number): boolean {
    this.delete(key)
    if (bytes > this.bounds.maxBytes) return false
    this.#entries.set(key, { value, bytes })
    this.#bytes += bytes
    for (const [oldest, entry] of this.#entries) {
      if (this.#entries.size <= this.bounds.maxEntries && this.#bytes <= this.bounds.maxBytes) break
      this.#entries.delete(oldest)
      this.#bytes -= entry.bytes
    }
    return true
  }

  delete(key: string) {
    const entry = this.#entries.get(key)
    if (!entry) return
    this.#entries.delete(key)
    this.#bytes -= entry.bytes
  }

  /**
   * The value held for `key`, or the one `load` reads, held if it is found. Requests at the same moment share
   * one read. Nothing is held when `load` finds nothing (undefined) or fails, so the next request reads again.
   */
  read(key: string, load: () => Promise<{ value: V; bytes: number } | undefined>): Promise<V | undefined> {
    const held = this.get(key)
    if (held !== undefined) return Promise.resolve(held)
    let reading = this.#reading.get(key)
    if (!reading) {
      reading = load()
        .then((found) => {
          if (!found) return undefined
          this.set(key, found.value, found.bytes)
          return found.value
        })
        .finally(() => this.#reading.delete(key))
      this.#reading.set(key, reading)
    }
    return reading
  }
}
