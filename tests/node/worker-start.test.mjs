// Node side (run by `npm test` after vitest): broken data stops `npm run build` (wrangler runs the data check as its
// [build] command) naming file, line, column and field. Works on a throwaway copy; the real data is untouched.
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { after, before, describe, it } from 'node:test'

const ROOT = resolve(import.meta.dirname, '../..')
const FIGURES = 'data/articles/russia-lost-350-troops-in-one-day/figures.json'
const REPORTS = 'data/datasets/general-staff-losses/reports.json'

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

/** Builds the copy exactly as `npm run build` does (wrangler runs the data build first). */
const build = (dir) => run(dir, 'npm', ['run', 'build'])

describe('the Worker with a broken data file', () => {
  let copy
  before(() => {
    copy = mkdtempSync(join(tmpdir(), 'article-edge-start-'))
    for (const entry of [
      'src',
      'build-tools',
      'data',
      'scripts',
      'public',
      'wrangler.toml',
      'package.json',
      'tsconfig.json',
    ])
      cpSync(join(ROOT, entry), join(copy, entry), { recursive: true })
    symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir')
  })
  after(() => rmSync(copy, { recursive: true, force: true }))

  it('builds, starts and answers when the data is right', () => {
    const built = build(copy)
    assert.equal(built.status, 0, built.output)
    const start = run(copy, 'node', ['scripts/check-start.mjs'])
    assert.equal(start.status, 0, start.output)
  })

  it('does not build, naming file, line, column and field, when a count is negative', () => {
    const original = readFileSync(join(copy, REPORTS), 'utf8')
    const file = JSON.parse(original)
    const at = file.reports.findIndex((r) => r.date === '2022-09-14')
    file.reports[at].stats.tanks = -5
    const text = JSON.stringify(file, null, 2)
    writeFileSync(join(copy, REPORTS), text)
    const built = build(copy)
    writeFileSync(join(copy, REPORTS), original)
    assert.notEqual(built.status, 0, built.output)
    // The line and column of "tanks" in that report, counted here in the file as written above.
    const lines = text.split('\n')
    const dated = lines.findIndex((l) => l.includes('"2022-09-14"'))
    const line = lines.findIndex((l, i) => i > dated && l.includes('"tanks"'))
    const column = (lines[line] ?? '').indexOf('"tanks"') + 1
    const where = `${REPORTS}:${line + 1}:${column}: reports\\.${at}\\.stats\\.tanks: must not be negative`
    assert.match(built.output, new RegExp(where))
  })

  it('does not build, naming line and column, when a file is not valid JSON', () => {
    const original = readFileSync(join(copy, FIGURES), 'utf8')
    const lines = original.split('\n')
    lines[2] = `${lines[2]},`
    writeFileSync(join(copy, FIGURES), lines.join('\n'))
    const built = build(copy)
    writeFileSync(join(copy, FIGURES), original)
    assert.notEqual(built.status, 0, built.output)
    assert.match(built.output, new RegExp(`${FIGURES}:3:\\d+: \\(syntax\\): `))
  })
})
