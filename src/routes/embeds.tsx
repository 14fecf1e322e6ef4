// What other sites embed: the iframe card, its resize script and the SVG chart, mounted at /embed.
import { type Library, selectReports } from '../domain/library'
import { factory } from '../factory'
import { articleBySlug } from '../http/article'
import { DATA, PAGE } from '../http/cache-control'
import { kept } from '../http/kept-answers'
import { html, SCRIPT, send, svg } from '../http/respond'
import { cardQuery, chartQuery, themeQuery } from '../http/validate'
import { SITE_NAME } from '../site'
import RESIZE_JS from '../static/resize.js'
import { datasetCredit } from '../views/charts/chart-frame'
import { ContextChart } from '../views/charts/context-chart'
import { articleContext, articleEquipment } from '../views/charts/context-data'
import { SmallMultiples } from '../views/charts/small-multiples'
import { EmbedCard } from '../views/embed-card'
import { FiguresChart } from '../views/figures-chart'

export function embedRoutes(library: Library) {
  const embeds = factory.createApp()
  const bySlug = articleBySlug(library)

  // Registered before /:slug, which would otherwise take "resize.js" for a slug.
  embeds.get('/resize.js', kept(DATA), (c) => send(c, RESIZE_JS, SCRIPT))

  embeds.get('/:slug', kept(PAGE), bySlug, cardQuery, (c) => {
    const { theme } = c.req.valid('query')
    return html(c, <EmbedCard article={c.var.article} origin={c.var.origin} theme={theme} />)
  })

  // One report (the latest unless ?report= names another), optionally limited to some categories.
  embeds.get('/:slug/chart.svg', kept(DATA), bySlug, chartQuery, (c) => {
    const { article } = c.var
    const { category, report = 'latest', theme } = c.req.valid('query')
    const shown = selectReports(article, { category, report })[0]
    if (!shown) return c.notFound()
    return svg(
      c,
      <FiguresChart
        report={shown}
        figures={shown.figures}
        theme={theme}
        site={SITE_NAME}
        credit={article.dataset && datasetCredit(article.dataset)}
        standalone
      />,
    )
  })

  // The daily series the article's one-day figure comes from, with that day marked.
  embeds.get('/:slug/context.svg', kept(DATA), bySlug, themeQuery, async (c) => {
    const context = articleContext(c.var.article, await library.listDatasets(), SITE_NAME)
    if (!context) return c.notFound()
    const { theme } = c.req.valid('query')
    return svg(c, <ContextChart {...context} theme={theme} id="context" standalone />)
  })

  // The other figures the article quotes, each as its own daily series: small multiples.
  embeds.get('/:slug/equipment.svg', kept(DATA), bySlug, themeQuery, async (c) => {
    const equipment = articleEquipment(c.var.article, await library.listDatasets(), SITE_NAME)
    if (!equipment) return c.notFound()
    const { theme } = c.req.valid('query')
    return svg(c, <SmallMultiples {...equipment} theme={theme} id="equipment" standalone />)
  })

  return embeds
}
