import { describe, expect, it } from 'vitest'
import { fetchWorker } from './helpers'

describe('smoke', () => {
  it('serves the front page', async () => {
    const res = await fetchWorker('/')
    expect(res.status).toBe(200)
  })
})
