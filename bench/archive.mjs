// `npm run bench -- archive`: the archive at 1, 1,000 and 10,000 distinct articles. For each count it generates a
// data folder (the real data plus generated articles whose text and numbers differ), builds it as a deploy would
// (scripts/build-data.ts, then `wrangler deploy --dry-run`), and measures what Workers limits: build time, script
// size, assets, start-up (`wrangler check startup`), workerd's memory after serving 1,000 different articles, and
// the cost of a kept answer and of an article's first request in a fresh isolate.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { Miniflare } from 'miniflare'
import WebSocket from 'ws'
import { generateData } from '../scripts/lib/generated-archive.mjs'
import { workerModules } from '../scripts/worker-modules.mjs'
import { forgetChecks, measureDrawingWorker, measureImages, timed } from './archive-images.mjs'
import { COMPATIBILITY_DATE } from './micro.mjs'
import { median } from './stats.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const ARCHIVE_COUNTS = (process.env.ARCHIVE_COUNTS ?? '1,1000,10000').split(',').map(Number)
const SERVED = 1000

/** Every file under a folder, with sizes. */
function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    return entry.isDirectory() ? walk(path) : [{ path, bytes: statSync(path).size }]
  })
}

/** A wrangler.toml for this build: the real one, with these assets and no [build] (the data is built already). */
function configFor(dir, assets) {
  const text = readFileSync(join(root, 'wrangler.toml'), 'utf8')
    .replace(/\[build\]\ncommand = .*\n/, '')
    .replace(/directory = "build\/assets"/, `directory = "${assets}"`)
    .replace(/^main = .*$/m, `main = "${join(root, 'src/index.ts')}"`)
  const path = join(dir, 'wrangler.toml')
  writeFileSync(path, text)
  return path
}

const run = (command, args, options = {}) =>
  execFileSync(command, args, { cwd: root, stdio: 'pipe', encoding: 'utf8', maxBuffer: 64 << 20, ...options })

/** Resident memory of the workerd processes this Node process started, in MB. */
function workerdMemory() {
  const pids = run('ps', ['-eo', 'pid=,ppid=,comm='])
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
  const children = (parent) => pids.filter(([, ppid]) => ppid === parent)
  const tree = []
  const visit = (pid) => {
    for (const child of children(pid)) {
      tree.push(child)
      visit(child[0])
    }
  }
  visit(String(process.pid))
  const workerd = tree.filter(([, , comm]) => comm.includes('workerd'))
  return workerd.reduce((sum, [pid]) => {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    return sum + Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024
  }, 0)
}

/** Where each Miniflare's inspector listens: one port per Worker served, so runs never collide. */
const INSPECTOR_PORTS = { empty: 9341, ours: 9342 }

/**
 * The user Worker's isolate memory in MB, through the V8 inspector: the JS heap in use, what the runtime holds for
 * it, and ArrayBuffer backing stores (kept answers' bytes live there). Read after a heap snapshot, because taking
 * one runs a full collection (workerd's inspector ignores HeapProfiler.collectGarbage), so garbage is not counted.
 */
