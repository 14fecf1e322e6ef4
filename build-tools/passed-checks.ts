// What a check found fine last time, kept between builds so an archive of 10,000 articles is not checked again
// where nothing changed. Each entry is the SHA-256 of everything its verdict depends on: the code (every file of
// src/, build-tools/ and public/, and the installed packages) and the checked thing's own data. A change to any
// of them gives another key, so it is checked again; only passes are kept, so a problem is always reported.
import { createHash } from 'node:crypto'
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { dirname, join } from 'node:path'

const CACHE_DIR = join('node_modules', '.cache')

/** SHA-256 of the parts, one after another, in hex. */
export function sha256(...parts: (string | Uint8Array)[]): string {
  const hash = createHash('sha256')
  for (const part of parts) hash.update(part).update('\0')
  return hash.digest('hex')
}

let code: string | undefined

/**
 * One hash of what renders and checks, by content: src/, build-tools/, public/, and the installed packages as npm
 * records them (node_modules/.package-lock.json).
 */
export function codeFingerprint(): string {
  code ??= hashCode()
  return code
}

function hashCode(): string {
  const files = ['src', 'build-tools', 'public']
    .flatMap((dir) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((name) => join(dir, name)))
    .filter((path) => statSync(path).isFile())
    .sort()
  const installed = join('node_modules', '.package-lock.json')
  return sha256(
    ...files.flatMap((path) => [path, readFileSync(path)]),
    existsSync(installed) ? readFileSync(installed) : 'no record of the installed packages',
  )
}

/**
 * The keys that passed a check last time. `passed(key)` says whether this one did; `pass(key)` records one that
 * did now; `save()` keeps what this run checked or found kept, and drops the rest.
 * @example const pages = passedChecks('checked-pages'); if (!pages.passed(key)) { ...; pages.pass(key) }; pages.save()
 */
export function passedChecks(name: string) {
  const file = join(CACHE_DIR, `${name}.json`)
  const before = new Set<string>(existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : [])
  const now = new Set<string>()
  return {
    passed(key: string) {
      if (before.has(key)) now.add(key)
      return before.has(key)
    },
    pass(key: string) {
      now.add(key)
    },
    /** Written whole, then renamed, so a run that stops halfway or one beside it never leaves half a file. */
    save() {
      mkdirSync(dirname(file), { recursive: true })
      const partial = `${file}.${process.pid}`
      writeFileSync(partial, JSON.stringify([...now]))
      renameSync(partial, file)
    },
  }
}
