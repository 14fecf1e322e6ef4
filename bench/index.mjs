// `npm run bench`: per request, start-up, end to end and sizes in one process, printed as Markdown tables, over
// the build's output (`npm run assets`, which wrangler's [build] runs). `npm run bench -- micro startup` (any of
// micro, startup, e2e, size) runs some parts only; `npm run bench -- archive` (1, 1,000 and 10,000 generated
// articles; ARCHIVE_COUNTS changes them) only on request.
import { loadavg } from 'node:os'
import { archiveTable, runArchive } from './archive.mjs'
import { wranglerBuild } from './build.mjs'
import { e2eTable, runE2e } from './e2e.mjs'
import { microTable, runMicroWorkerd } from './micro.mjs'
import { sizeTable } from './size.mjs'
import { runStartup, startupTable } from './startup.mjs'

const wanted = new Set(process.argv.slice(2))
const ON_REQUEST = ['archive']
const run = (part) => (wanted.size === 0 && !ON_REQUEST.includes(part)) || wanted.has(part)
const rounds = Number(process.env.BENCH_ROUNDS ?? 30)
const load = () => loadavg().map((l) => l.toFixed(2))

console.log(`Node ${process.version}, ${new Date().toISOString()}, load average ${load()}\n`)
const worker = wranglerBuild('worker')
const hello = wranglerBuild('hello', './hello-worker.ts')

let micro
if (run('micro') || run('size')) {
  micro = await runMicroWorkerd({ rounds: run('micro') ? rounds : 1 })
}
if (run('micro')) {
  console.log('### Per request, inside workerd: the Worker fetch handler vs its constant twin\n')
  console.log(microTable(micro), '\n')
}
if (run('startup')) {
  console.log('### Start-up: evaluating the module, under Node\n')
  const subjects = [
    { name: 'hello', label: 'hello-world Hono (bench/hello-worker.ts)', built: hello },
    { name: 'worker', label: 'the Worker (src/index.ts)', built: worker },
  ]
  console.log(startupTable(await runStartup(subjects)), '\n')
}
if (run('e2e')) {
  console.log(`### End to end through workerd on 127.0.0.1 (load average before: ${load()})\n`)
  console.log(e2eTable(await runE2e(worker, hello)), '\n')
}
if (run('size')) {
  console.log('### Sizes\n')
  console.log(sizeTable(worker, micro), '\n')
}
if (run('archive')) {
  console.log('### The archive at 1, 1,000 and 10,000 articles (bench/archive.mjs)\n')
  console.log(archiveTable(await runArchive(hello)), '\n')
}
