// Reading one data file against its schema, with each problem reported as "file: field: reason".
import * as v from 'valibot'

/** A data file as read: its path (for error messages) and its parsed JSON. */
export type DataFile = { path: string; json: unknown }

/** The folder a data file sits in: an article's slug or a dataset's id. */
export const folderOf = (file: DataFile) => file.path.split('/').at(-2) ?? ''

export type Fail = (file: DataFile, field: string, reason: string) => void

/** The file's content as its schema types it, or undefined with each issue reported. */
export function parse<S extends v.GenericSchema>(
  schema: S,
  file: DataFile,
  fail: Fail,
): v.InferOutput<S> | undefined {
  const result = v.safeParse(schema, file.json)
  if (result.success) return result.output
  for (const issue of result.issues) fail(file, v.getDotPath(issue) ?? '(top level)', reasonFor(issue))
  return undefined
}

/** Valibot's message, reworded for an editor where it speaks of keys rather than fields. */
function reasonFor(issue: v.BaseIssue<unknown>): string {
  if (issue.type === 'strict_object' && issue.input !== undefined)
    return `${issue.message}: this field is not allowed here; check its spelling, or remove it`
  if (issue.kind === 'schema' && issue.received === 'undefined' && issue.expected?.startsWith('"'))
    return `${issue.message}: this required field is missing; add it`
  return issue.message
}
