// Node side: the time the feed and the sitemap give each article is one the repository really knows, never a
// midnight made up from a date. Oracles: git asked here, one folder at a time (the build reads the whole log in
// one pass), and file times this test sets itself on a copy of data/ outside any repository.
import assert from 'node:assert/strict'
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { after, describe, it } from 'node:test'

const ROOT = resolve(import.meta.dirname, '../..')
const SLUGS = readdirSync(join(ROOT, 'data/articles'))
const temporary = []
after(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true })
})
const scratch = (name) => {
  const dir = mkdtempSync(join(tmpdir(), `article-edge-${name}-`))
  temporary.push(dir)
  return dir
}

/** Builds the data folder into a scratch assets folder; each article's `updated`, and what the build said. */
function built(data) {
  const out = scratch('assets')
  const run = spawnSync('npx', ['tsx', 'scripts/build-data.ts', data, out], { cwd: ROOT, encoding: 'utf8' })
  assert.equal(run.status, 0, run.stderr)
  const updated = (slug) =>
    JSON.parse(readFileSync(join(out, '_data/articles', `${slug}.json`), 'utf8')).updated
  return { updated, said: `${run.stdout}${run.stderr}` }
}

const git = (...args) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim()
const utc = (ms) => new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z')

describe('when an article changed', () => {
  it('is the time of the last commit that touched its folder', () => {
    const { updated } = built('data')
    for (const slug of SLUGS) {
      const folder = `data/articles/${slug}`
      // An uncommitted edit is newer than any commit: its files' time is the truth then.
      if (git('status', '--porcelain', '--', folder)) continue
      const seconds = Number(git('log', '-1', '--format=%ct', '--', folder))
      assert.ok(seconds > 0, `${folder} has a commit`)
      assert.equal(updated(slug), utc(seconds * 1000), slug)
    }
  })

  it('is its files’ newest time when the data is not in a repository, and the build says so', () => {
    const data = join(scratch('data'), 'data')
    cpSync(join(ROOT, 'data'), data, { recursive: true })
    const times = new Map()
    SLUGS.forEach((slug, i) => {
      const older = Date.UTC(2024, 4, 6, 7, 8, 9) + i * 60_000
      const newer = older + 3_600_000 + 17_000
      utimesSync(join(data, 'articles', slug, 'article.json'), older / 1000, older / 1000)
      utimesSync(join(data, 'articles', slug, 'figures.json'), newer / 1000, newer / 1000)
      times.set(slug, utc(newer))
    })
    const { updated, said } = built(data)
    for (const slug of SLUGS) assert.equal(updated(slug), times.get(slug), slug)
    assert.match(said, /is not in a git repository: article times are file times/)
  })
})
