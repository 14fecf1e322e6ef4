// Fails `npm test` when the built Worker (dist/, from `npm run build`) passes its gzipped size budget. The bundle is
// uploaded to every data centre and parsed at each cold start, so growth should be a decision, not an accident.
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { workerModules } from './worker-modules.mjs'

/** The team budget (48 KiB gzipped, shared brief): raise it on purpose, never quietly. */
export const BUDGET_KIB = 48

// Measured as wrangler reports it: every module of the upload, gzipped at zlib's default level.
const bytes = Buffer.concat(workerModules('dist').map(({ path }) => readFileSync(path)))
const kib = gzipSync(bytes).byteLength / 1024
const verdict = `Worker bundle: ${kib.toFixed(2)} KiB gzipped, budget ${BUDGET_KIB} KiB`
if (kib > BUDGET_KIB) {
  console.error(
    `${verdict}: over budget. Trim it, or raise BUDGET_KIB in scripts/check-bundle-size.mjs on purpose.`,
  )
  process.exit(1)
}
console.log(`${verdict}: within budget.`)
