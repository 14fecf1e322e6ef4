// The PNGs an article page links, checked over HTTP against a running Worker: each answers 200 image/png, with
// the asset layer's headers, at the size the page states for it.
import { expect } from 'vitest'
import { pngSize } from '../png-size'

/** Each PNG an article page links, with the size the page states: its og:image and each chart's PNG link. */
export async function linkedImages(origin: string, slug: string) {
  const html = await (await fetch(`${origin}/articles/${slug}`)).text()
  const meta = (property: string) =>
    html.match(new RegExp(`<meta property="${property}" content="([^"]*)"`))?.[1] ?? ''
  const og = {
    url: meta('og:image'),
    width: Number(meta('og:image:width')),
    height: Number(meta('og:image:height')),
  }
  const charts = [...html.matchAll(/<a href="([^"]*\.png)">PNG \((\d+)×(\d+) px\)<\/a>/g)].map(
    ([, url, w, h]) => ({
      url: url as string,
      width: Number(w),
      height: Number(h),
    }),
  )
  return { og, charts }
}

/** Requests a PNG as a crawler would, and checks what comes back against what the page stated. */
export async function expectImage(image: { url: string; width: number; height: number }) {
  const res = await fetch(image.url)
  expect(res.status, image.url).toBe(200)
  expect(res.headers.get('content-type'), image.url).toBe('image/png')
  expect(res.headers.get('cache-control'), image.url).toBe('public, max-age=31536000, immutable')
  expect(res.headers.get('cross-origin-resource-policy'), image.url).toBe('cross-origin')
  expect(res.headers.get('access-control-allow-origin'), image.url).toBe('*')
  expect(pngSize(new Uint8Array(await res.arrayBuffer())), image.url).toEqual({
    width: image.width,
    height: image.height,
  })
  return res
}
