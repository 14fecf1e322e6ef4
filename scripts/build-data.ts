// `npm run build:data` (also wrangler's [build] command, so `wrangler dev` and `wrangler deploy` run it): checks
// the data, then writes what the Worker serves as Workers Static Assets, each article its own file.
// Usage: tsx scripts/build-data.ts [data folder, default data] [assets folder, default build/assets]
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { ASSETS_DIR } from '../build-tools/assets-dir'
import { checkOrExit } from '../build-tools/data/check'
import { archivePages } from '../build-tools/data/derive'
import { DATA_PREFIX, dataPaths, type SiteIndex } from '../src/data/asset-library'

const [root = 'data', out = ASSETS_DIR] = process.argv.slice(2)
const started = performance.now()
const built = await checkOrExit(root)

// Only the data's own folder: the images (scripts/render-images.ts) share the assets folder.
await rm(join(out, DATA_PREFIX), { recursive: true, force: true })
const written = new Set<string>()
async function write(path: string, value: unknown) {
  const file = join(out, path)
  const folder = dirname(file)
  if (!written.has(folder)) {
    await mkdir(folder, { recursive: true })
    written.add(folder)
  }
  await writeFile(file, JSON.stringify(value))
}

const pages = archivePages(built.articles)
const site: SiteIndex = {
  featured: built.featured,
  pageCount: pages.length,
  datasets: built.datasets.map((d) => d.id),
}
await write(dataPaths.site(), site)
for (const page of pages) await write(dataPaths.archive(page.page), page)
for (const dataset of built.datasets) await write(dataPaths.dataset(dataset.id), dataset)
// In batches, so 10,000 articles neither wait on each other nor open 10,000 files at once.
for (let i = 0; i < built.articles.length; i += 64) {
  await Promise.all(built.articles.slice(i, i + 64).map((a) => write(dataPaths.article(a.slug), a)))
}
const seconds = ((performance.now() - started) / 1000).toFixed(1)
console.log(
  `${root} -> ${out}: ${built.articles.length} articles, ${pages.length} archive pages, ${built.datasets.length} datasets (${seconds} s).`,
)
