// Node side: `npm run check` reports every data field's control character, overlong value and duplicate key at its
// file:line:column, and data at the limits passes. Works on throwaway copies of data/; positions are counted here,
// by the writer that puts each value in the file, not by the check's parser.
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { after, describe, it } from 'node:test'

const ROOT = resolve(import.meta.dirname, '../..')
const copies = []
after(() => {
  for (const copy of copies) rmSync(copy, { recursive: true, force: true })
})

/** A fresh copy of data/; returns its folder and the path of every JSON file in it, relative to it. */
function copyData() {
  const copy = mkdtempSync(join(tmpdir(), 'article-edge-check-'))
  copies.push(copy)
  cpSync(join(ROOT, 'data'), copy, { recursive: true })
  const files = ['site.json', 'categories.json', 'sources.json']
  for (const slug of readdirSync(join(copy, 'articles')))
    files.push(`articles/${slug}/article.json`, `articles/${slug}/figures.json`)
  for (const id of readdirSync(join(copy, 'datasets')))
    files.push(`datasets/${id}/dataset.json`, `datasets/${id}/reports.json`)
  return { copy, files }
}

/** Runs the check on a folder: its exit code and its problem lines. */
function check(folder) {
  const { status, stdout, stderr } = spawnSync(
    join(ROOT, 'node_modules/.bin/tsx'),
    ['scripts/check-data.ts', folder],
    { cwd: ROOT, encoding: 'utf8', timeout: 120_000, maxBuffer: 64 << 20 },
  )
  return { status, output: `${stdout}${stderr}`, lines: stderr.split('\n') }
}

/**
 * Writes a value as pretty JSON, as JSON.stringify(value, null, 2) would, and records by field path where each
 * member's key and each array element starts (line and column from 1). `twice(path)` writes a member a second time, right after
 * itself, and records the second one.
 */
function writeJson(value, twice = () => false) {
  const at = new Map()
  const parts = []
  let line = 1
  let column = 1
  const emit = (text) => {
    parts.push(text)
    const lines = text.split('\n')
    line += lines.length - 1
    column = lines.length > 1 ? (lines.at(-1) ?? '').length + 1 : column + text.length
  }
  const write = (node, path, indent) => {
    if (Array.isArray(node)) {
      if (!node.length) return emit('[]')
      emit('[')
      node.forEach((item, i) => {
        emit(`${i ? ',' : ''}\n${indent}  `)
        at.set([...path, i].join('.'), { line, column })
        write(item, [...path, i], `${indent}  `)
      })
      emit(`\n${indent}]`)
    } else if (node && typeof node === 'object') {
      const entries = Object.entries(node)
      if (!entries.length) return emit('{}')
      emit('{')
      let first = true
      for (const [key, item] of entries) {
        const field = [...path, key]
        for (let n = twice(field) ? 2 : 1; n > 0; n--) {
          emit(`${first ? '' : ','}\n${indent}  `)
          first = false
          at.set(field.join('.'), { line, column })
          emit(`${JSON.stringify(key)}: `)
          write(item, field, `${indent}  `)
        }
      }
      emit(`\n${indent}}`)
    } else emit(JSON.stringify(node))
  }
  write(value, [], '')
  return { text: `${parts.join('')}\n`, at }
}

/** Every string value of a JSON value with its field path; `firstOnly` keeps one per field (indices as `N`). */
function strings(value, path = [], out = []) {
  if (typeof value === 'string') out.push(path)
  else if (Array.isArray(value))
    value.forEach((item, i) => {
      strings(item, [...path, i], out)
    })
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) strings(item, [...path, key], out)
  return out
}
const setAt = (value, path, f) => {
  const parent = path.slice(0, -1).reduce((node, key) => node[key], value)
  parent[path.at(-1)] = f(parent[path.at(-1)])
}
/** One path per field, however many reports or paragraphs repeat it. */
const onePerField = (paths) => {
  const seen = new Set()
  return paths.filter((p) => {
    const shape = p.map((k) => (typeof k === 'number' ? 'N' : k)).join('.')
    return !seen.has(shape) && seen.add(shape)
  })
}

describe('npm run check', () => {
  it('passes an article at every limit (tests/fixtures/limits; tests/limits.test.ts serves it)', () => {
    const { copy } = copyData()
    const { slug } = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/limits/article.json'), 'utf8'))
    cpSync(join(ROOT, 'tests/fixtures/limits'), join(copy, 'articles', slug), { recursive: true })
    const { status, output } = check(copy)
    assert.equal(status, 0, output)
    assert.match(output, /2 articles and 1 datasets checked, no problems/)
  })
})

