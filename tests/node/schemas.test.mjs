// The editors' JSON Schemas (schemas/), checked with an independent validator (Ajv, not valibot): they are fresh,
// every data file names the one for its kind, they accept every real file, and they reject broken ones
// (tests/fixtures/broken-data/{kind}-{what}.json).
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { describe, it } from 'node:test'
import Ajv from 'ajv'
import addFormats from 'ajv-formats'

const ROOT = resolve(import.meta.dirname, '../..')
const read = (path) => JSON.parse(readFileSync(join(ROOT, path), 'utf8'))

/** Every data file and the kind of file it is. */
function dataFiles() {
  const files = [
    ['data/site.json', 'site'],
    ['data/categories.json', 'categories'],
    ['data/sources.json', 'sources'],
  ]
  for (const slug of readdirSync(join(ROOT, 'data/articles'))) {
    files.push(
      [`data/articles/${slug}/article.json`, 'article'],
      [`data/articles/${slug}/figures.json`, 'figures'],
    )
  }
  for (const id of readdirSync(join(ROOT, 'data/datasets'))) {
    files.push(
      [`data/datasets/${id}/dataset.json`, 'dataset'],
      [`data/datasets/${id}/reports.json`, 'reports'],
    )
  }
  return files
}

const ajv = new Ajv({ allErrors: true, strict: false })
addFormats(ajv)
const validators = new Map()
const validatorFor = (kind) => {
  if (!validators.has(kind)) validators.set(kind, ajv.compile(read(`schemas/${kind}.schema.json`)))
  return validators.get(kind)
}

describe('the JSON Schemas in schemas/', () => {
  it('are what the valibot schemas generate today (else run `npm run schemas`)', () => {
    const run = spawnSync('node_modules/.bin/tsx', ['scripts/generate-schemas.ts', '--check'], {
      cwd: ROOT,
      encoding: 'utf8',
    })
    assert.equal(run.status, 0, `${run.stdout}${run.stderr}`)
  })

  it('are named by every data file with a relative $schema that resolves to the schema of its kind', () => {
    for (const [path, kind] of dataFiles()) {
      const named = read(path).$schema
      assert.equal(typeof named, 'string', `${path} has no $schema`)
      const target = resolve(ROOT, dirname(path), named)
      assert.ok(existsSync(target), `${path}: $schema ${named} does not exist`)
      assert.equal(target, join(ROOT, `schemas/${kind}.schema.json`), `${path}: $schema names the wrong kind`)
    }
  })

  it('accept every real data file', () => {
    for (const [path, kind] of dataFiles()) {
      const validate = validatorFor(kind)
      assert.ok(validate(read(path)), `${path}: ${ajv.errorsText(validate.errors)}`)
    }
  })

  it('reject each broken fixture', () => {
    const dir = 'tests/fixtures/broken-data'
    const names = readdirSync(join(ROOT, dir))
    assert.ok(names.length >= 10)
    for (const name of names) {
      const kind = name.split('-')[0]
      assert.equal(validatorFor(kind)(read(`${dir}/${name}`)), false, `${name} was accepted`)
    }
  })
})
