// Reads a data folder from disk: every article folder and dataset folder it finds, each JSON file parsed with
// positions, so any problem can be reported at its line and column. What only the text shows (a byte-order mark,
// a key given twice, a character XML cannot carry, a file too big or nested too deep) is found here. A file whose
// bytes passed all of that before (with the same code) is only parsed; its positions are read if it is ever needed.
import { existsSync, readFileSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { type DocumentNode, evaluate, parse, type StringNode, type ValueNode } from '@humanwhocodes/momoa'
import { codeFingerprint, passedChecks, sha256 } from '../passed-checks'
import { inBatches } from '../sync-files'
import { articleChanges } from './changed'
import { characterProblems } from './characters'
import type { DataFile, DataFiles, DatasetFiles } from './load'

/** The most a data file may weigh: ten times the General Staff's 20 years of daily reports. */
export const MAX_DATA_FILE_BYTES = 2 * 1024 * 1024
/** How deep arrays and objects may sit inside each other; the real files go 5 deep. */
export const MAX_NESTING = 32

/** Something wrong, at a place in a file. */
export type Located = { file: string; line: number; column: number; field: string; reason: string }

/**
 * A data folder as read: the files for buildData, each file's syntax tree for positions, and what is wrong in
 * the text itself; `unreadable` when some file could not be read as JSON at all, so nothing can be built.
 */
export type Folder = {
  files: DataFiles
  documentOf: (path: string) => DocumentNode | undefined
  problems: Located[]
  unreadable: boolean
}

const list = async (dir: string) =>
  existsSync(dir)
    ? (await readdir(dir, { withFileTypes: true }))
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : []

/**
 * @example const { files, documentOf, problems, unreadable } = await readDataFolder('data')
 */
export async function readDataFolder(root: string): Promise<Folder> {
  const documents = new Map<string, DocumentNode>()
  const checked = passedChecks('checked-files')
  const code = codeFingerprint()
  const problems: Located[] = []
  let unreadable = false

  async function json(path: string): Promise<DataFile> {
    const fail = (at: { line: number; column: number }, field: string, reason: string, stop = true) => {
      problems.push({ file: path, ...at, field, reason })
      if (stop) unreadable = true
      return { path, json: undefined }
    }
    const bytes = await readFile(path).catch(() => undefined)
    if (bytes === undefined) return fail(START, '(file)', 'is missing: every folder needs it')
    if (bytes.byteLength > MAX_DATA_FILE_BYTES)
      return fail(
        START,
        '(file)',
        `is ${megabytes(bytes.byteLength)}; a data file may be at most ${megabytes(MAX_DATA_FILE_BYTES)}: split it, or check for a paste gone wrong`,
      )
    const key = sha256(code, bytes)
    if (checked.passed(key)) return { path, json: JSON.parse(new TextDecoder().decode(bytes)) }
    const found = problems.length
    let text: string
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
    } catch {
      return fail(START, '(file)', 'is not UTF-8 text: save it with the encoding UTF-8')
    }
    // A byte-order mark is invisible in most editors and not allowed in JSON; reported, then read past.
    if (text.startsWith('\uFEFF')) {
      fail(
        START,
        '(file)',
        'starts with a byte-order mark (BOM), which JSON does not allow: save the file as "UTF-8" rather than "UTF-8 with BOM"',
        false,
      )
      text = text.slice(1)
    }
    const at = positions(text)
    const deep = tooDeep(text)
    if (deep !== undefined)
      return fail(
        at(deep),
        '(file)',
        `nests arrays and objects more than ${MAX_NESTING} levels deep here; it is valid JSON, but no data file has that shape: check for a paste gone wrong`,
      )
    let document: DocumentNode
    try {
      document = parse(text, { mode: 'json' })
    } catch (error) {
      const { line = 1, column = 1, message } = error as { line?: number; column?: number; message: string }
      const reason = `${message.replace(/\s*\(\d+:\d+\)$/, '')}: this is not valid JSON (check commas, quotes and brackets)`
      return fail({ line, column }, '(syntax)', reason)
    }
    documents.set(path, document)
    for (const { offset, field, reason } of textProblems(document, text))
      fail(at(offset), field, reason, false)
    if (problems.length === found) checked.pass(key)
    return { path, json: evaluate(document) }
  }

  const slugs = await list(join(root, 'articles'))
  const changes = articleChanges(root, slugs, ['article.json', 'figures.json'])
  for (const note of changes.notes) console.warn(`Note: ${note}.`)
  const articles = await inBatches(slugs, async (slug) => {
    const dir = join(root, 'articles', slug)
    const [article, figures] = await Promise.all([
      json(join(dir, 'article.json')),
      json(join(dir, 'figures.json')),
    ])
    return { article, figures, changed: changes.times.get(slug) ?? '' }
  })
  const datasets: DatasetFiles[] = []
  for (const id of await list(join(root, 'datasets'))) {
    const dir = join(root, 'datasets', id)
    const dataset = await json(join(dir, 'dataset.json'))
    const file = (dataset.json as { licence?: { file?: unknown } } | undefined)?.licence?.file
    const licence = typeof file === 'string' ? await readFile(join(dir, file), 'utf8').catch(() => '') : ''
    if (typeof file === 'string' && !licence) {
      problems.push({
        file: join(dir, 'dataset.json'),
        ...START,
        field: 'licence.file',
        reason: `${file} is missing or empty: the licence's full text must sit beside the data`,
      })
    }
    datasets.push({ dataset, reports: await json(join(dir, 'reports.json')), licence })
  }
  const site = await json(join(root, 'site.json'))
  const featured = (site.json as { featured?: unknown } | undefined)?.featured
  const files: DataFiles = {
    categories: await json(join(root, 'categories.json')),
    sources: await json(join(root, 'sources.json')),
    articles,
    datasets,
    featured: typeof featured === 'string' ? featured : '',
    featuredIn: site.path,
    site,
  }
  checked.save()
  /** A file's syntax tree: parsed when read, or now, for a file that was only parsed then. */
  const documentOf = (path: string) => {
    if (!documents.has(path) && existsSync(path))
      documents.set(path, parse(readFileSync(path, 'utf8'), { mode: 'json' }))
    return documents.get(path)
  }
  return { files, documentOf, problems, unreadable }
}

