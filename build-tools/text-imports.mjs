// Node module hooks: the stylesheets (build/styles/, from `npm run styles`) import as text, as wrangler's [[rules]]
// import them for the Worker, so build code can render the app's pages in Node.
// Registered with `register('./text-imports.mjs', import.meta.url)` before the app is imported.
import { readFile } from 'node:fs/promises'

const STATIC_TEXT = /\/styles\/[^/]+\.css$/

export async function load(url, context, nextLoad) {
  if (!STATIC_TEXT.test(new URL(url).pathname)) return nextLoad(url, context)
  const text = await readFile(new URL(url), 'utf8')
  return { format: 'module', source: `export default ${JSON.stringify(text)}`, shortCircuit: true }
}
