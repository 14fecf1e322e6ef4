// Absolute addresses of everything published for one article, so pages, cards and the API link alike.

/** @example articleUrls('https://example.com', 'slug').csv // "https://example.com/api/v1/articles/slug/figures.csv" */
export function articleUrls(origin: string, slug: string) {
  const page = `${origin}/articles/${slug}`
  return {
    page,
    json: `${origin}/api/v1/articles/${slug}`,
    figures: `${origin}/api/v1/articles/${slug}/figures`,
    csv: `${origin}/api/v1/articles/${slug}/figures.csv`,
    embed: `${origin}/embed/${slug}`,
    chart: `${origin}/embed/${slug}/chart.svg`,
    resizeScript: `${origin}/embed/resize.js`,
    oembed: `${origin}/oembed?url=${encodeURIComponent(page)}&format=json`,
  }
}
