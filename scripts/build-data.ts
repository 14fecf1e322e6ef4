// `npm run build:data` (also wrangler's [build] command, so `wrangler dev` and `wrangler deploy` run it): checks
// the data, then writes what the Worker serves as Workers Static Assets, each article its own file.
// Usage: tsx scripts/build-data.ts [data folder, default data] [assets folder, default build/assets]
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { ASSETS_DIR } from '../build-tools/assets-dir'
import { dataAssets } from '../build-tools/data/assets'
import { checkOrExit } from '../build-tools/data/check'
import { DATA_PREFIX } from '../src/data/asset-library'

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

// In batches, so 10,000 articles neither wait on each other nor open 10,000 files at once.
const batch: Promise<void>[] = []
for (const [path, value] of dataAssets(built)) {
  batch.push(write(path, value))
  if (batch.length === 64) await Promise.all(batch.splice(0))
}
await Promise.all(batch)
const seconds = ((performance.now() - started) / 1000).toFixed(1)
console.log(
  `${root} -> ${out}: ${built.articles.length} articles, ${built.datasets.length} datasets (${seconds} s).`,
)
