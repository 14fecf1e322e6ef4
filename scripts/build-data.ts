// `npm run build:data` (also wrangler's [build] command, so `wrangler dev` and `wrangler deploy` run it): checks
// the data, then writes what the Worker serves as Workers Static Assets, each article its own file.
// Usage: tsx scripts/build-data.ts [data folder, default data] [assets folder, default build/assets]
import { rm } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { ASSETS_DIR } from '../build-tools/assets-dir'
import { dataAssets } from '../build-tools/data/assets'
import { checkOrExit } from '../build-tools/data/check'
import { filesUnder, writeChanged } from '../build-tools/sync-files'
import { DATA_PREFIX, dataPaths } from '../src/data/asset-library'

const [root = 'data', out = ASSETS_DIR] = process.argv.slice(2)
const started = performance.now()
const built = await checkOrExit(root)

// Only the data's own files: the images (scripts/render-images.ts) share the assets folder, and the image lists
// its data folder. Each is written only where it changed, and files no longer built are removed, so after one
// article changes a build rewrites a few files, not 10,000.
const imageLists = join(out, dirname(dataPaths.images('x')))
const before = filesUnder(join(out, DATA_PREFIX)).filter((file) => !file.startsWith(imageLists))
const written = new Set<string>()
async function write(path: string, value: unknown) {
  const file = join(out, path)
  written.add(file)
  await writeChanged(file, JSON.stringify(value))
}

// In batches, so 10,000 articles neither wait on each other nor open 10,000 files at once.
const batch: Promise<void>[] = []
for (const [path, value] of dataAssets(built)) {
  batch.push(write(path, value))
  if (batch.length === 64) await Promise.all(batch.splice(0))
}
await Promise.all(batch)
await Promise.all(before.filter((file) => !written.has(file)).map((file) => rm(file)))
const seconds = ((performance.now() - started) / 1000).toFixed(1)
console.log(
  `${root} -> ${out}: ${built.articles.length} articles, ${built.datasets.length} datasets (${seconds} s).`,
)
