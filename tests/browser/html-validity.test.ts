// Every HTML page the Worker serves passes the W3C Nu HTML Checker with zero errors.
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { articleSlugs, htmlErrors } from './checks'
import { articlePath, EMBED_THEMES, embedCardPath, FRONT_PATH, NOT_FOUND_PATH } from './routes'

const skip = inject('skipReason') !== ''
const origin = inject('workerOrigin')
const slugs = skip ? [] : await articleSlugs(origin)

const PAGES = [
  { path: FRONT_PATH, status: 200 },
  ...slugs.map((slug) => ({ path: articlePath(slug), status: 200 })),
  { path: NOT_FOUND_PATH, status: 404 },
  ...slugs.flatMap((slug) =>
    EMBED_THEMES.map((theme) => ({ path: embedCardPath(slug, theme), status: 200 })),
  ),
]

describe.skipIf(skip)('HTML validity (Nu HTML Checker)', () => {
  let errors: Record<string, string[]>
  // One Java run for every page: starting the checker costs more than checking.
  beforeAll(async () => {
    const documents: Record<string, string> = {}
    for (const { path, status } of PAGES) {
      const res = await fetch(`${origin}${path}`)
      expect(res.status, path).toBe(status)
      expect(res.headers.get('content-type'), path).toMatch(/^text\/html/)
      documents[path] = await res.text()
    }
    errors = await htmlErrors(documents)
  })

  it.each(PAGES)('GET $path is valid HTML', ({ path }) => {
    expect(errors[path]).toEqual([])
  })
})
