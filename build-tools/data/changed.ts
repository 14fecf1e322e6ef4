// When each article last changed, as the repository knows it, for the feed's and the sitemap's times: never a
// time of day made up from a date. See docs/data-editing.md, "When an article changed".
import { execFileSync } from 'node:child_process'
import { statSync } from 'node:fs'
import { join } from 'node:path'

/** RFC 3339 in UTC to the second, so the times sort as text. @example utc('2026-12-02T03:04:05+01:00') */
const utc = (time: string | Date) => new Date(time).toISOString().replace(/\.\d+Z$/, 'Z')

/** git's answer in `cwd`, or undefined where git is missing or the folder is not in a repository. */
function git(cwd: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: 'pipe' })
  } catch {
    return undefined
  }
}

/**
 * For each article folder under `{root}/articles/`, the time of the last commit that touched it (committer time).
 * A folder with changes not yet committed, or a data folder outside a git repository (a tarball, a generated
 * archive), gets its files' newest modification time: when they were last written there. `notes` says which.
 * @example const { times } = articleChanges('data', ['russia-lost-350-troops-in-one-day'], ['article.json'])
 */
export function articleChanges(
  root: string,
  slugs: string[],
  files: string[],
): { times: Map<string, string>; notes: string[] } {
  const times = new Map<string, string>()
  const notes: string[] = []
  // One pass over the history, newest first: the first commit that names a folder's file is its last change, as
  // `git log -1 -- {folder}` finds it (a merge counts where its result differs from every parent).
  const log = git(root, [
    'log',
    '--diff-merges=dense-combined',
    '--format=%x00%cI',
    '--name-only',
    '--relative',
    '--',
    'articles',
  ])
  if (log === undefined) notes.push(`${root} is not in a git repository: article times are file times`)
  else if (git(root, ['rev-parse', '--is-shallow-repository'])?.trim() === 'true')
    notes.push('shallow clone: article times are at most as old as its oldest commit')
  for (const commit of (log ?? '').split('\0').slice(1)) {
    const [time = '', ...paths] = commit.trim().split('\n')
    for (const path of paths) {
      // A merge's files are named from the repository's root (combined diffs ignore --relative).
      const slug = /(?:^|\/)articles\/([^/]+)\/[^/]+$/.exec(path)?.[1]
      if (slug && !times.has(slug)) times.set(slug, utc(time))
    }
  }
  const edited = git(root, ['status', '--porcelain', '--untracked-files=all', '--', 'articles']) ?? ''
  const uncommitted = new Set([...edited.matchAll(/articles\/([^/\s]+)\//g)].map((m) => m[1]))
  for (const slug of slugs) {
    if (times.has(slug) && !uncommitted.has(slug)) continue
    const written = Math.max(
      ...files.map(
        (file) => statSync(join(root, 'articles', slug, file), { throwIfNoEntry: false })?.mtimeMs ?? 0,
      ),
    )
    // A missing file fails the data check, which names it.
    if (written > 0) times.set(slug, utc(new Date(written)))
  }
  return { times, notes }
}
