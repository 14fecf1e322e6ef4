// The PNGs the build drew for each article (scripts/render-images.ts), read from the list it writes into the
// data, so the Worker links them without drawing, hashing or bundling anything of them.
import * as v from 'valibot'
import { DataUnavailable } from '../domain/library'
import { dataPaths } from './asset-library'

/** Where the images live, both as static-asset files and as addresses. */
export const IMAGES_PREFIX = '/images'

export const ArticleImage = v.object({
  kind: v.picklist(['chart', 'context', 'equipment', 'og']),
  /** Site-absolute: /images/{slug}/{kind}.{fingerprint}.png */
  path: v.pipe(v.string(), v.startsWith(`${IMAGES_PREFIX}/`)),
  width: v.pipe(v.number(), v.integer(), v.minValue(1)),
  height: v.pipe(v.number(), v.integer(), v.minValue(1)),
  alt: v.string(),
})
export type ArticleImage = v.InferOutput<typeof ArticleImage>
export const ImageList = v.object({ images: v.array(ArticleImage) })

/**
 * The images the build listed for an article (drawn, or left to their first request). DataUnavailable when the
 * assets lack the list, which the build writes for every article. Read when a page is rendered, which kept answers
 * make once per address.
 * @example const images = await articleImageList(c.env.ASSETS, c.var.origin, article.slug)
 */
export async function articleImageList(
  assets: Fetcher,
  origin: string,
  slug: string,
): Promise<ArticleImage[]> {
  const path = dataPaths.images(slug)
  const res = await assets.fetch(new URL(path, origin))
  // Without it the page would quietly lose its images, its link preview among them.
  if (!res.ok) throw new DataUnavailable(path, `is missing from the static assets (${res.status})`)
  const list = v.safeParse(ImageList, await res.json().catch(() => undefined))
  if (!list.success) throw new DataUnavailable(path, 'is not the image list the build writes')
  return list.output.images
}
