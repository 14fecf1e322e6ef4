// The charts' geometry read back from the SVG they serve, against the General Staff's figures as published
// (the report of Sept. 14, 2022, typed here from the reference table, not taken from the code under test).
import { describe, expect, it } from 'vitest'
import { FEATURED, fetchWorker } from './helpers'

const SEPT_14: Record<string, number> = {
  tanks: 2180,
  afv: 4665,
  artillery: 1290,
  mlrs: 311,
  aircraft: 246,
  helicopters: 215,
  drones: 908,
  warships: 15,
  'anti-aircraft': 167,
  vehicles: 3501,
  'special-equipment': 120,
}

/** Each element's attributes, for the elements whose opening tag matches `tag`. */
function elements(svg: string, tag: string): Record<string, string>[] {
  return [...svg.matchAll(new RegExp(`<${tag}\\s([^>]*)>`, 'g'))].map((m) =>
    Object.fromEntries([...(m[1] ?? '').matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1], a[2]])),
  )
}

describe('The snapshot chart (GET /embed/{slug}/chart.svg)', () => {
  it('draws the equipment bars on one scale, read from its own axis', async () => {
    const svg = await (await fetchWorker(`/embed/${FEATURED}/chart.svg`)).text()
    const ticks = elements(svg, 'text').filter((t) => t['data-value'] !== undefined)
    const zero = ticks.find((t) => t['data-value'] === '0')
    const far = ticks.at(-1)
    expect(zero && far && Number(far['data-value'])).toBeGreaterThan(0)
    // Across, positions are percentages of the chart's width.
    const at = (x: string | undefined) => Number.parseFloat(x ?? '')
    const unitsPerValue = (at(far?.x) - at(zero?.x)) / Number(far?.['data-value'])
    const bars = elements(svg, 'rect').filter((r) => r['data-category'])
    expect(bars.map((b) => b['data-category']).sort()).toEqual(Object.keys(SEPT_14).sort())
    for (const bar of bars) {
      expect(at(bar.x)).toBeCloseTo(at(zero?.x), 5)
      expect(at(bar.width)).toBeCloseTo(
        (SEPT_14[bar['data-category'] ?? ''] ?? Number.NaN) * unitsPerValue,
        0,
      )
    }
    // One scale, not one per bar: AFVs (4,665) against tanks (2,180).
    const width = (id: string) => at(bars.find((b) => b['data-category'] === id)?.width)
    expect(width('afv') / width('tanks')).toBeCloseTo(4665 / 2180, 2)
  })

  it('shows a lone figure as a number, with the change as large as the total', async () => {
    const svg = await (await fetchWorker(`/embed/${FEATURED}/chart.svg`)).text()
    expect(elements(svg, 'rect').some((r) => r['data-category'] === 'personnel')).toBe(false)
    expect(svg).toContain('class="big">about 53,650</text>')
    expect(svg).toContain('class="big mark-text">+350</text>')
  })
})
