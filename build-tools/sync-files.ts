// Writing build outputs so that a build after a small change touches few files: a file is written only when its
// text differs from what it holds, and files a build no longer makes are removed by the step that made them.
import { existsSync, readdirSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'

/** Writes the text to the file unless the file holds it already. */
export async function writeChanged(file: string, text: string): Promise<void> {
  if ((await readFile(file, 'utf8').catch(() => undefined)) === text) return
  await mkdir(dirname(file), { recursive: true })
  await writeFile(file, text)
}

/**
 * `each` over the items, 64 at a time, results in order: an archive's reads and writes overlap without opening
 * 20,000 files at once.
 * @example const texts = await inBatches(slugs, (slug) => readFile(join(out, dataPaths.article(slug)), 'utf8'))
 */
export async function inBatches<T, R>(
  items: T[],
  each: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = []
  for (let i = 0; i < items.length; i += 64)
    results.push(...(await Promise.all(items.slice(i, i + 64).map((item, j) => each(item, i + j)))))
  return results
}

/** Every file in a folder and its subfolders, as paths under it; none when there is no folder. */
export const filesUnder = (folder: string): string[] =>
  existsSync(folder)
    ? readdirSync(folder, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name))
    : []