async function isolateMemory(port) {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/core:user:`, { maxPayload: 1 << 30 })
  await new Promise((resolve, reject) => {
    ws.once('open', resolve)
    ws.once('error', reject)
  })
  const replies = new Map()
  ws.on('message', (data) => {
    const message = JSON.parse(String(data))
    replies.get(message.id)?.(message.result)
  })
  const call = (id, method, params = {}) =>
    new Promise((resolve) => {
      replies.set(id, resolve)
      ws.send(JSON.stringify({ id, method, params }))
    })
  await call(1, 'HeapProfiler.enable')
  await call(2, 'HeapProfiler.takeHeapSnapshot', { reportProgress: false })
  const { usedSize, embedderHeapUsedSize = 0, backingStorageSize = 0 } = await call(3, 'Runtime.getHeapUsage')
  ws.close()
  return (usedSize + embedderHeapUsedSize + backingStorageSize) / 1048576
}

function serve(script, assets, inspectorPort) {
  return new Miniflare({
    inspectorPort,
    modules: workerModules(dirname(script), basename(script)).map(({ type, path }) => ({ type, path })),
    modulesRoot: dirname(script),
    compatibilityDate: COMPATIBILITY_DATE,
    ...(assets && {
      assets: {
        directory: assets,
        binding: 'ASSETS',
        // As wrangler.toml routes: the data reaches the Worker first, and whatever names no file.
        routerConfig: {
          has_user_worker: true,
          static_routing: { user_worker: ['/_data/*', '/api-description/*'] },
        },
      },
    }),
  })
}

/**
 * Measures one archive size. `hello` is the built hello-world Worker, for the empty-Worker baselines; `drawScript`
 * the built drawing Worker.
 */
async function measure(count, hello, drawScript) {
  const data = generateData(count)
  const out = mkdtempSync(join(tmpdir(), `article-edge-archive-out-${count}-`))
  const assets = join(out, 'assets')
  try {
    forgetChecks()
    const start = performance.now()
    run('node_modules/.bin/tsx', ['scripts/build-data.ts', data, assets])
    const buildSeconds = (performance.now() - start) / 1000
    // Pages link their images, so they need the image lists; no PNG is drawn for this part.
    run('npm', ['run', '--silent', 'images', '--', assets, join(out, 'images-cache')], {
      env: { ...process.env, IMAGES_PREBUILD: '0' },
    })
    const files = walk(assets)
    const config = configFor(out, assets)
    run('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', join(out, 'dist'), '-c', config])
    const script = join(out, 'dist', 'index.js')
    // As wrangler counts the upload: every module (the script and its text modules), gzipped together.
    const modules = workerModules(dirname(script), basename(script))
    const scriptGz = gzipSync(Buffer.concat(modules.map((m) => readFileSync(m.path)))).byteLength
    run('npx', ['wrangler', 'check', 'startup', '-c', config, '--outfile', join(out, 'startup.cpuprofile')])
    const profile = JSON.parse(readFileSync(join(out, 'startup.cpuprofile'), 'utf8'))
    const startupMs = (profile.endTime - profile.startTime) / 1000

    const slugs = readdirSync(join(data, 'articles')).sort()
    const origin = 'https://example.com'
    // The empty Worker gets the same assets binding and router, so both sides pay for the same services.
    const empty = serve(hello.path, assets, INSPECTOR_PORTS.empty)
    await empty.ready
    await timed(empty, `${origin}/`)
    const helloSamples = []
    for (let i = 0; i < 200; i++) helloSamples.push(await timed(empty, `${origin}/`))
    const helloMs = median(helloSamples)
    const emptyMb = workerdMemory()
    const emptyHeap = await isolateMemory(INSPECTOR_PORTS.empty)
    await empty.dispose()

    const mf = serve(script, assets, INSPECTOR_PORTS.ours)
    await mf.ready
    const firstMs = await timed(mf, `${origin}/articles/${slugs[0]}`)
    const coldMb = workerdMemory()
    const coldHeap = await isolateMemory(INSPECTOR_PORTS.ours)
    const firstOfEach = []
    for (const slug of slugs.slice(1, 51)) firstOfEach.push(await timed(mf, `${origin}/articles/${slug}`))
    const keptSamples = []
    for (let i = 0; i < 200; i++) keptSamples.push(await timed(mf, `${origin}/articles/${slugs[0]}`))
    for (const slug of slugs.slice(51, SERVED)) await timed(mf, `${origin}/articles/${slug}`)
    // Up to SERVED requests in all, as the empty Worker had: the rest to the archive's pages.
    for (let i = Math.min(SERVED, slugs.length); i < SERVED; i++)
      await timed(mf, `${origin}/articles?page=1&n=${i}`)
    const served = Math.min(SERVED, slugs.length)
    const servedMb = workerdMemory()
    const servedHeap = await isolateMemory(INSPECTOR_PORTS.ours)
    await mf.dispose()
    const images = await measureImages({
      count,
      data,
      main: { modules: modules.map(({ type, path }) => ({ type, path })), modulesRoot: dirname(script) },
      drawScript,
      compatibilityDate: COMPATIBILITY_DATE,
      bundle: (built) => {
        const start = performance.now()
        run('npx', [
          'wrangler',
          'deploy',
          '--dry-run',
          '--outdir',
          join(out, 'dist'),
          '-c',
          configFor(out, built),
        ])
        return (performance.now() - start) / 1000
      },
    })
    return {
      count,
      images,
      buildSeconds,
      scriptGz,
      assetCount: files.length,
      assetBytes: files.reduce((sum, f) => sum + f.bytes, 0),
      startupMs,
      emptyMb,
      coldMb,
      servedMb,
      emptyHeap,
      coldHeap,
      servedHeap,
      served,
      firstMs,
      firstOfEachMs: firstOfEach.length ? median(firstOfEach) : null,
      keptMs: median(keptSamples),
      helloMs,
    }
  } finally {
    rmSync(data, { recursive: true, force: true })
    rmSync(out, { recursive: true, force: true })
  }
}

export async function runArchive(hello) {
  const out = mkdtempSync(join(tmpdir(), 'article-edge-drawing-'))
  const drawing = await measureDrawingWorker(out)
  const rows = []
  for (const count of ARCHIVE_COUNTS) {
    rows.push(await measure(count, hello, drawing.script))
    console.error(`archive: ${count} articles measured`)
  }
  rmSync(out, { recursive: true, force: true })
  return { rows, drawing }
}

const mb = (n) => `${n.toFixed(0)} MB`
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`

export function archiveTable({ rows, drawing }) {
  const count = (n) => n.toLocaleString('en-US')
  return [
    '| articles | data build | script (gzip) | assets | start-up (`wrangler check startup`) | isolate memory (inspector, after a full collection): empty Worker / ours after 1 article / after N different articles | workerd process RSS: the same three | first request, fresh isolate | an article’s first request (median of 50) | kept answer vs hello-world (median of 200) |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows
      .map((r) =>
        [
          count(r.count),
          `${r.buildSeconds.toFixed(1)} s`,
          kib(r.scriptGz),
          `${count(r.assetCount)} files, ${(r.assetBytes / 1048576).toFixed(1)} MiB`,
          `${r.startupMs.toFixed(0)} ms`,
          `${r.emptyHeap.toFixed(1)} / ${r.coldHeap.toFixed(1)} / ${r.servedHeap.toFixed(1)} MB (N = ${count(r.served)}; +${(r.servedHeap - r.emptyHeap).toFixed(1)} MB)`,
          `${mb(r.emptyMb)} / ${mb(r.coldMb)} / ${mb(r.servedMb)}`,
          `${r.firstMs.toFixed(1)} ms`,
          r.firstOfEachMs === null ? 'no other article' : `${r.firstOfEachMs.toFixed(1)} ms`,
          `${r.keptMs.toFixed(2)} vs ${r.helloMs.toFixed(2)} ms (${(r.keptMs / r.helloMs).toFixed(2)}x)`,
        ].join(' | '),
      )
      .map((line) => `| ${line} |`),
    '',
    `Images (issue 17): the drawing Worker uploads ${kib(drawing.uploadGz)} gzipped (its wasm ${kib(drawing.wasmGz)}); its start-up (\`wrangler check startup -c wrangler.draw.toml\`) ${drawing.startupMs.toFixed(0)} ms. CPU of one drawing on request, per PNG of the real article (median of 5, Node's V8, process.cpuUsage): ${drawing.cpu
      .map((c) => `${c.kind} ${c.svgMs.toFixed(1)} ms for its SVG + ${c.drawMs.toFixed(0)} ms to draw it`)
      .join('; ')}.`,
    '',
    '| articles | clean build: all = check and data + images + bundle + the rest (PNGs drawn) | after one article changes: the same | asset files (of which PNG) | a PNG file: first / repeated request (median of 5) | a PNG left to its first request: first (drawn) / repeated (Cache API, median of 5) |',
    '| ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(({ count: n, images: i }) => {
      const build = ({ steps: s, seconds, drawn }) =>
        `${seconds.toFixed(0)} s = ${s.data.toFixed(0)} + ${s.images.toFixed(0)} + ${s.bundle.toFixed(0)} + ${(s.styles + s.openapi + s.public).toFixed(0)} (${count(drawn)})`
      const drawn =
        i.drawnFirst === null
          ? 'none: every PNG is a file'
          : `${i.drawnFirst.toFixed(0)} / ${i.drawnAgain.toFixed(1)} ms`
      return `| ${[count(n), build(i.clean), build(i.changed), `${count(i.assetCount)} (${count(i.pngCount)})`, `${i.fileFirst.toFixed(1)} / ${i.fileAgain.toFixed(1)} ms`, drawn].join(' | ')} |`
    }),
  ].join('\n')
}
