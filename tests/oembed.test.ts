import { describe, expect, it } from 'vitest'
import { FEATURED, fetchWorker, ORIGIN } from './helpers'

const oembed = (url: string, extra = '') => fetchWorker(`/oembed?url=${encodeURIComponent(url)}${extra}`)
const ARTICLE = `${ORIGIN}/articles/${FEATURED}`

type Oembed = { version: string; type: string; html: string; width: number; height: number; title: string }

describe('GET /oembed', () => {
  it('answers oEmbed 1.0 rich JSON with an iframe of the card', async () => {
    const res = await oembed(ARTICLE, '&format=json')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin')
    expect(res.headers.get('cache-control')).toBe('public, max-age=3600, stale-while-revalidate=86400')
    const body = (await res.json()) as Oembed
    expect(body).toMatchObject({ version: '1.0', type: 'rich', width: 600, provider_url: `${ORIGIN}/` })
    expect(body.title).toContain('Russia lost 350 troops')
    expect(body.html).toBe(
      `<blockquote style="display:none"><a href="${ARTICLE}">${body.title.replaceAll("'", '&#39;')}</a> (figures according to Ukraine&#39;s General Staff, not independently verified)</blockquote><iframe src="${ORIGIN}/embed/${FEATURED}" title="Figures: ${body.title.replaceAll("'", '&#39;')}" width="600" height="${body.height}" style="border:0;width:100%;max-width:600px" loading="lazy"></iframe>`,
    )
    const etag = res.headers.get('etag') ?? ''
    const again = await oembed(ARTICLE, '&format=json').then(() =>
      fetchWorker(`/oembed?url=${encodeURIComponent(ARTICLE)}&format=json`, {
        headers: { 'If-None-Match': etag },
      }),
    )
    expect(again.status).toBe(304)
    const head = await fetchWorker(`/oembed?url=${encodeURIComponent(ARTICLE)}&format=json`, {
      method: 'HEAD',
    })
    expect(head.status).toBe(200)
    expect(head.headers.get('etag')).toBe(etag)
  })

  it.each([
    `${ORIGIN}/`,
    `${ORIGIN}`,
    ARTICLE,
    `${ARTICLE}/`,
    `${ARTICLE}?utm_source=x#figures`,
    `${ORIGIN}/embed/${FEATURED}`,
    `http://example.com/embed/${FEATURED}?theme=light`,
  ])('knows %s as the article', async (url) => {
    const res = await oembed(url)
    expect(res.status).toBe(200)
    expect(((await res.json()) as Oembed).html).toContain(`src="${ORIGIN}/embed/${FEATURED}`)
  })

  it('keeps the theme of a card address', async () => {
    const body = (await (await oembed(`${ORIGIN}/embed/${FEATURED}?theme=dark`)).json()) as Oembed
    expect(body.html).toContain(`src="${ORIGIN}/embed/${FEATURED}?theme=dark"`)
  })

  it.each(['dark', 'auto'])(
    'takes theme=%s like the card, and it wins over a card address’s own',
    async (theme) => {
      const body = (await (await oembed(ARTICLE, `&theme=${theme}`)).json()) as Oembed
      expect(body.html).toContain(`src="${ORIGIN}/embed/${FEATURED}?theme=${theme}"`)
      const card = (await (
        await oembed(`${ORIGIN}/embed/${FEATURED}?theme=light`, `&theme=${theme}`)
      ).json()) as Oembed
      expect(card.html).toContain(`src="${ORIGIN}/embed/${FEATURED}?theme=${theme}"`)
    },
  )

  it('answers 400 naming a theme it does not know, and the themes allowed', async () => {
    const res = await oembed(ARTICLE, '&theme=sepia')
    expect(res.status).toBe(400)
    const body = (await res.json()) as { 'invalid-params': { name: string; allowed: string[] }[] }
    expect(body['invalid-params'][0]).toMatchObject({ name: 'theme', allowed: ['light', 'dark', 'auto'] })
  })

  it('gives every width the height of the card in the narrowest column, so no script is needed', async () => {
    const wide = (await (await oembed(ARTICLE)).json()) as Oembed
    const narrow = (await (await oembed(ARTICLE, '&maxwidth=300')).json()) as Oembed
    expect([wide.width, narrow.width]).toEqual([600, 300])
    expect(wide.height).toBe(narrow.height)
  })

  it('honours maxwidth and maxheight', async () => {
    const body = (await (await oembed(ARTICLE, '&maxwidth=300&maxheight=200')).json()) as Oembed
    expect(body.width).toBe(300)
    expect(body.height).toBe(200)
    expect(body.html).toContain('width="300" height="200"')
    const roomy = (await (await oembed(ARTICLE, '&maxwidth=2000&maxheight=5000')).json()) as Oembed
    expect(roomy.width).toBe(600)
    expect(roomy.height).toBeLessThan(5000)
  })

  it.each([
    'https://elsewhere.example/articles/russia-lost-350-troops-in-one-day',
    `${ORIGIN}/articles/no-such-article`,
    `${ORIGIN}/api/v1/articles/${FEATURED}`,
    `${ORIGIN}/embed/${FEATURED}/chart.svg`,
    `${ORIGIN}/articles/%E0%A4%A`,
    `ftp://example.com/articles/${FEATURED}`,
  ])('answers 404 problem for %s, which is not an article here', async (url) => {
    const res = await oembed(url)
    expect(res.status).toBe(404)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
  })

  it('answers 501 for format=xml', async () => {
    const res = await oembed(ARTICLE, '&format=xml')
    expect(res.status).toBe(501)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
    expect(((await res.json()) as { title: string }).title).toBe('Not Implemented')
  })

  it('answers 400 saying plainly that url is required when it is missing', async () => {
    const res = await fetchWorker('/oembed?maxwidth=300')
    expect(res.status).toBe(400)
    const body = (await res.json()) as { detail: string; 'invalid-params': { reason: string }[] }
    expect(body.detail).toBe('url is required.')
    expect(body['invalid-params'][0]?.reason).toBe('is required')
  })

  it.each([
    ['', 'url', ''],
    ['url=not%20a%20url', 'url', 'not a url'],
    [`url=${encodeURIComponent(ARTICLE)}&format=yaml`, 'format', 'yaml'],
    [`url=${encodeURIComponent(ARTICLE)}&maxwidth=wide`, 'maxwidth', 'wide'],
    [`url=${encodeURIComponent(ARTICLE)}&maxheight=-5`, 'maxheight', '-5'],
    [`url=${encodeURIComponent(ARTICLE)}&maxheight=0`, 'maxheight', '0'],
    [`url=${encodeURIComponent(ARTICLE)}&maxwidth=1.5`, 'maxwidth', '1.5'],
    [`url=${encodeURIComponent(ARTICLE)}&url=${encodeURIComponent(ARTICLE)}`, 'url', `["${ARTICLE}",`],
  ])('answers 400 naming the parameter for ?%s', async (query, name, value) => {
    const res = await fetchWorker(`/oembed?${query}`)
    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
    const body = (await res.json()) as { 'invalid-params': { name: string; value: string }[] }
    expect(body['invalid-params'][0]?.name).toBe(name)
    // Long values are shortened in the problem, so compare the start.
    expect(body['invalid-params'][0]?.value.startsWith(value)).toBe(true)
  })
})

describe('oEmbed discovery', () => {
  it.each([`/articles/${FEATURED}`, '/', `/embed/${FEATURED}`])(
    '%s links to its oEmbed answer',
    async (path) => {
      const html = await (await fetchWorker(path)).text()
      const href = `${ORIGIN}/oembed?url=${encodeURIComponent(ARTICLE)}&amp;format=json`
      expect(html).toContain(`<link rel="alternate" type="application/json+oembed" href="${href}"`)
    },
  )
})