const START = { line: 1, column: 1 }
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

/** The line and column (from 1) of each offset in a text. */
function positions(text: string) {
  const starts = [0]
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  return (offset: number) => {
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if ((starts[mid] as number) <= offset) low = mid
      else high = mid - 1
    }
    return { line: low + 1, column: offset - (starts[low] as number) + 1 }
  }
}

/** Where the text first nests past MAX_NESTING, or undefined; counted before parsing, which would overflow. */
function tooDeep(text: string): number | undefined {
  let depth = 0
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (ch === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++
    } else if (ch === '[' || ch === '{') {
      if (++depth > MAX_NESTING) return i
    } else if (ch === ']' || ch === '}') depth--
  }
  return undefined
}

/**
 * What the parsed value cannot show: a key given twice (JSON keeps the last, silently), and refused characters in
 * any key or string, each at its own offset in the text, escaped (\u0007) or not.
 */
function textProblems(document: DocumentNode, text: string) {
  const found: { offset: number; field: string; reason: string }[] = []
  const checkString = (node: StringNode, field: string) => {
    const problems = characterProblems(node.value)
    if (!problems.length) return
    const offsets = rawOffsets(text, node.loc.start.offset + 1, node.loc.end.offset - 1)
    for (const { index, reason } of problems)
      found.push({ offset: offsets[index] ?? node.loc.start.offset, field, reason })
  }
  const walk = (node: ValueNode, path: string[]) => {
    const field = path.join('.') || '(top level)'
    if (node.type === 'String') checkString(node, field)
    else if (node.type === 'Array')
      node.elements.forEach((e, i) => {
        walk(e.value, [...path, String(i)])
      })
    else if (node.type === 'Object') {
      const seen = new Map<string, number>()
      for (const member of node.members) {
        if (member.name.type !== 'String') continue
        const name = member.name.value
        const inner = [...path, name]
        checkString(member.name, inner.join('.'))
        const first = seen.get(name)
        if (first !== undefined)
          found.push({
            offset: member.loc.start.offset,
            field: inner.join('.'),
            reason: `"${name}" is given twice here (first on line ${first}); JSON keeps only the last, so delete one`,
          })
        else seen.set(name, member.loc.start.line)
        walk(member.value, inner)
      }
    }
  }
  walk(document.body, [])
  return found
}

/** For each UTF-16 unit of a JSON string's value, its offset in the text: escapes (\n, \u0007) count as one. */
function rawOffsets(text: string, from: number, to: number): number[] {
  const offsets: number[] = []
  for (let i = from; i < to; i += text[i] !== '\\' ? 1 : text[i + 1] === 'u' ? 6 : 2) offsets.push(i)
  return offsets
}

/**
 * The line and column of a field (a dot path such as "reports.1.counts.tanks") in a parsed file: the deepest
 * part of the path the file has, so a missing field points at the object that lacks it.
 */
export function locate(document: DocumentNode | undefined, field: string): { line: number; column: number } {
  if (!document) return { line: 1, column: 1 }
  let node = document.body
  let at = node.loc.start
  if (!/^[\w$-]+(\.[\w$-]+)*$/.test(field)) return at
  for (const part of field.split('.')) {
    if (node.type === 'Object') {
      const member = node.members.find((m) => m.name.type === 'String' && m.name.value === part)
      if (!member) break
      at = member.loc.start
      node = member.value
    } else if (node.type === 'Array') {
      const element = node.elements[Number(part)]
      if (!element) break
      at = element.loc.start
      node = element.value
    } else break
  }
  return at
}
