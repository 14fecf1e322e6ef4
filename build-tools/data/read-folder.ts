// Reads a data folder from disk: every article folder and dataset folder it finds, each JSON file parsed with
// positions, so any problem can be reported at its line and column.
import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { type DocumentNode, evaluate, parse } from '@humanwhocodes/momoa'
import type { DataFile, DataFiles, DatasetFiles } from './load'

/** Something wrong, at a place in a file. */
export type Located = { file: string; line: number; column: number; field: string; reason: string }

/** A data folder as read: the files for buildData, and each file's syntax tree for positions. */
export type Folder = { files: DataFiles; documents: Map<string, DocumentNode>; syntaxErrors: Located[] }

const list = async (dir: string) =>
  existsSync(dir)
    ? (await readdir(dir, { withFileTypes: true }))
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : []

/**
 * @example const { files, documents, syntaxErrors } = await readDataFolder('data')
 */
export async function readDataFolder(root: string): Promise<Folder> {
  const documents = new Map<string, DocumentNode>()
  const syntaxErrors: Located[] = []

  async function json(path: string): Promise<DataFile> {
    const text = await readFile(path, 'utf8').catch(() => undefined)
    if (text === undefined) {
      syntaxErrors.push({
        file: path,
        line: 1,
        column: 1,
        field: '(file)',
        reason: 'is missing: every folder needs it',
      })
      return { path, json: undefined }
    }
    try {
      const document = parse(text, { mode: 'json' })
      documents.set(path, document)
      return { path, json: evaluate(document) }
    } catch (error) {
      const { line = 1, column = 1, message } = error as { line?: number; column?: number; message: string }
      const reason = `${message.replace(/\s*\(\d+:\d+\)$/, '')}: this is not valid JSON (check commas, quotes and brackets)`
      syntaxErrors.push({ file: path, line, column, field: '(syntax)', reason })
      return { path, json: undefined }
    }
  }

  const articles = []
  for (const slug of await list(join(root, 'articles'))) {
    const dir = join(root, 'articles', slug)
    articles.push({
      article: await json(join(dir, 'article.json')),
      figures: await json(join(dir, 'figures.json')),
    })
  }
  const datasets: DatasetFiles[] = []
  for (const id of await list(join(root, 'datasets'))) {
    const dir = join(root, 'datasets', id)
    const dataset = await json(join(dir, 'dataset.json'))
    const file = (dataset.json as { licence?: { file?: unknown } } | undefined)?.licence?.file
    const licence = typeof file === 'string' ? await readFile(join(dir, file), 'utf8').catch(() => '') : ''
    if (typeof file === 'string' && !licence) {
      syntaxErrors.push({
        file: join(dir, 'dataset.json'),
        line: 1,
        column: 1,
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
  return { files, documents, syntaxErrors }
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
