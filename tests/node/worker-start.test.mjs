// Node side (run by `npm test` after vitest): a broken data file makes the built Worker fail to start in workerd,
// with a message naming the file and the field. Works on a throwaway copy of the project; the real data is untouched.
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { after, before, describe, it } from 'node:test'

const ROOT = resolve(import.meta.dirname, '../..')
const FIGURES = 'data/articles/russia-lost-350-troops-in-one-day/figures.json'

/** Runs a command in dir without network-bound extras; returns its exit code and everything it printed. */
function run(dir, command, args) {
  const env = { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: 'true', NO_COLOR: '1' }
  const { status, stdout, stderr } = spawnSync(command, args, {
    cwd: dir,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  })
  return { status, output: `${stdout}${stderr}` }
}

/** Builds the copy exactly as `npm run build` does, then boots the bundle as `npm run deploy` does. */
function buildAndStart(dir) {
  const build = run(dir, 'npm', ['run', 'build'])
  // The build draws the charts from the data, so broken data can already stop it there, with the same message.
  if (build.status !== 0) return build
  return run(dir, 'node', ['scripts/check-start.mjs'])
}

describe('the Worker with a broken data file', () => {
  let copy
  before(() => {
    copy = mkdtempSync(join(tmpdir(), 'article-edge-start-'))
    for (const entry of ['src', 'data', 'scripts', 'wrangler.toml', 'package.json', 'tsconfig.json'])
      cpSync(join(ROOT, entry), join(copy, entry), { recursive: true })
    symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir')
  })
  after(() => rmSync(copy, { recursive: true, force: true }))

  it('starts and answers when the data is as bundled', () => {
    const start = buildAndStart(copy)
    assert.equal(start.status, 0, start.output)
  })

  it('fails to start, naming the file and the field, when a count is negative', () => {
    const figures = JSON.parse(readFileSync(join(copy, FIGURES), 'utf8'))
    figures.reports[1].counts.tanks = -5
    writeFileSync(join(copy, FIGURES), JSON.stringify(figures))
    const start = buildAndStart(copy)
    assert.equal(start.status, 1, start.output)
    assert.match(start.output, /DataError: Invalid data, so the Worker will not start/)
    assert.match(start.output, new RegExp(`${FIGURES}: reports\\.1\\.counts\\.tanks: must not be negative`))
  })
})
