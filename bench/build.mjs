// Bundles benchmark subjects with esbuild, the bundler wrangler uses, with wrangler's settings for workerd.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { build } from 'esbuild'

const outdir = mkdtempSync(join(tmpdir(), 'article-edge-bench-'))

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
    logLevel: 'warning',
  })
  return { path: outfile, url: pathToFileURL(outfile).href }
}
