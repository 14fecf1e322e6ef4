import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { headersFileFor } from './headers-file'
import { dataAnswerHeaders, FEATURED, fetchWorker, inlineStyleSource, ORIGIN } from './helpers'

describe('GET /embed/{slug}', () => {
  it('answers a frameable HTML card with the quoted figures, their change, the source and the date', async () => {
    const res = await fetchWorker(`/embed/${FEATURED}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(res.headers.get('cache-control')).toMatch(/^public, max-age=\d+/)
    expect(res.headers.get('etag')).toMatch(/^"[\w-]+"$/)
    const html = await res.text()
    expect(html).toContain(
      '<html lang="en" data-theme="light" data-slug="russia-lost-350-troops-in-one-day">',
    )
    expect(html).toContain('According to Ukraine&#39;s General Staff')
    expect(html).toContain('not independently verified')
    expect(html).toContain('<time datetime="2022-09-14">Sept. 14, 2022</time>')
    expect(html).toMatch(/Personnel<\/th><td>about 53,650<\/td><td>\+350<\/td>/)
    expect(html).toMatch(/Tanks<\/th><td>2,180<\/td><td>\+5<\/td>/)
    // Only the figures the article quotes.
    expect(html).not.toContain('Cruise missiles')
    expect(html).toContain(`<a href="${ORIGIN}/articles/${FEATURED}" target="_top">`)
    expect(html).toContain('<script src="/embed/resize.js" defer=""></script>')
  })

  it('may be framed by any site, and runs only our own script file', async () => {
    const res = await fetchWorker(`/embed/${FEATURED}`)
    expect(res.headers.get('x-frame-options')).toBeNull()
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin')
    const csp = res.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("default-src 'none'")
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain(`style-src ${await inlineStyleSource(await res.text())}`)
    expect(csp).toContain('frame-ancestors *')
    expect(csp).not.toContain('unsafe-inline')
  })

  it('keeps the article page itself unframeable', async () => {
    const res = await fetchWorker(`/articles/${FEATURED}`)
    expect(res.headers.get('x-frame-options')).toBe('DENY')
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
  })

  it.each(['light', 'dark', 'auto'])('accepts ?theme=%s', async (theme) => {
    const res = await fetchWorker(`/embed/${FEATURED}?theme=${theme}`)
    expect(res.status).toBe(200)
    expect(await res.text()).toContain(`data-theme="${theme}"`)
  })

  it.each([
    ['purple', 'purple'],
    ['', ''],
    ['light&theme=dark', '["light","dark"]'],
  ])('answers 400 naming theme for ?theme=%s', async (query, value) => {
    const res = await fetchWorker(`/embed/${FEATURED}?theme=${query}`)
    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
    const body = (await res.json()) as { detail: string; 'invalid-params': unknown[] }
    expect(body['invalid-params']).toEqual([
      expect.objectContaining({ name: 'theme', in: 'query', value, allowed: ['light', 'dark', 'auto'] }),
    ])
    expect(body.detail).toContain('theme')
  })

  it('answers 304 to a matching If-None-Match, and HEAD with no body', async () => {
    const first = await fetchWorker(`/embed/${FEATURED}?theme=dark`)
    const etag = first.headers.get('etag') ?? ''
    const again = await fetchWorker(`/embed/${FEATURED}?theme=dark`, { headers: { 'If-None-Match': etag } })
    expect(again.status).toBe(304)
    expect(again.headers.get('etag')).toBe(etag)
    const head = await fetchWorker(`/embed/${FEATURED}?theme=dark`, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.headers.get('etag')).toBe(etag)
    expect(await head.text()).toBe('')
  })

  it('answers 404 for an unknown article', async () => {
    const res = await fetchWorker('/embed/no-such-article')
    expect(res.status).toBe(404)
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
  })
})

describe('/embed/resize.js, a file the asset layer serves (public/)', () => {
  it('posts the agreed messages, with the headers of the Worker’s own answers for programs', async () => {
    const res = await env.ASSETS.fetch(`${ORIGIN}/embed/resize.js`)
    expect(res.status).toBe(200)
    const script = await res.text()
    expect(script).toContain(
      "window.parent.postMessage({ type: 'article-edge:height', slug: slug, height: height }, '*')",
    )
    // WordPress's embed protocol (wp-includes/js/wp-embed.js): the height with the secret from the address.
    expect(script).toContain(
      "window.parent.postMessage({ message: 'height', value: height, secret: secret }, '*')",
    )
    expect(Object.fromEntries(headersFileFor('/embed/resize.js'))).toEqual(await dataAnswerHeaders())
  })
})
