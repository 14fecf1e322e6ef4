// What other sites embed: the iframe card and the SVG charts, mounted at /embed. The card's resize script is a
// static file (public/embed/resize.js) that the asset layer serves without the Worker.
import { type Library, selectReports } from '../domain/library'
import { factory } from '../factory'
import { articleBySlug } from '../http/article'
import { DATA, PAGE } from '../http/cache-control'
import { BAD_QUERY, describeRoute, ofPage, ofText } from '../http/describe'
import { kept } from '../http/kept-answers'
import { html, svg } from '../http/respond'
import { cardQuery, chartQuery, themeQuery } from '../http/validate'
import { SITE_NAME } from '../site'
import { datasetCredit } from '../views/charts/chart-frame'
import { ContextChart } from '../views/charts/context-chart'
import { articleContext, articleEquipment } from '../views/charts/context-data'
import { SmallMultiples } from '../views/charts/small-multiples'
import { EmbedCard } from '../views/embed-card'
import { FiguresChart } from '../views/figures-chart'

const NO_ARTICLE = ofPage('No article has this slug.')
const NO_SERIES = ofPage('No article has this slug, or no dataset gives it context.')

export function embedRoutes(library: Library) {
  const embeds = factory.createApp()
  const bySlug = articleBySlug(library)

  embeds.get(
    '/:slug',
    describeRoute(() => ({
      operationId: 'getEmbedCard',
      summary: 'An HTML card of the figures the article quotes, for an <iframe> on any site',
      tags: ['Embeds'],
      responses: { 200: ofPage('The card.'), 400: BAD_QUERY, 404: NO_ARTICLE },
    })),
    kept(PAGE, { query: cardQuery.names }),
    bySlug,
    cardQuery,
    (c) => {
      const { theme } = c.req.valid('query')
      return html(c, <EmbedCard article={c.var.article} origin={c.var.origin} theme={theme} />)
    },
  )

  // One report (the latest unless ?report= names another), optionally limited to some categories.
  embeds.get(
    '/:slug/chart.svg',
    describeRoute(() => ({
      operationId: 'getChart',
      summary: 'An SVG chart of one report’s figures (the latest unless report says otherwise)',
      tags: ['Embeds'],
      responses: { 200: ofText('image/svg+xml', 'The chart.'), 400: BAD_QUERY, 404: NO_ARTICLE },
    })),
    kept(DATA, { query: chartQuery.names }),
    bySlug,
    chartQuery,
    (c) => {
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
    },
  )

  // The daily series the article's one-day figure comes from, with that day marked.
  embeds.get(
    '/:slug/context.svg',
    describeRoute(() => ({
      operationId: 'getContextChart',
      summary: 'An SVG chart of the daily series the article’s one-day figure comes from, that day marked',
      tags: ['Embeds'],
      responses: { 200: ofText('image/svg+xml', 'The chart.'), 400: BAD_QUERY, 404: NO_SERIES },
    })),
    kept(DATA, { query: themeQuery.names }),
    bySlug,
    themeQuery,
    async (c) => {
      const context = articleContext(c.var.article, await library.listDatasets(), SITE_NAME)
      if (!context) return c.notFound()
      const { theme } = c.req.valid('query')
      return svg(c, <ContextChart {...context} theme={theme} id="context" standalone />)
    },
  )

  // The other figures the article quotes, each as its own daily series: small multiples.
  embeds.get(
    '/:slug/equipment.svg',
    describeRoute(() => ({
      operationId: 'getEquipmentChart',
      summary:
        'Small multiples: the daily series of each piece of equipment the article quotes, that day marked',
      tags: ['Embeds'],
      responses: { 200: ofText('image/svg+xml', 'The chart.'), 400: BAD_QUERY, 404: NO_SERIES },
    })),
    kept(DATA, { query: themeQuery.names }),
    bySlug,
    themeQuery,
    async (c) => {
      const equipment = articleEquipment(c.var.article, await library.listDatasets(), SITE_NAME)
      if (!equipment) return c.notFound()
      const { theme } = c.req.valid('query')
      return svg(c, <SmallMultiples {...equipment} theme={theme} id="equipment" standalone />)
    },
  )

  return embeds
}
