// Every HTML page the Worker serves passes the W3C Nu HTML Checker with zero errors.
import { beforeAll, describe, expect, it } from 'vitest'
import { htmlErrors } from './checks'
import { EMBED_THEMES, embedCardPath, readerPages } from './routes'
import { origin, skip, slugs } from './suite'

const PAGES = [
  ...readerPages(slugs),
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
