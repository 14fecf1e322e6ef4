// The Worker that draws the charts' PNGs the build left to their first request (past IMAGES_PREBUILD): resvg
// compiled to WebAssembly, with the charts' font. Only the main Worker calls it, through a service binding (DRAW)
// from its image route (src/routes/images.ts), so its 2.5 MB of wasm never loads with the pages or the API.

import { WorkerEntrypoint } from 'cloudflare:workers'
import { initWasm, Resvg } from '@resvg/resvg-wasm'
import RESVG_WASM from '@resvg/resvg-wasm/index_bg.wasm'
import REGULAR from '../../build/fonts/source-sans-3-400.ttf'
import SEMIBOLD from '../../build/fonts/source-sans-3-600.ttf'
import BOLD from '../../build/fonts/source-sans-3-700.ttf'
import type { Article } from '../domain/library'
import { SITE_NAME } from '../site'
import type { ArticleContext, ArticleEquipment } from '../views/charts/context-data'
import { articleImages } from '../views/charts/images'
import { FONT_FAMILY } from './font'

const FONTS = [REGULAR, SEMIBOLD, BOLD].map((bytes) => new Uint8Array(bytes))

/** Instantiated on the first drawing, not at start-up; tried again if it failed. */
let ready: Promise<void> | undefined
const instantiate = () => {
  ready ??= initWasm(RESVG_WASM).catch((error) => {
    ready = undefined
    throw error
  })
  return ready
}

export default class Draw extends WorkerEntrypoint {
  /**
   * An article's PNG of one kind, drawn from the same components and data as the build's (its SVG is made here, so
   * the chart code too loads only where images are drawn); null when the article has no image of that kind.
   */
  async png(
    kind: string,
    article: Article,
    context: ArticleContext | undefined,
    equipment: ArticleEquipment | undefined,
  ): Promise<Uint8Array | null> {
    const image = articleImages(article, context, SITE_NAME, equipment).find((i) => i.kind === kind)
    if (!image) return null
    await instantiate()
    const drawn = new Resvg(image.svg(), {
      fitTo: { mode: 'zoom', value: image.zoom },
      font: { loadSystemFonts: false, fontBuffers: FONTS, defaultFontFamily: FONT_FAMILY },
    }).render()
    return drawn.asPng()
  }

  /** Nothing is served over HTTP: the main Worker calls png() through the binding. */
  override async fetch(): Promise<Response> {
    return new Response(null, { status: 404 })
  }
}
