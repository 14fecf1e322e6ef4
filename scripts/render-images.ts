// `npm run images`: every article's charts and link-preview image, listed for the Worker and, for the newest
// IMAGES_PREBUILD articles (200 unless set), drawn as PNG files in the static assets, by resvg with the charts'
// font (no network, no browser). Each is named by a fingerprint of everything that shapes it: its data (the props
// its SVG is drawn from), the code that draws it, the renderer's version and the font files. Drawn PNGs are kept in
// a cache named by fingerprint, so a build draws only what changed, and any PNG the cache holds becomes a file too.
// The rest are drawn on their first request (src/routes/images.ts). It reads the data `npm run build:data` wrote
// and adds each article's list of images to it, where the Worker reads it to link them.
// Usage: IMAGES_PREBUILD=n tsx scripts/render-images.ts [assets folder, default build/assets] [cache folder]
import { existsSync, mkdirSync, readdirSync, readFileSync, unlinkSync } from 'node:fs'
import { copyFile, readFile, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { availableParallelism } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { renderAsync } from '@resvg/resvg-js'
import { build } from 'esbuild'
import { ASSETS_DIR } from '../build-tools/assets-dir'
import { writeFontFiles } from '../build-tools/images/fonts'
import { sha256 } from '../build-tools/passed-checks'
import { filesUnder, inBatches, writeChanged } from '../build-tools/sync-files'
import { type ArticleImage, IMAGES_PREFIX } from '../src/data/article-images'
import { dataPaths, type SiteIndex } from '../src/data/asset-library'
import type { Dataset } from '../src/domain/datasets'
import type { ArchivePage, Article } from '../src/domain/library'
import { FONT_FAMILY } from '../src/draw/font'
import { SITE_NAME } from '../src/site'
import { articleContext, articleEquipment } from '../src/views/charts/context-data'
import { articleImages, type ImageToDraw } from '../src/views/charts/images'

/** Drawn PNGs by fingerprint, and plans.json: each article's images as last planned. Kept between builds. */
const [out = ASSETS_DIR, CACHE = join('node_modules', '.cache', 'article-images')] = process.argv.slice(2)
/** How many of the newest articles get their PNGs drawn here; enough that a small site needs no drawing Worker. */
const PREBUILD = Number(process.env.IMAGES_PREBUILD ?? 200)
if (!Number.isInteger(PREBUILD) || PREBUILD < 0) {
  console.error(`IMAGES_PREBUILD: "${process.env.IMAGES_PREBUILD}" is not a whole number from 0`)
  process.exit(1)
}
const started = performance.now()
const PLANS = join(CACHE, 'plans.json')
const require = createRequire(import.meta.url)
/** An installed package's version, from the package.json beside its entry file (resvg-wasm exports no other). */
const version = (pkg: string) =>
  JSON.parse(readFileSync(join(dirname(require.resolve(pkg)), 'package.json'), 'utf8')).version

/**
 * What draws every image, as one hash: the bundled code of the components (so a change to how a chart looks
 * renames its files, and a change elsewhere does not), the versions of resvg here and in the drawing Worker, and
 * the bytes of the font files both read.
 */
async function drawerFingerprint(fonts: string[]): Promise<string> {
  const bundle = await build({
    entryPoints: [fileURLToPath(import.meta.resolve('../src/views/charts/images.tsx'))],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    logLevel: 'silent',
  })
  return sha256(
    ...bundle.outputFiles.map((file) => file.contents),
    version('@resvg/resvg-js'),
    version('@resvg/resvg-wasm'),
    ...fonts.map((font) => readFileSync(font)),
  )
}

/**
 * A dataset's daily series, the same array in every article that charts it, as the hash of its JSON: hashed once
 * per build, not once per article.
 */
const seriesHashes = new WeakMap<object, string>()
const hashedSeries = (key: string, value: unknown) => {
  if (key !== 'days' || !Array.isArray(value)) return value
  const hash = seriesHashes.get(value) ?? sha256(JSON.stringify(value))
  seriesHashes.set(value, hash)
  return hash
}

/** 16 hex digits of SHA-256 over what draws the image and what it is drawn from. */
const fingerprint = (drawer: string, image: ImageToDraw) =>
  sha256(drawer, image.kind, String(image.zoom), JSON.stringify(image.props, hashedSeries)).slice(0, 16)

const fonts = writeFontFiles()
const drawer = await drawerFingerprint(fonts)
mkdirSync(CACHE, { recursive: true })
const inCache = new Set(readdirSync(CACHE))
const cached = (id: string) => inCache.has(`${id}.png`)

// The data as the check and build wrote it: the site index, the datasets, and the articles, newest first.
const readData = async <T>(path: string): Promise<T> => JSON.parse(await readFile(join(out, path), 'utf8'))
const site = await readData<SiteIndex>(dataPaths.site())
const datasets = await Promise.all(site.datasets.map((id) => readData<Dataset>(dataPaths.dataset(id))))
const archive = await Promise.all(
  Array.from({ length: site.pageCount }, (_, i) => readData<ArchivePage>(dataPaths.archive(i + 1))),
)
const slugs = archive.flatMap((page) => page.articles.map((a) => a.slug))

/** An image of an article as planned: its list entry for the Worker, with its fingerprint instead of its path. */
type Planned = Omit<ArticleImage, 'path'> & { id: string }
const pathOf = (slug: string, { kind, id }: Planned) => `${IMAGES_PREFIX}/${slug}/${kind}.${id}.png`
/** Each article's images as planned before, by the hash of what they follow from (see below). */
const plans: Record<string, Planned[]> = existsSync(PLANS) ? JSON.parse(readFileSync(PLANS, 'utf8')) : {}
const kept: Record<string, Planned[]> = {}
const lists = new Map<string, Planned[]>()
/** The images to draw, by fingerprint, each with an article that shows it (to name, should it fail). */
const toDraw = new Map<string, { image: ImageToDraw; slug: string }>()
/** Sizes by fingerprint: articles that show the same image share one. */
const sizes = new Map<string, [number, number]>()
let planned = 0

/** An article's images, fingerprinted and sized from its chart layouts; the PNGs to draw now queued. */
function plan(article: Article, prebuild: boolean): Planned[] {
  planned++
  const context = articleContext(article, datasets, SITE_NAME)
  const equipment = articleEquipment(article, datasets, SITE_NAME)
  return articleImages(article, context, SITE_NAME, equipment).map((image) => {
    const id = fingerprint(drawer, image)
    if (prebuild && !cached(id)) toDraw.set(id, { image, slug: article.slug })
    let size = sizes.get(id)
    if (!size) {
      try {
        size = image.size()
      } catch (error) {
        stop(article.slug, image.kind, error)
      }
      sizes.set(id, size)
    }
    return { kind: image.kind, alt: image.alt, width: size[0], height: size[1], id }
  })
}

// An article's images follow from the code that draws them, the datasets and its own data file: planned anew only
// when one of those changed, or when one of its PNGs is to be drawn here and the cache lacks it.
const datasetsHash = sha256(JSON.stringify(datasets))
await inBatches(slugs, async (slug, i) => {
  const text = await readFile(join(out, dataPaths.article(slug)), 'utf8')
  const key = sha256(drawer, datasetsHash, text)
  let images = plans[key]
  const prebuild = i < PREBUILD
  if (!images || (prebuild && images.some((image) => !cached(image.id))))
    images = plan(JSON.parse(text), prebuild)
  kept[key] = images
  lists.set(slug, images)
})

/**
 * Stops the build naming the article and the files its text comes from, never with a bare stack trace: data that
 * passes the check always draws, so an image that cannot be drawn is a bug to report with the file that shows it.
 */
function stop(slug: string, kind: string, error: unknown): never {
  const reason = error instanceof Error ? error.message : String(error)
  console.error(
    `data/articles/${slug}/figures.json: (${kind} image): could not be drawn (${reason}); its words come from this article's figures.json, data/categories.json, data/sources.json and the dataset it names`,
  )
  process.exit(1)
}

/** Draws one image into the cache, checking it came out at the size its layout (or its kind) states. */
async function draw(id: string, { image, slug }: { image: ImageToDraw; slug: string }) {
  const expected = sizes.get(id) as [number, number]
  let rendered: Awaited<ReturnType<typeof renderAsync>>
  try {
    rendered = await renderAsync(image.svg(), {
      fitTo: { mode: 'zoom', value: image.zoom },
      font: { loadSystemFonts: false, fontFiles: fonts, defaultFontFamily: FONT_FAMILY },
    })
  } catch (error) {
    stop(slug, image.kind, error)
  }
  if (rendered.width !== expected[0] || rendered.height !== expected[1])
    throw new Error(
      `${image.kind} ${id}: drawn ${rendered.width}×${rendered.height}, expected ${expected.join('×')}`,
    )
  await writeFile(join(CACHE, `${id}.png`), rendered.asPng())
  inCache.add(`${id}.png`)
}

// resvg draws off the main thread (libuv's pool), one image per core at a time.
const queue = [...toDraw]
await Promise.all(
  Array.from({ length: availableParallelism() }, async () => {
    for (let next = queue.shift(); next; next = queue.shift()) await draw(...next)
  }),
)

// Every PNG the cache holds becomes a file the asset layer serves (one already there, named by its fingerprint, is
// right as it is), and every article gets its list; files and lists this build no longer makes are removed.
const files = new Map<string, string>()
const listFiles = new Map<string, string>()
for (const [slug, images] of lists) {
  for (const image of images) if (cached(image.id)) files.set(join(out, pathOf(slug, image)), image.id)
  const entries = images.map((image) => {
    const { id, ...entry } = image
    return { ...entry, path: pathOf(slug, image) }
  })
  listFiles.set(join(out, dataPaths.images(slug)), JSON.stringify({ images: entries }))
}
await inBatches([...listFiles], ([file, text]) => writeChanged(file, text))
const pngFolder = join(out, IMAGES_PREFIX)
const present = new Set(filesUnder(pngFolder))
const stale = [...present].filter((file) => !files.has(file))
const stray = filesUnder(join(out, dirname(dataPaths.images('x')))).filter((file) => !listFiles.has(file))
await Promise.all([...stale, ...stray].map((file) => rm(file)))
const missing = [...files].filter(([file]) => !present.has(file))
for (const folder of new Set(missing.map(([file]) => dirname(file)))) mkdirSync(folder, { recursive: true })
await inBatches(missing, ([file, id]) => copyFile(join(CACHE, `${id}.png`), file))
const used = new Set([...lists.values()].flatMap((images) => images.map((image) => `${image.id}.png`)))
for (const name of inCache) if (name.endsWith('.png') && !used.has(name)) unlinkSync(join(CACHE, name))
await writeFile(PLANS, JSON.stringify(kept))

const seconds = ((performance.now() - started) / 1000).toFixed(1)
const total = [...lists.values()].reduce((sum, images) => sum + images.length, 0)
console.log(
  `Images: ${total} for ${slugs.length} articles (${planned} planned anew); ${files.size} PNG files in ${pngFolder} (${toDraw.size} drawn now, the rest from the cache); ${total - files.size} left to their first request (${seconds} s).`,
)
