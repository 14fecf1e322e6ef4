// Writes src/generated/openapi.json from the valibot schemas (src/openapi.ts) and data/categories.json.
// Why at build time: the converter (@valibot/to-json-schema) is a third of the Worker's gzipped size, and the
// document only changes when the code or data does. tests/openapi.test.ts fails if the file is stale.
import { writeFile } from 'node:fs/promises'
import { build } from 'esbuild'

const OUT = new URL('../src/generated/openapi.json', import.meta.url)

const entry = `
import { openApiDocument } from './src/openapi'
import categories from './data/categories.json'
export default openApiDocument(categories.categories.map((c) => c.id))
`
const result = await build({
  stdin: { contents: entry, resolveDir: new URL('..', import.meta.url).pathname, loader: 'ts' },
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
  logLevel: 'error',
})
const code = result.outputFiles[0].text
const { default: document } = await import(
  `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
)
await writeFile(OUT, `${JSON.stringify(document, null, 2)}\n`)
console.log(`Wrote ${OUT.pathname.replace(`${process.cwd()}/`, '')}`)