describe('npm run check reports each problem at its file:line:column', () => {
  it('a control character in every string of every data file', () => {
    const { copy, files } = copyData()
    const expected = []
    for (const file of files) {
      const json = JSON.parse(readFileSync(join(copy, file), 'utf8'))
      for (const path of strings(json)) setAt(json, path, (s) => `${s.slice(0, 1)}\u0007${s.slice(1)}`)
      const { text } = writeJson(json)
      writeFileSync(join(copy, file), text)
      // Where each \u0007 escape sits in the file as written.
      text.split('\n').forEach((line, i) => {
        for (let col = line.indexOf('\\u0007'); col !== -1; col = line.indexOf('\\u0007', col + 1))
          expected.push(`${join(copy, file)}:${i + 1}:${col + 1}: `)
      })
    }
    assert.ok(expected.length > 500, `only ${expected.length} strings`)
    const { status, lines } = check(copy)
    assert.equal(status, 1)
    const reported = new Set(
      lines
        .filter((l) => l.includes('control character (U+0007)'))
        .map((l) => l.replace(/ [^ ]+: holds.*$/, ' ')),
    )
    for (const where of expected) assert.ok(reported.has(where), `not reported: ${where}`)
    assert.equal(reported.size, expected.length)
  })

  it('a duplicate of every key in every data file', () => {
    const { copy, files } = copyData()
    const expected = []
    for (const file of files) {
      const json = JSON.parse(readFileSync(join(copy, file), 'utf8'))
      const { text, at } = writeJson(json, () => true)
      writeFileSync(join(copy, file), text)
      for (const [field, { line, column }] of at)
        if (!/\.\d+$/.test(field))
          expected.push(
            `${join(copy, file)}:${line}:${column}: ${field}: "${field.split('.').at(-1)}" is given twice`,
          )
    }
    const { status, lines } = check(copy)
    assert.equal(status, 1)
    const reported = new Set(lines.map((l) => l.split(' here (first on line')[0]))
    for (const where of expected) assert.ok(reported.has(where), `not reported: ${where}`)
  })

  // The schema checks the site, categories and sources before the rest (they name what the rest refers to), and a
  // claim's other fields only once its `kind` is known, so the fields are made overlong in three runs.
  const topLevel = (file) => !file.includes('/')
  const claimField = (path) => path[0] === 'claims' && path.at(-1) !== 'kind'
  for (const [name, which] of [
    ['site, categories and sources', topLevel],
    ['articles and datasets', (file, path) => !topLevel(file) && !claimField(path)],
    ['claims', (file, path) => !topLevel(file) && claimField(path)],
  ]) {
    it(`an overlong value in every field of the ${name}`, () => {
      const { copy, files } = copyData()
      const expected = []
      const original = new Map()
      for (const file of files) {
        const json = JSON.parse(readFileSync(join(copy, file), 'utf8'))
        const paths = onePerField(strings(json)).filter((path) => which(file, path))
        for (const path of paths)
          setAt(json, path, (s) => {
            original.set(path, s)
            return `${s}${'x'.repeat(5001)}`
          })
        const { text, at } = writeJson(json)
        writeFileSync(join(copy, file), text)
        for (const path of paths) {
          const { line, column } = at.get(path.join('.'))
          expected.push({ where: `${join(copy, file)}:${line}:${column}: ${path.join('.')}: `, path })
        }
      }
      const { status, lines } = check(copy)
      assert.equal(status, 1)
      for (const { where, path } of expected) {
        const line = lines.find((l) => l.startsWith(where))
        assert.ok(line, `not reported: ${where}`)
        // Dates and choices may fail on their form first; text, addresses and paths fail on their length.
        if (/[ A-Z/]/.test(original.get(path)))
          assert.match(line, /characters long; at most [\d,]+ are allowed/, line)
      }
    })
  }

  it('a byte-order mark, a file nested too deep, a slug longer than the Worker looks up', () => {
    const { copy } = copyData()
    const sources = readFileSync(join(copy, 'sources.json'), 'utf8')
    writeFileSync(join(copy, 'sources.json'), `\uFEFF${sources}`)
    const categories = JSON.parse(readFileSync(join(copy, 'categories.json'), 'utf8'))
    categories.categories[0].note = JSON.parse(`${'['.repeat(40)}${']'.repeat(40)}`)
    writeFileSync(join(copy, 'categories.json'), JSON.stringify(categories))
    const { status, lines } = check(copy)
    assert.equal(status, 1)
    assert.ok(
      lines.includes(
        `${join(copy, 'sources.json')}:1:1: (file): starts with a byte-order mark (BOM), which JSON does not allow: save the file as "UTF-8" rather than "UTF-8 with BOM"`,
      ),
      lines.join('\n'),
    )
    const deep = lines.find((l) => l.startsWith(`${join(copy, 'categories.json')}:1:`))
    assert.match(deep ?? '', /nests arrays and objects more than 32 levels deep here; it is valid JSON/)
  })
})

describe('npm run check keeps what passed (node_modules/.cache) without hiding a problem', () => {
  it('finds a problem in a file that passed before and is unchanged, at its line and column', () => {
    const { copy } = copyData()
    const [slug] = readdirSync(join(copy, 'articles'))
    const articleFile = join(copy, 'articles', slug, 'article.json')
    const article = JSON.parse(readFileSync(articleFile, 'utf8'))
    const { text, at } = writeJson(article)
    writeFileSync(articleFile, text)
    assert.equal(check(copy).status, 0)
    // The dataset now gives another tank count for the article's day: its "tanks" mention no longer matches, and
    // the article's own file, read this time from what passed, must still be pointed at.
    const i = article.mentions.findIndex((m) => m.category === 'tanks')
    const reportsFile = join(copy, 'datasets', 'general-staff-losses', 'reports.json')
    const reports = JSON.parse(readFileSync(reportsFile, 'utf8'))
    const day = reports.reports.find((r) => r.date === article.mentions[i].report)
    day.stats.tanks += 1
    writeFileSync(reportsFile, JSON.stringify(reports))
    const { status, lines } = check(copy)
    assert.equal(status, 1)
    const { line, column } = at.get(`mentions.${i}`)
    const where = `${articleFile}:${line}:${column}: mentions.${i}: `
    assert.ok(
      lines.some((l) => l.startsWith(where)),
      `${where} not in:\n${lines.join('\n')}`,
    )
  })
})
