// The images' part of `npm run bench -- archive` (issue 17): for a generated archive, the whole build as a deploy
// runs it (every step of `npm run assets`, then wrangler's dry run), clean (no caches) and after one article changes
// (the caches the clean build left), the asset files, and an image's first and repeated request through Miniflare with the production routing (a
// file from the asset layer; a PNG left to its first request, drawn by the drawing Worker and then kept in the
// Cache API). Once per run: the drawing Worker's size and start-up, and the CPU one drawing takes.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { Miniflare } from 'miniflare'
import { changeArticle } from '../scripts/lib/generated-archive.mjs'
import { median } from './stats.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
/** The drawing Worker's name, as wrangler.draw.toml gives it and wrangler.toml binds it. */
const DRAW_WORKER = 'article-edge-draw'
/** Paths the Worker sees first, as wrangler.toml's run_worker_first lists them. */
const WORKER_FIRST = ['/_data/*', '/api-description/*']

const run = (command, args, env = {}) =>
  execFileSync(command, args, {
    cwd: root,
    stdio: 'pipe',
    encoding: 'utf8',
    maxBuffer: 64 << 20,
    env: { ...process.env, ...env },
  })

const seconds = (since) => (performance.now() - since) / 1000

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    return entry.isDirectory() ? files(path) : [{ path, bytes: statSync(path).size }]
  })
}

/** Removes the check's kept verdicts (build-tools/passed-checks.ts), so the next build checks everything. */
export function forgetChecks() {
  for (const name of ['checked-files', 'checked-pages'])
    rmSync(join(root, 'node_modules', '.cache', `${name}.json`), { force: true })
}

/**
 * A build of `data` into `assets` as a deploy runs it: each step of `npm run assets` (the images with `cache`),
 * then `bundle(assets)`, wrangler's dry run, which also hashes every asset file; each timed, in seconds.
 */
