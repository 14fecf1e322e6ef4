// `npm run bench`: every measurement of issue 6 in one process, printed as Markdown tables.
// `npm run bench -- micro` (or micro-node, startup, e2e, size) runs some parts only.
import { loadavg } from 'node:os'
import { microTable, runMicroNode, runMicroWorkerd } from './micro.mjs'

const wanted = new Set(process.argv.slice(2))
const run = (part) => (wanted.size === 0 && part !== 'micro-node') || wanted.has(part)
const rounds = Number(process.env.BENCH_ROUNDS ?? 30)

console.log(
  `Node ${process.version}, ${new Date().toISOString()}, load average ${loadavg().map((l) => l.toFixed(2))}\n`,
)
if (run('micro')) {
  console.log('### Per request, inside workerd: Worker fetch handler vs its constant twin\n')
  console.log(microTable(await runMicroWorkerd({ rounds })))
}
if (run('micro-node')) {
  console.log('\n### Per request, under Node: Worker fetch handler vs its constant twin\n')
  console.log(microTable(await runMicroNode({ rounds })))
}
