// `npm run images`: every article's charts and link-preview image as PNG files in the static assets, drawn from
// the same components the Worker serves as SVG, by resvg with Source Sans 3 from @fontsource (no network, no
// browser). Each file is named by a fingerprint of everything that shapes it: its data (the props its SVG is drawn
// from), the code that draws it, the renderer's version and the font files. Drawn PNGs are kept in a cache named
// by fingerprint, so a build draws only what changed. It reads the data `npm run build:data` wrote, and adds each
// article's list of images to it, where the Worker reads it to link them.
// Usage: tsx scripts/render-images.ts [assets folder, default build/assets] [cache folder]
import { createHash } from 'node:crypto'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs'
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { availableParallelism } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { renderAsync } from '@resvg/resvg-js'
import { build } from 'esbuild'
import { ASSETS_DIR } from '../build-tools/assets-dir'
import { articleImages, type ImageToDraw } from '../build-tools/images/images'
import { woffToSfnt } from '../build-tools/images/woff'
import { type ArticleImage, IMAGES_PREFIX } from '../src/data/article-images'
import { dataPaths, type SiteIndex } from '../src/data/asset-library'
import type { Dataset } from '../src/domain/datasets'
import type { ArchivePage, Article } from '../src/domain/library'
import { SITE_NAME } from '../src/site'
import { articleContext, articleEquipment } from '../src/views/charts/context-data'

/** Drawn PNGs by fingerprint, and sizes.json: each one's width and height. Kept between builds. */
const [out = ASSETS_DIR, CACHE = join('node_modules', '.cache', 'article-images')] = process.argv.slice(2)
const started = performance.now()

const FONT_FAMILY = 'Source Sans 3'
const FONT_WEIGHTS = [400, 600, 700]
const require = createRequire(import.meta.url)
/** The folder of the font package, found from a file its exports name. */
const FONT_PACKAGE = dirname(fileURLToPath(import.meta.resolve('@fontsource/source-sans-3/LICENSE')))
const SIZES = join(CACHE, 'sizes.json')
/** The asset layer's headers for the files it serves without the Worker (Cloudflare's `_headers` format). */
const HEADERS_FILE = 'public/_headers'

/** The font as TrueType files resvg can read, converted from the package's WOFF files into the cache. */
function fontFiles(): string[] {
  mkdirSync(join(CACHE, 'fonts'), { recursive: true })
  return FONT_WEIGHTS.map((weight) => {
    const woff = readFileSync(join(FONT_PACKAGE, 'files', `source-sans-3-latin-${weight}-normal.woff`))
    const path = join(CACHE, 'fonts', `source-sans-3-${weight}.ttf`)
    writeFileSync(path, woffToSfnt(woff))
    return path
  })
}

/**
 * What draws every image, as one hash: the bundled code of the components (so a change to how a chart looks
 * renames its files, and a change elsewhere does not), resvg's version and the bytes of the font files it reads.
 */
async function drawerFingerprint(fonts: string[]): Promise<string> {
  const bundle = await build({
    entryPoints: [fileURLToPath(import.meta.resolve('../build-tools/images/images.tsx'))],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    logLevel: 'silent',
  })
  const hash = createHash('sha256')
  for (const file of bundle.outputFiles) hash.update(file.contents)
  hash.update(JSON.parse(readFileSync(require.resolve('@resvg/resvg-js/package.json'), 'utf8')).version)
  for (const font of fonts) hash.update(readFileSync(font))
  return hash.digest('hex')
}

/** 16 hex digits of SHA-256 over what draws the image and what it is drawn from. */
const fingerprint = (drawer: string, image: ImageToDraw) =>
  createHash('sha256')
    .update(`${drawer}\n${image.kind}\n${image.zoom}\n${JSON.stringify(image.props)}`)
    .digest('hex')
    .slice(0, 16)

function viewBoxSize(svg: string, zoom: number): [number, number] {
  const [, width, height] = svg.match(/viewBox="0 0 ([\d.]+) ([\d.]+)"/) ?? []
  if (!width || !height) throw new Error('a chart SVG has no viewBox')
  return [Math.round(Number(width) * zoom), Math.round(Number(height) * zoom)]
}

const fonts = fontFiles()
const drawer = await drawerFingerprint(fonts)
// The data as the check and build wrote it: the site index, the datasets, and the articles the archive lists.
const readData = async <T>(path: string): Promise<T> => JSON.parse(await readFile(join(out, path), 'utf8'))
const site = await readData<SiteIndex>(dataPaths.site())
const datasets = await Promise.all(site.datasets.map((id) => readData<Dataset>(dataPaths.dataset(id))))
const archive = await Promise.all(
  Array.from({ length: site.pageCount }, (_, i) => readData<ArchivePage>(dataPaths.archive(i + 1))),
)
const slugs = archive.flatMap((page) => page.articles.map((a) => a.slug))
const sizes: Record<string, [number, number]> = existsSync(SIZES)
  ? JSON.parse(readFileSync(SIZES, 'utf8'))
  : {}

