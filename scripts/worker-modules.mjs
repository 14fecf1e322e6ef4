// The modules a wrangler build writes to its --outdir: the Worker (index.js) and the text modules that
// wrangler.toml's [[rules]] add (src/static/ files, kept by wrangler as modules of their own, named by hash).
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Every module of the upload in `dir`, main module first: [{ type, name, path }]. Only the text modules the main
 * module imports: wrangler leaves earlier builds' files in the same --outdir, and they are not uploaded.
 */
export function workerModules(dir, main = 'index.js') {
  const code = readFileSync(join(dir, main), 'utf8')
  const texts = readdirSync(dir).filter((name) => /^[0-9a-f]{40}-/.test(name) && code.includes(`./${name}`))
  return [
    { type: 'ESModule', name: main, path: join(dir, main) },
    ...texts.map((name) => ({ type: 'Text', name, path: join(dir, name) })),
  ]
}

/**
 * The main module with each text module written into it as a string, for runtimes without module rules (Node).
 * @example writeFileSync('worker.mjs', inlineTextModules('dist'))
 */
export function inlineTextModules(dir, main = 'index.js') {
  const [first, ...texts] = workerModules(dir, main)
  let code = readFileSync(first.path, 'utf8')
  for (const { name, path } of texts) {
    const imported = new RegExp(`import\\s*([\\w$]+)\\s*from\\s*"\\./${name}";?`)
    code = code.replace(imported, (_, id) => `var ${id}=${JSON.stringify(readFileSync(path, 'utf8'))};`)
  }
  return code
}
