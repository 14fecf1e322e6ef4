// Builds what the benchmarks measure: the Worker and a hello-world Hono Worker through wrangler's own dry-run
// build (the bytes that would be deployed), and benchmark modules with esbuild using wrangler's settings.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { build } from 'esbuild'
import { inlineTextModules } from '../scripts/worker-modules.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const outdir = mkdtempSync(join(tmpdir(), 'article-edge-bench-'))

/** src/static/ files are imported as text, as wrangler.toml's [[rules]] import them for the Worker. */
const staticText = {
  name: 'static-text',
  setup(build) {
    build.onLoad({ filter: /[\\/]static[\\/][^\\/]+\.(css|svg|js)$/ }, async ({ path }) => ({
      contents: readFileSync(path, 'utf8'),
      loader: 'text',
    }))
  },
}

/** Bundles one module (a path relative to bench/) into a temporary ES module; returns its path and URL. */
export async function bundle(entry, { minify = true } = {}) {
  const outfile = join(outdir, `${basename(entry).replace(/\.\w+$/, '')}.mjs`)
  await build({
    entryPoints: [fileURLToPath(new URL(entry, import.meta.url))],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    mainFields: ['module', 'main'],
    conditions: ['workerd', 'worker', 'browser'],
    minify,
    outfile,
    // The runtime's own module: the Worker reads its bindings (ASSETS) from it.
    external: ['cloudflare:workers'],
    logLevel: 'warning',
    plugins: [staticText],
  })
  return { path: outfile, url: pathToFileURL(outfile).href }
}

/**
 * `wrangler deploy --dry-run --outdir` for the Worker (script omitted) or another entry, with wrangler.toml's
 * settings for both. Returns the built module's path and its text.
 */
export function wranglerBuild(name, script) {
  const dir = join(outdir, `wrangler-${name}`)
  const args = ['wrangler', 'deploy', '--dry-run', '--outdir', dir, '--env', '']
  if (script) args.push(fileURLToPath(new URL(script, import.meta.url)), '--name', name)
  execFileSync('npx', args, { cwd: root, stdio: 'pipe' })
  // With the text modules ([[rules]]) written in, so Node can import it as one module.
  const text = inlineTextModules(dir, `${basename(script ?? 'index.ts').replace(/\.\w+$/, '')}.js`)
  // As .mjs, so Node loads it as the ES module it is without first trying it as CommonJS.
  const path = join(dir, `${name}.mjs`)
  writeFileSync(path, text)
  return { path, url: pathToFileURL(path).href, text }
}
