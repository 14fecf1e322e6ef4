// What other sites embed: the iframe card, its resize script and the SVG chart, mounted at /embed.
import { Hono } from 'hono'
import type { Library } from '../domain/library'
import { DATA, PAGE } from '../http/cache-control'
import type { Represent } from '../http/representation'
import { HTML, SCRIPT, send } from '../http/respond'
import { articleParam, embedQueryParam } from '../http/validate'
import { EmbedCard } from '../views/embed-card'
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

  return embeds
}
