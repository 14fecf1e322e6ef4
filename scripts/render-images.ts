// `npm run images`: every article's charts and link-preview image, listed for the Worker and, for the newest
// IMAGES_PREBUILD articles (200 unless set), drawn as PNG files in the static assets, by resvg with the charts'
// font (no network, no browser). Each is named by a fingerprint of everything that shapes it: its data (the props
// its SVG is drawn from), the code that draws it, the renderer's version and the font files. Drawn PNGs are kept in
// a cache named by fingerprint, so a build draws only what changed, and any PNG the cache holds becomes a file too.
// The rest are drawn on their first request (src/routes/images.ts). It reads the data `npm run build:data` wrote
// and adds each article's list of images to it, where the Worker reads it to link them.
// Usage: IMAGES_PREBUILD=n tsx scripts/render-images.ts [assets folder, default build/assets] [cache folder]
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, unlinkSync } from 'node:fs'
import { copyFile, readFile, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { availableParallelism } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { renderAsync } from '@resvg/resvg-js'
import { build } from 'esbuild'
import { ASSETS_DIR } from '../build-tools/assets-dir'
import { writeFontFiles } from '../build-tools/images/fonts'
import { type ArticleImage, IMAGES_PREFIX } from '../src/data/article-images'
import { dataPaths, type SiteIndex } from '../src/data/asset-library'
import type { Dataset } from '../src/domain/datasets'
import type { ArchivePage, Article } from '../src/domain/library'
import { FONT_FAMILY } from '../src/draw/font'
import { SITE_NAME } from '../src/site'
import { articleContext, articleEquipment } from '../src/views/charts/context-data'
import { articleImages, type ImageToDraw } from '../src/views/charts/images'

/** Drawn PNGs by fingerprint, and sizes.json: each one's width and height. Kept between builds. */
const [out = ASSETS_DIR, CACHE = join('node_modules', '.cache', 'article-images')] = process.argv.slice(2)
/** How many of the newest articles get their PNGs drawn here; enough that a small site needs no drawing Worker. */
const PREBUILD = Number(process.env.IMAGES_PREBUILD ?? 200)
if (!Number.isInteger(PREBUILD) || PREBUILD < 0) {
  console.error(`IMAGES_PREBUILD: "${process.env.IMAGES_PREBUILD}" is not a whole number from 0`)
  process.exit(1)
}
const started = performance.now()
const SIZES = join(CACHE, 'sizes.json')
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
  const hash = createHash('sha256')
  for (const file of bundle.outputFiles) hash.update(file.contents)
  hash.update(`${version('@resvg/resvg-js')} ${version('@resvg/resvg-wasm')}`)
  for (const font of fonts) hash.update(readFileSync(font))
  return hash.digest('hex')
}

/** 16 hex digits of SHA-256 over what draws the image and what it is drawn from. */
const fingerprint = (drawer: string, image: ImageToDraw) =>
  createHash('sha256')
    .update(`${drawer}\n${image.kind}\n${image.zoom}\n${JSON.stringify(image.props)}`)
    .digest('hex')
    .slice(0, 16)

/** The PNG's size: fixed for its kind, or its SVG's viewBox times its zoom. */
function sizeOf(image: ImageToDraw, svg = image.svg()): [number, number] {
  if (image.size) return [image.size.width, image.size.height]
  const [, width, height] = svg.match(/viewBox="0 0 ([\d.]+) ([\d.]+)"/) ?? []
  if (!width || !height) throw new Error(`a ${image.kind} SVG has no viewBox`)
  return [Math.round(Number(width) * image.zoom), Math.round(Number(height) * image.zoom)]
}

const fonts = writeFontFiles()
const drawer = await drawerFingerprint(fonts)
mkdirSync(CACHE, { recursive: true })
const sizes: Record<string, [number, number]> = existsSync(SIZES)
  ? JSON.parse(readFileSync(SIZES, 'utf8'))
  : {}
const cached = (id: string) => existsSync(join(CACHE, `${id}.png`))

// The data as the check and build wrote it: the site index, the datasets, and the articles, newest first.
const readData = async <T>(path: string): Promise<T> => JSON.parse(await readFile(join(out, path), 'utf8'))
const site = await readData<SiteIndex>(dataPaths.site())
const datasets = await Promise.all(site.datasets.map((id) => readData<Dataset>(dataPaths.dataset(id))))
const archive = await Promise.all(
  Array.from({ length: site.pageCount }, (_, i) => readData<ArchivePage>(dataPaths.archive(i + 1))),
)
const slugs = archive.flatMap((page) => page.articles.map((a) => a.slug))

