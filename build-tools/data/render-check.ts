// The last part of the check: every article page, archive page, feed page and the sitemap rendered by the real app,
// in Node, so data that passes cannot make a route fail or a page too big for the Worker to keep.
import { join } from 'node:path'
import { createApp } from '../../src/app'
import { assetLibrary } from '../../src/data/asset-library'
import type { Article } from '../../src/domain/library'
import { MAX_KEPT_ANSWER_BYTES } from '../../src/http/kept-answers'
import { styleSources } from '../../src/http/security'
import { codeFingerprint, passedChecks, sha256 } from '../passed-checks'
import { memoryAssets } from './assets'
import { archivePages } from './derive'
import type { BuiltData, Problem } from './load'

const ORIGIN = 'https://example.com'
const utf8 = new TextEncoder()
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`

/** The longest text of an article's words, as a field path in its article.json. */
function longestField(article: Article): { field: string; length: number } {
  let longest = { field: 'headline', length: 0 }
  const visit = (value: unknown, field: string) => {
    if (typeof value === 'string' && value.length > longest.length) longest = { field, length: value.length }
    else if (Array.isArray(value))
      value.forEach((item, i) => {
        visit(item, `${field}.${i}`)
      })
  }
  for (const key of ['headline', 'description', 'keyPoints', 'paragraphs'] as const) visit(article[key], key)
  for (const key of ['leadPhotoCaption', 'closingPhotoCaption'] as const) visit(article[key], key)
  return longest
}

/**
 * @example const problems = await renderProblems(buildData(files), 'data')
 */
export async function renderProblems(built: BuiltData, root: string): Promise<Problem[]> {
  const ASSETS = memoryAssets(built)
  // A page is rendered from the code and its own data only (an article page: its article and the datasets its
  // charts read; an archive or feed page: its part of the archive), so one that passed with the same is skipped.
  const checked = passedChecks('checked-pages')
  const code = codeFingerprint()
  const datasets = sha256(JSON.stringify(built.datasets))
  const app = createApp({ library: assetLibrary(ASSETS), styles: await styleSources() })
  const problems: Problem[] = []
  // The app logs what it cannot render (and answers 500); the check reports it against the data instead.
  const errors: unknown[] = []
  const log = console.error
  console.error = (error: unknown) => errors.push(error)
  try {
    const get = async (path: string, file: string, field: string) => {
      errors.length = 0
      const res = await app.request(`${ORIGIN}${path}`, {}, { ASSETS })
      const body = new Uint8Array(await res.arrayBuffer())
      if (res.status !== 200) {
        const why = errors.map((e) => (e instanceof Error ? e.message : String(e))).join('; ')
        problems.push({ file, field, reason: `GET ${path} answers ${res.status}${why ? `: ${why}` : ''}` })
      }
      return { res, body }
    }
    for (const article of built.articles) {
      const key = sha256(code, datasets, JSON.stringify(article))
      if (checked.passed(key)) continue
      const found = problems.length
      const file = join(root, 'articles', article.slug, 'article.json')
      const path = `/articles/${article.slug}`
      const { res, body } = await get(path, file, '(page)')
      // Counted as the kept-answers layer counts an answer: its address, every header, and the body.
      let bytes = utf8.encode(`${ORIGIN}${path}`).byteLength + body.byteLength
      res.headers.forEach((value, name) => {
        bytes += utf8.encode(name).byteLength + utf8.encode(value).byteLength
      })
      if (bytes > MAX_KEPT_ANSWER_BYTES) {
        const { field, length } = longestField(article)
        problems.push({
          file,
          field,
          reason: `makes the page ${path} ${megabytes(bytes)}; the Worker keeps pages of at most ${megabytes(MAX_KEPT_ANSWER_BYTES)} and would render this one anew for every reader: shorten the article (its longest field, here, has ${length.toLocaleString('en')} characters)`,
        })
      }
      if (problems.length === found) checked.pass(key)
    }
    const site = join(root, 'site.json')
    for (const archive of archivePages(built.articles)) {
      const key = sha256(code, JSON.stringify(archive))
      if (checked.passed(key)) continue
      const found = problems.length
      await get(`/articles?page=${archive.page}`, site, '(archive)')
      await get(`/feed.xml?page=${archive.page}`, site, '(feed)')
      if (problems.length === found) checked.pass(key)
    }
    await get('/sitemap.xml', site, '(sitemap)')
  } finally {
    console.error = log
  }
  checked.save()
  return problems
}
