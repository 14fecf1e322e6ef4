import { describe, expect, it } from 'vitest'
import { appFor, FEATURED, fetchWorker, ORIGIN } from './helpers'
import { REAL_DATA } from './real-data'

/** The first TCP round trip carries about 14 KiB: a page within it paints without waiting for another. */
const PAGE_BUDGET = 14 * 1024

async function gzippedSize(res: Response): Promise<number> {
  const gzipped = res.body?.pipeThrough(new CompressionStream('gzip'))
  return (await new Response(gzipped).arrayBuffer()).byteLength
}

describe('Response sizes', () => {
  it('fits the article page in 14 KiB gzipped', async () => {
    const res = await fetchWorker(`/articles/${FEATURED}`)
    expect(res.status).toBe(200)
    expect(await gzippedSize(res)).toBeLessThan(PAGE_BUDGET)
  })

  it('fits the article page in 14 KiB gzipped with its context chart inline', async () => {
    const app = await appFor(REAL_DATA)
    const res = await app.request(`${ORIGIN}/articles/${FEATURED}`)
    expect(await res.clone().text()).toContain('id="context-chart"')
    expect(await gzippedSize(res)).toBeLessThan(PAGE_BUDGET)
  })

  it('fits the front page in 14 KiB gzipped', async () => {
    const res = await fetchWorker('/')
    expect(res.status).toBe(200)
    expect(await gzippedSize(res)).toBeLessThan(PAGE_BUDGET)
  })
})
