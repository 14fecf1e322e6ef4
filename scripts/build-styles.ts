// The stylesheets as the Worker inlines them: src/static/*.css minified into build/styles/, which src/views/styles.ts
// imports as text. Their comments and layout are for us, not for every reader's download, nor the Worker's size.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { transformSync } from 'esbuild'

const [from = 'src/static', to = 'build/styles'] = process.argv.slice(2)
mkdirSync(to, { recursive: true })
let before = 0
let after = 0
for (const name of readdirSync(from).filter((file) => file.endsWith('.css'))) {
  const css = readFileSync(join(from, name), 'utf8')
  const { code } = transformSync(css, { loader: 'css', minify: true, sourcefile: join(from, name) })
  writeFileSync(join(to, name), code)
  before += css.length
  after += code.length
}
console.log(`Styles: ${from}/*.css minified into ${to}/ (${before} → ${after} bytes).`)
