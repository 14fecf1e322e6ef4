// Boots the bundle `wrangler deploy` uploads (dist/index.js, made by `npm run build`) in workerd with the data
// assets beside it (build/assets), as Cloudflare does when it receives them, and asks it for the front page.
// Exits 1 unless it answers 200. Usage: node scripts/check-start.mjs [bundle] [assets folder]
import { readFileSync } from 'node:fs'
import { basename, dirname } from 'node:path'
import { Miniflare } from 'miniflare'
import { workerModules } from './worker-modules.mjs'

const script = process.argv[2] ?? 'dist/index.js'
const assets = process.argv[3] ?? 'build/assets'
const compatibilityDate = /^compatibility_date\s*=\s*"([^"]+)"/m.exec(
  readFileSync('wrangler.toml', 'utf8'),
)?.[1]

const mf = new Miniflare({
  modules: workerModules(dirname(script), basename(script)).map(({ type, path }) => ({ type, path })),
  modulesRoot: dirname(script),
  compatibilityDate,
  assets: {
    directory: assets,
    binding: 'ASSETS',
    routerConfig: { has_user_worker: true, invoke_user_worker_ahead_of_assets: true },
  },
})
let started = false
try {
  const res = await mf.dispatchFetch('http://127.0.0.1/')
  await res.arrayBuffer()
  started = res.status === 200
  console.log(`check-start: ${script} started in workerd and answered GET / with ${res.status}`)
} catch (error) {
  console.error(
    `check-start: ${script} failed to start in workerd (its error is printed above): ${error.message}`,
  )
}
await mf.dispose().catch(() => {})
process.exit(started ? 0 : 1)