/** An image of this build, without what it is drawn from (only the images to draw keep that). */
type Planned = Pick<ArticleImage, 'kind' | 'alt' | 'path'> & { slug: string; id: string }
const planned: Planned[] = []
/** The images to draw, by fingerprint, each with an article that shows it (to name, should it fail). */
const toDraw = new Map<string, { image: ImageToDraw; slug: string }>()
for (let i = 0; i < slugs.length; i += 64) {
  const articles = await Promise.all(
    slugs.slice(i, i + 64).map((slug) => readData<Article>(dataPaths.article(slug))),
  )
  for (const article of articles) planArticle(article)
}

function planArticle(article: Article) {
  const context = articleContext(article, datasets, SITE_NAME)
  const equipment = articleEquipment(article, datasets, SITE_NAME)
  for (const image of articleImages(article, context, SITE_NAME, equipment)) {
    const id = fingerprint(drawer, image)
    const path = `${IMAGES_PREFIX}/${article.slug}/${image.kind}.${id}.png`
    planned.push({ slug: article.slug, kind: image.kind, alt: image.alt, id, path })
    if (!sizes[id] || !existsSync(join(CACHE, `${id}.png`))) toDraw.set(id, { image, slug: article.slug })
  }
}

/**
 * Draws one image into the cache, checking it came out at the size its SVG (or its kind) states. Data that passes
 * the check always draws; should it not, the build stops naming the article and the files its text comes from,
 * never with a bare stack trace.
 */
async function draw(id: string, { image, slug }: { image: ImageToDraw; slug: string }) {
  let rendered: Awaited<ReturnType<typeof renderAsync>>
  let expected: [number, number]
  try {
    const svg = image.svg()
    expected = image.size ? [image.size.width, image.size.height] : viewBoxSize(svg, image.zoom)
    rendered = await renderAsync(svg, {
      fitTo: { mode: 'zoom', value: image.zoom },
      font: { loadSystemFonts: false, fontFiles: fonts, defaultFontFamily: FONT_FAMILY },
    })
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    console.error(
      `data/articles/${slug}/figures.json: (${image.kind} image): could not be drawn (${reason}); its words come from this article's figures.json, data/categories.json, data/sources.json and the dataset it names`,
    )
    process.exit(1)
  }
  if (rendered.width !== expected[0] || rendered.height !== expected[1])
    throw new Error(
      `${image.kind} ${id}: drawn ${rendered.width}×${rendered.height}, expected ${expected.join('×')}`,
    )
  await writeFile(join(CACHE, `${id}.png`), rendered.asPng())
  sizes[id] = [rendered.width, rendered.height]
}

// resvg draws off the main thread (libuv's pool), one image per core at a time.
const queue = [...toDraw]
await Promise.all(
  Array.from({ length: availableParallelism() }, async () => {
    for (let next = queue.shift(); next; next = queue.shift()) await draw(...next)
  }),
)

// The files and lists of this build; the cache keeps only what this build uses, so it never grows past it.
rmSync(join(out, IMAGES_PREFIX), { recursive: true, force: true })
const lists = new Map<string, ArticleImage[]>()
const folders = new Set<string>()
for (let i = 0; i < planned.length; i += 64) {
  await Promise.all(
    planned.slice(i, i + 64).map(async ({ slug, kind, alt, id, path }) => {
      const [width, height] = sizes[id] as [number, number]
      const list = lists.get(slug) ?? []
      list.push({ kind, path, width, height, alt })
      lists.set(slug, list)
      const folder = dirname(join(out, path))
      if (!folders.has(folder)) {
        folders.add(folder)
        mkdirSync(folder, { recursive: true })
      }
      await copyFile(join(CACHE, `${id}.png`), join(out, path))
    }),
  )
}
await mkdir(join(out, dirname(dataPaths.images('x'))), { recursive: true })
for (const [slug, images] of lists)
  await writeFile(join(out, dataPaths.images(slug)), JSON.stringify({ images }))
const used = new Set(planned.map((p) => p.id))
for (const name of readdirSync(CACHE))
  if (name.endsWith('.png') && !used.has(name.slice(0, -4))) unlinkSync(join(CACHE, name))
await writeFile(SIZES, JSON.stringify(Object.fromEntries([...used].map((id) => [id, sizes[id]]))))
copyFileSync(HEADERS_FILE, join(out, '_headers'))

const seconds = ((performance.now() - started) / 1000).toFixed(1)
console.log(
  `Images: ${planned.length} PNGs for ${lists.size} articles in ${join(out, IMAGES_PREFIX)}, ${toDraw.size} drawn, ${planned.length - toDraw.size} from the cache (${seconds} s).`,
)
