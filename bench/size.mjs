// Sizes: the built Worker and every 200 body, gzipped as wrangler reports it (zlib's default level).
import { gzipSync } from 'node:zlib'
import { kib } from './stats.mjs'

const gzipBytes = (text) => gzipSync(Buffer.from(text)).byteLength

export function sizeTable(worker, micro) {
  const rows = [
    ['Worker bundle (`wrangler deploy --dry-run`)', worker.text],
    ...micro.filter((r) => r.status === 200).map((r) => [r.name, r.body]),
  ]
  return [
    '| what | bytes | gzipped |',
    '| --- | --- | --- |',
    ...rows.map(([name, text]) => `| ${name} | ${kib(Buffer.byteLength(text))} | ${kib(gzipBytes(text))} |`),
  ].join('\n')
}
