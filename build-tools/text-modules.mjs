// Loads the Worker's static files (src/static/: stylesheets, icon, the card's script) as text under Node, as
// wrangler's [[rules]] of type Text do in the bundle, so build scripts can import the app itself.
// Usage: tsx --import ./build-tools/text-modules.mjs scripts/openapi.ts
import { readFile } from 'node:fs/promises'
import { register } from 'node:module'
import { fileURLToPath } from 'node:url'
import { isMainThread } from 'node:worker_threads'

const STATIC = /\/src\/static\/[^/]+\.(css|svg|js)$/

export async function load(url, context, nextLoad) {
  if (!url.startsWith('file:') || !STATIC.test(url)) return nextLoad(url, context)
  const text = await readFile(fileURLToPath(url), 'utf8')
  return { format: 'module', source: `export default ${JSON.stringify(text)}`, shortCircuit: true }
}

// Imported with --import, on the main thread: register this file's load hook.
if (isMainThread) register(import.meta.url)
