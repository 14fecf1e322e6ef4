// The one cache shape (src/lru.ts): bounded by count and by bytes, least recently used out first, and a read that
// holds only what it found.
import { describe, expect, it } from 'vitest'
import { Lru } from '../src/lru'

const held = (cache: Lru<string>, keys: string[]) => keys.filter((k) => cache.get(k) !== undefined)

describe('Lru', () => {
  it('forgets the least recently used entry past its count', () => {
    const cache = new Lru<string>({ maxEntries: 2, maxBytes: 1000 })
    cache.set('a', 'A', 1)
    cache.set('b', 'B', 1)
    expect(cache.get('a')).toBe('A') // a is now the most recently used
    cache.set('c', 'C', 1)
    expect(held(cache, ['a', 'b', 'c'])).toEqual(['a', 'c'])
    expect(cache.size).toBe(2)
  })

  it('forgets as many entries as it takes to come back under its bytes', () => {
    const cache = new Lru<string>({ maxEntries: 100, maxBytes: 10 })
    cache.set('a', 'A', 4)
    cache.set('b', 'B', 4)
    cache.set('c', 'C', 9)
    expect(held(cache, ['a', 'b', 'c'])).toEqual(['c'])
    expect(cache.bytes).toBe(9)
  })

  it('holds nothing larger than its whole byte bound, and pushes nothing out for it', () => {
    const cache = new Lru<string>({ maxEntries: 100, maxBytes: 10 })
    cache.set('a', 'A', 4)
    expect(cache.set('big', 'B', 11)).toBe(false)
    expect(held(cache, ['a', 'big'])).toEqual(['a'])
  })

  it('counts a replaced entry once', () => {
    const cache = new Lru<string>({ maxEntries: 100, maxBytes: 10 })
    cache.set('a', 'A', 4)
    cache.set('a', 'AA', 6)
    expect([cache.size, cache.bytes, cache.get('a')]).toEqual([1, 6, 'AA'])
  })

  describe('read()', () => {
    it('reads once for requests at the same moment, and holds what it found', async () => {
      const cache = new Lru<string>({ maxEntries: 10, maxBytes: 100 })
      let reads = 0
      const load = async () => {
        reads++
        return { value: 'found', bytes: 5 }
      }
      expect(await Promise.all([cache.read('k', load), cache.read('k', load)])).toEqual(['found', 'found'])
      expect(await cache.read('k', load)).toBe('found')
      expect(reads).toBe(1)
      expect(cache.bytes).toBe(5)
    })

    it('holds neither a miss nor a failure: the next request reads again', async () => {
      const cache = new Lru<string>({ maxEntries: 10, maxBytes: 100 })
      const answers = [
        () => Promise.reject(new Error('the binding failed')),
        async () => undefined,
        async () => ({ value: 'found', bytes: 5 }),
      ]
      const load = () => (answers.shift() as () => Promise<{ value: string; bytes: number } | undefined>)()
      await expect(cache.read('k', load)).rejects.toThrow('the binding failed')
      expect(await cache.read('k', load)).toBeUndefined()
      expect(await cache.read('k', load)).toBe('found')
      expect(answers).toEqual([])
    })
  })
})
