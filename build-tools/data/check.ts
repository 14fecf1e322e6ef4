// The data check: every file read, validated and cross-checked, each problem as one line an editor can act on.
import { type BuiltData, buildData, DataError } from './load'
import { type Located, locate, readDataFolder } from './read-folder'

/** The data built, or every problem with its place. */
type Checked = { built: BuiltData; problems: [] } | { built?: undefined; problems: Located[] }

/** @example const { built, problems } = await checkData('data') */
async function checkData(root: string): Promise<Checked> {
  const { files, documents, syntaxErrors } = await readDataFolder(root)
  if (syntaxErrors.length) return { problems: syntaxErrors }
  try {
    return { built: buildData(files), problems: [] }
  } catch (error) {
    if (!(error instanceof DataError)) throw error
    const problems = error.problems.map((p) => ({ ...p, ...locate(documents.get(p.file), p.field) }))
    problems.sort((a, b) =>
      a.file === b.file ? a.line - b.line || a.column - b.column : a.file < b.file ? -1 : 1,
    )
    return { problems }
  }
}

/** `file:line:column: field: what is wrong`, the shape editors and terminals turn into links. */
const formatProblem = (p: Located) => `${p.file}:${p.line}:${p.column}: ${p.field}: ${p.reason}`

/** Prints the problems and exits 1 if there are any; used by `npm run check` and the build. */
export async function checkOrExit(root: string): Promise<BuiltData> {
  const { built, problems } = await checkData(root)
  if (built) return built
  console.error(
    `The data has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was built:`,
  )
  for (const problem of problems) console.error(formatProblem(problem))
  process.exit(1)
}
