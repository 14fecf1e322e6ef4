// The data check: every file read, validated and cross-checked, then every article page rendered as the Worker
// renders it, each problem as one line an editor can act on.
import { register } from 'node:module'
import { type BuiltData, buildData, DataError, type Problem } from './load'
import { type Located, locate, readDataFolder } from './read-folder'

/** The data built, or every problem with its place. */
type Checked = { built: BuiltData; problems: [] } | { built?: undefined; problems: Located[] }

/** @example const { built, problems } = await checkData('data', { pages: true }) */
async function checkData(root: string, { pages }: CheckOptions): Promise<Checked> {
  const { files, documentOf, problems, unreadable } = await readDataFolder(root)
  if (unreadable) return { problems: sorted(problems) }
  const located = (found: Problem[]) => found.map((p) => ({ ...p, ...locate(documentOf(p.file), p.field) }))
  let built: BuiltData
  try {
    built = buildData(files)
  } catch (error) {
    if (!(error instanceof DataError)) throw error
    return { problems: sorted([...problems, ...located(error.problems)]) }
  }
  if (!pages) return problems.length ? { problems: sorted(problems) } : { built, problems: [] }
  // Rendering needs the app, whose stylesheets import as text: hooked in first, then the app imported.
  register('../text-imports.mjs', import.meta.url)
  const { renderProblems } = await import('./render-check')
  const rendered = located(await renderProblems(built, root))
  const all = [...problems, ...rendered]
  return all.length ? { problems: sorted(all) } : { built, problems: [] }
}

const sorted = (problems: Located[]) =>
  problems.sort((a, b) =>
    a.file === b.file ? a.line - b.line || a.column - b.column : a.file < b.file ? -1 : 1,
  )

/** `file:line:column: field: what is wrong`, the shape editors and terminals turn into links. */
const formatProblem = (p: Located) => `${p.file}:${p.line}:${p.column}: ${p.field}: ${p.reason}`

/**
 * `pages: false` skips rendering every page (about 5 ms of CPU an article), for a step that runs after the data
 * build has checked them (the images).
 */
type CheckOptions = { pages: boolean }

/** Prints the problems and exits 1 if there are any; used by `npm run check` and the build. */
export async function checkOrExit(root: string, options: CheckOptions = { pages: true }): Promise<BuiltData> {
  const { built, problems } = await checkData(root, options)
  if (built) return built
  const heading = `The data has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was built:`
  // Exits once all is written: a pipe takes output asynchronously, and an early exit would cut it short.
  const text = `${[heading, ...problems.map(formatProblem)].join('\n')}\n`
  await new Promise((written) => process.stderr.write(text, written))
  process.exit(1)
}