function buildAssets(data, assets, cache, bundle) {
  const steps = {}
  const step = (name, args, env) => {
    const start = performance.now()
    const said = run('npm', ['run', '--silent', ...args], env)
    steps[name] = seconds(start)
    return said
  }
  step('styles', ['styles'])
  step('data', ['build:data', '--', data, assets])
  const said = step('images', ['images', '--', assets, cache])
  step('openapi', ['openapi', '--', assets])
  step('public', ['public', '--', assets])
  steps.bundle = bundle(assets)
  const drawn = Number(/\((\d+) drawn now/.exec(said)?.[1] ?? Number.NaN)
  return { steps, seconds: Object.values(steps).reduce((a, b) => a + b, 0), drawn }
}

/** Milliseconds one request takes through Miniflare, body read; its status must be 200. */
export async function timed(mf, url) {
  const start = performance.now()
  const res = await mf.dispatchFetch(url)
  await res.arrayBuffer()
  if (res.status !== 200) throw new Error(`${url}: ${res.status}`)
  return performance.now() - start
}

/** Five requests for `url`, one after another: their times. */
async function repeated(mf, url) {
  const times = []
  for (let i = 0; i < 5; i++) times.push(await timed(mf, url))
  return times
}

/** The main Worker behind the production routing, with the drawing Worker behind its DRAW binding. */
function serveWithDrawing({ modules, modulesRoot }, assets, drawScript, compatibilityDate) {
  return new Miniflare({
    workers: [
      {
        name: 'main',
        modules,
        modulesRoot,
        compatibilityDate,
        assets: {
          directory: assets,
          binding: 'ASSETS',
          routerConfig: { has_user_worker: true, static_routing: { user_worker: WORKER_FIRST } },
        },
        serviceBindings: { DRAW: DRAW_WORKER },
      },
      {
        name: DRAW_WORKER,
        modules: true,
        scriptPath: drawScript,
        modulesRoot: dirname(drawScript),
        compatibilityDate,
        modulesRules: [
          { type: 'CompiledWasm', include: ['**/*.wasm'] },
          { type: 'Data', include: ['**/*.ttf'] },
        ],
      },
    ],
  })
}

/** The images of one article page, as the page links them. */
async function linkedImages(mf, origin, slug) {
  const html = await (await mf.dispatchFetch(`${origin}/articles/${slug}`)).text()
  return [...html.matchAll(/(?:content|href)="([^"]*\/images\/[^"]*\.png)"/g)].map(([, url]) => url)
}

/**
 * The images' figures for one archive size. `data` was generated `count` articles long (one of them is changed
 * here); the main Worker is built already (`main`: its modules and their folder); `bundle(assets)` times wrangler's
 * dry run over an assets folder.
 */
export async function measureImages({ count, data, main, drawScript, compatibilityDate, bundle }) {
  const out = mkdtempSync(join(tmpdir(), `article-edge-archive-images-${count}-`))
  const assets = join(out, 'assets')
  const cache = join(out, 'cache')
  try {
    // Clean: no assets, no images cache, no kept verdicts of the check.
    forgetChecks()
    const clean = buildAssets(data, assets, cache, bundle)
    const assetFiles = files(assets)
    // One article changes: a generated one quotes reports no other article quotes, or the real one's prose.
    if (count > 1) changeArticle(data, 1, count)
    const changed = buildAssets(data, assets, cache, bundle)

    const mf = serveWithDrawing(main, assets, drawScript, compatibilityDate)
    await mf.ready
    const origin = 'https://example.com'
    const archive = await (await mf.dispatchFetch(`${origin}/api/v1/articles?page=1`)).json()
    const newest = archive.articles[0].slug
    const file = (await linkedImages(mf, origin, newest))[0]
    const fileFirst = await timed(mf, file)
    const fileAgain = median(await repeated(mf, file))
    // The oldest article, past the build's budget when the archive is larger than it.
    const last = await (await mf.dispatchFetch(`${origin}/api/v1/articles?page=${archive.pageCount}`)).json()
    const oldest = last.articles.at(-1).slug
    const leftOver = (await linkedImages(mf, origin, oldest)).find(
      (url) => !assetFiles.some((f) => f.path.endsWith(new URL(url).pathname)),
    )
    let drawnFirst = null
    let drawnAgain = null
    if (leftOver) {
      drawnFirst = await timed(mf, leftOver)
      // The Cache API write happens after the answer (waitUntil); let it land.
      await new Promise((r) => setTimeout(r, 200))
      drawnAgain = median(await repeated(mf, leftOver))
    }
    await mf.dispose()
    return {
      clean,
      changed,
      assetCount: assetFiles.length,
      pngCount: assetFiles.filter((f) => f.path.endsWith('.png')).length,
      fileFirst,
      fileAgain,
      drawnFirst,
      drawnAgain,
    }
  } finally {
    rmSync(out, { recursive: true, force: true })
  }
}

/**
 * The drawing Worker, once: its upload as wrangler counts it (every module gzipped), its start-up, and the CPU
 * of drawing each PNG of the real article with the same resvg WebAssembly under Node's V8 (workerd runs V8 too;
 * Miniflare reports no CPU time), beside the CPU of making the SVG it draws.
 */
export async function measureDrawingWorker(out) {
  const dist = join(out, 'draw-dist')
  run('npx', ['wrangler', 'deploy', '--dry-run', '-c', 'wrangler.draw.toml', '--outdir', dist, '--env='])
  const modules = readdirSync(dist).filter((name) => !name.endsWith('.map') && name !== 'README.md')
  const bytes = modules.map((name) => readFileSync(join(dist, name)))
  const wasm = modules.filter((name) => name.endsWith('.wasm')).map((name) => readFileSync(join(dist, name)))
  run('npx', [
    'wrangler',
    'check',
    'startup',
    '-c',
    'wrangler.draw.toml',
    '--outfile',
    join(out, 'draw.cpuprofile'),
  ])
  const profile = JSON.parse(readFileSync(join(out, 'draw.cpuprofile'), 'utf8'))
  const cpu = JSON.parse(run('npx', ['tsx', '--tsconfig', 'scripts/tsconfig.json', 'bench/drawing-cpu.ts']))
  return {
    script: join(dist, 'worker.js'),
    uploadGz: gzipSync(Buffer.concat(bytes)).byteLength,
    wasmGz: gzipSync(Buffer.concat(wasm)).byteLength,
    startupMs: (profile.endTime - profile.startTime) / 1000,
    cpu,
  }
}
