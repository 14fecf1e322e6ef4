// CPU of one drawing on request, printed as JSON for bench/archive-images.mjs: for each PNG of the featured
// article (as `npm run assets` built it into build/assets), the main Worker's share (its SVG, from
// src/views/charts/images.tsx) and the drawing Worker's (resvg's WebAssembly with the charts' font, as
// src/draw/worker.ts calls it), each the median of 5 after one warm-up, from process.cpuUsage().
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { cpuUsage } from 'node:process'
import { initWasm, Resvg } from '@resvg/resvg-wasm'
import { ASSETS_DIR } from '../build-tools/assets-dir'
import { writeFontFiles } from '../build-tools/images/fonts'
import { dataPaths, type SiteIndex } from '../src/data/asset-library'
import type { Dataset } from '../src/domain/datasets'
import type { Article } from '../src/domain/library'
import { FONT_FAMILY } from '../src/draw/font'
import { SITE_NAME } from '../src/site'
import { articleContext, articleEquipment } from '../src/views/charts/context-data'
import { articleImages } from '../src/views/charts/images'

const read = <T>(path: string): T => JSON.parse(readFileSync(join(ASSETS_DIR, path), 'utf8'))
const site = read<SiteIndex>(dataPaths.site())
const article = read<Article>(dataPaths.article(site.featured))
const datasets = site.datasets.map((id) => read<Dataset>(dataPaths.dataset(id)))
await initWasm(readFileSync(createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm')))
const fontBuffers = writeFontFiles().map((path) => readFileSync(path))

/** Milliseconds of CPU (user + system) `work` takes: the median of 5, after one warm-up run. */
function cpuMs(work: () => unknown): number {
  work()
  const runs = Array.from({ length: 5 }, () => {
    const before = cpuUsage()
    work()
    const { user, system } = cpuUsage(before)
    return (user + system) / 1000
  }).sort((a, b) => a - b)
  return runs[2] as number
}

const images = articleImages(
  article,
  articleContext(article, datasets, SITE_NAME),
  SITE_NAME,
  articleEquipment(article, datasets, SITE_NAME),
)
const measured = images.map((image) => {
  const svg = image.svg()
  return {
    kind: image.kind,
    svgMs: cpuMs(() => image.svg()),
    drawMs: cpuMs(() =>
      new Resvg(svg, {
        fitTo: { mode: 'zoom', value: image.zoom },
        font: { loadSystemFonts: false, fontBuffers, defaultFontFamily: FONT_FAMILY },
      })
        .render()
        .asPng(),
    ),
  }
})
console.log(JSON.stringify(measured))