/** An image of this build, without what it is drawn from (only the images to draw keep that). */
type Planned = Pick<ArticleImage, 'kind' | 'alt' | 'path'> & { slug: string; id: string }
const planned: Planned[] = []
/** The images to draw, by fingerprint, each with an article that shows it (to name, should it fail). */
const toDraw = new Map<string, { image: ImageToDraw; slug: string }>()
let measured = 0

function plan(article: Article, prebuild: boolean) {
  const context = articleContext(article, datasets, SITE_NAME)
  const equipment = articleEquipment(article, datasets, SITE_NAME)
  for (const image of articleImages(article, context, SITE_NAME, equipment)) {
    const id = fingerprint(drawer, image)
    const path = `${IMAGES_PREFIX}/${article.slug}/${image.kind}.${id}.png`
    planned.push({ slug: article.slug, kind: image.kind, alt: image.alt, id, path })
    if (prebuild && !(sizes[id] && cached(id))) toDraw.set(id, { image, slug: article.slug })
    else if (!sizes[id] && !toDraw.has(id)) {
      // Left to its first request: its size, for the page to state, is all the build needs.
      try {
        sizes[id] = sizeOf(image)
      } catch (error) {
        stop(article.slug, image.kind, error)
      }
      measured++
    }
  }
}

for (let i = 0; i < slugs.length; i += 64) {
  const batch = slugs.slice(i, i + 64)
  const articles = await Promise.all(batch.map((slug) => readData<Article>(dataPaths.article(slug))))
  for (const [j, article] of articles.entries()) plan(article, i + j < PREBUILD)
}

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

/** Draws one image into the cache, checking it came out at the size its SVG (or its kind) states. */
async function draw(id: string, { image, slug }: { image: ImageToDraw; slug: string }) {
  let expected: [number, number]
  let rendered: Awaited<ReturnType<typeof renderAsync>>
  try {
    const svg = image.svg()
    expected = sizeOf(image, svg)
    rendered = await renderAsync(svg, {
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
  sizes[id] = expected
}

// resvg draws off the main thread (libuv's pool), one image per core at a time.
const queue = [...toDraw]
await Promise.all(
  Array.from({ length: availableParallelism() }, async () => {
    for (let next = queue.shift(); next; next = queue.shift()) await draw(...next)
  }),
)

// Every PNG the cache holds becomes a file the asset layer serves; the cache keeps only what this build uses.
rmSync(join(out, IMAGES_PREFIX), { recursive: true, force: true })
const lists = new Map<string, ArticleImage[]>()
const files: Planned[] = []
for (const image of planned) {
  const [width, height] = sizes[image.id] as [number, number]
  const list = lists.get(image.slug) ?? lists.set(image.slug, []).get(image.slug)
  list?.push({ kind: image.kind, path: image.path, width, height, alt: image.alt })
  if (cached(image.id)) files.push(image)
}
for (const slug of new Set(files.map((f) => f.slug)))
  mkdirSync(join(out, IMAGES_PREFIX, slug), { recursive: true })
for (let i = 0; i < files.length; i += 64)
  await Promise.all(
    files.slice(i, i + 64).map((f) => copyFile(join(CACHE, `${f.id}.png`), join(out, f.path))),
  )
mkdirSync(join(out, dirname(dataPaths.images('x'))), { recursive: true })
for (let i = 0; i < slugs.length; i += 64)
  await Promise.all(
    slugs
      .slice(i, i + 64)
      .map((slug) =>
        writeFile(join(out, dataPaths.images(slug)), JSON.stringify({ images: lists.get(slug) ?? [] })),
      ),
  )
const used = new Set(planned.map((p) => p.id))
for (const name of readdirSync(CACHE))
  if (name.endsWith('.png') && !used.has(name.slice(0, -4))) unlinkSync(join(CACHE, name))
await writeFile(SIZES, JSON.stringify(Object.fromEntries([...used].map((id) => [id, sizes[id]]))))

const seconds = ((performance.now() - started) / 1000).toFixed(1)
console.log(
  `Images: ${planned.length} for ${slugs.length} articles; ${files.length} PNG files in ${join(out, IMAGES_PREFIX)} (${toDraw.size} drawn now, the rest from the cache); ${planned.length - files.length} left to their first request (${measured} measured) (${seconds} s).`,
)
