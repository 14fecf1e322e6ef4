// Draws every article's charts and link-preview image as PNGs, at build time, from the same components and SVGs
// the Worker serves: resvg rasterises them with a font file from @fontsource, so no network and no browser.
// The files go to the static assets (ASSETS_DIR), never into the Worker script.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Resvg } from '@resvg/resvg-js'
import { ASSETS_DIR } from '../build-tools/assets-dir'
import { checkOrExit } from '../build-tools/data/check'
import { articleImages } from '../build-tools/images/images'
import { woffToSfnt } from '../build-tools/images/woff'
import { type ArticleImage, IMAGES_PREFIX, imageListPath } from '../src/data/article-images'
import { SITE_NAME } from '../src/site'
import { articleContext, articleEquipment } from '../src/views/charts/context-data'

const FONT_FAMILY = 'Source Sans 3'
const FONT_WEIGHTS = [400, 600, 700]
/** The folder of the font package, found from a file its exports name. */
const FONT_PACKAGE = dirname(fileURLToPath(import.meta.resolve('@fontsource/source-sans-3/LICENSE')))

/** The font as TrueType files resvg can read, converted from the package's WOFF files into a scratch folder. */
function fontFiles(scratch: string): string[] {
  mkdirSync(scratch, { recursive: true })
  return FONT_WEIGHTS.map((weight) => {
    const woff = readFileSync(join(FONT_PACKAGE, 'files', `source-sans-3-latin-${weight}-normal.woff`))
    const path = join(scratch, `source-sans-3-${weight}.ttf`)
    writeFileSync(path, woffToSfnt(woff))
    return path
  })
}

/**
 * One image as resvg draws it. Data that passes the check always draws; should it not, the build stops naming the
 * article and the files its text comes from, never with a bare stack trace.
 */
function draw(image: { svg: string; zoom: number; kind: string }, slug: string) {
  try {
    return new Resvg(image.svg, {
      fitTo: { mode: 'zoom', value: image.zoom },
      font: { loadSystemFonts: false, fontFiles: fonts, defaultFontFamily: FONT_FAMILY },
    }).render()
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    console.error(
      `data/articles/${slug}/figures.json: (${image.kind} image): could not be drawn (${reason}); its words come from this article's figures.json, data/categories.json, data/sources.json and the dataset it names`,
    )
    process.exit(1)
  }
}

const out = join(ASSETS_DIR, IMAGES_PREFIX)
rmSync(out, { recursive: true, force: true })
const fonts = fontFiles(join('node_modules', '.cache', 'chart-fonts'))
// The articles as the data check builds them, so a data error stops here too, at its line and column. Their pages
// were rendered by the data build's check, just before.
const { articles, datasets } = await checkOrExit('data', { pages: false })
let count = 0
for (const article of articles) {
  const context = articleContext(article, datasets, SITE_NAME)
  const listed: ArticleImage[] = []
  const equipment = articleEquipment(article, datasets, SITE_NAME)
  for (const image of await articleImages(article, context, SITE_NAME, equipment)) {
    const rendered = draw(image, article.slug)
    if (rendered.width !== image.width || rendered.height !== image.height)
      throw new Error(
        `${image.path}: drawn ${rendered.width}×${rendered.height}, expected ${image.width}×${image.height}`,
      )
    const file = join(ASSETS_DIR, image.path)
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, rendered.asPng())
    const { kind, path, width, height, alt } = image
    listed.push({ kind, path, width, height, alt })
    count++
  }
  // What the Worker links: it reads this list rather than drawing or naming anything itself.
  const list = join(ASSETS_DIR, imageListPath(article.slug))
  mkdirSync(dirname(list), { recursive: true })
  writeFileSync(list, JSON.stringify({ images: listed }))
}
console.log(`Images: ${count} PNGs in ${out}`)
