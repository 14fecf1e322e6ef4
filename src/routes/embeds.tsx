// What other sites embed: the iframe card, its resize script and the SVG chart, mounted at /embed.
import { Hono } from 'hono'
import { type Library, selectFigures, selectReports } from '../domain/library'
import { DATA, PAGE } from '../http/cache-control'
import type { Represent } from '../http/representation'
import { HTML, SCRIPT, SVG, send } from '../http/respond'
import { articleParam, chartQueryParam, embedQueryParam } from '../http/validate'
import { EmbedCard } from '../views/embed-card'
import { FiguresChart } from '../views/figures-chart'
import { PROVIDER_NAME } from '../views/oembed'
import { RESIZE_JS } from '../views/resize-script'

export function embedRoutes(library: Library, represent: Represent) {
  const embeds = new Hono()

  // Registered before /:slug, which would otherwise take "resize.js" for a slug.
  embeds.get('/resize.js', async (c) =>
    send(c, await represent('embed:resize', () => RESIZE_JS), SCRIPT, DATA),
  )

  embeds.get('/:slug', articleParam(library), embedQueryParam(), async (c) => {
    const { article } = c.req.valid('param')
    const { theme } = c.req.valid('query')
    const origin = new URL(c.req.url).origin
    const body = await represent(
      `embed:${origin}:${article.slug}:${theme}`,
      () => `<!DOCTYPE html>${<EmbedCard article={article} origin={origin} theme={theme} />}`,
    )
    return send(c, body, HTML, PAGE)
  })

  // One report (the latest unless ?report= names another), optionally limited to some categories.
  embeds.get('/:slug/chart.svg', articleParam(library), chartQueryParam(library), async (c) => {
    const { article } = c.req.valid('param')
    const { category, report = 'latest', theme } = c.req.valid('query')
    const shown = selectReports(article, report)[0]
    if (!shown) return c.notFound()
    const key = `embed:chart:${article.slug}:${[...(category ?? [])].sort()}:${shown.date}:${theme}`
    const body = await represent(key, () => {
      const figures = selectFigures(article, { categories: category, report: shown.date })
      const chart = (
        <FiguresChart report={shown} figures={figures} theme={theme} site={PROVIDER_NAME} standalone />
      )
      return `<?xml version="1.0" encoding="UTF-8"?>\n${chart}`
    })
    return send(c, body, SVG, DATA)
  })

  return embeds
}
