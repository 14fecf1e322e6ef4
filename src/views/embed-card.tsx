// The compact card other sites put in an <iframe>: the figures the article quotes, who claims them, and the way
// back to the article. It reads without JavaScript; /embed/resize.js only reports its height to the host page.
import { type Article, cardFigures } from '../domain/library'
import type { Theme } from '../site'
import { datasetCredit } from './charts/chart-frame'
import { FigureRow } from './figure-row'
import { formatDate, formatDateShort } from './format'
import { ROLE_LABELS } from './labels'
import { CARD_CSS } from './styles'
import { articleUrls } from './urls'

export function EmbedCard({ article, origin, theme }: { article: Article; origin: string; theme: Theme }) {
  const urls = articleUrls(origin, article.slug)
  const latest = article.reports.at(-1)
  const shown = cardFigures(article)
  const since = shown.find((f) => f.changeSince)?.changeSince
  return (
    <html lang="en" data-theme={theme} data-slug={article.slug}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{article.headline}</title>
        <meta name="robots" content="noindex" />
        <link rel="canonical" href={urls.page} />
        <link rel="alternate" type="application/json+oembed" href={urls.oembed} title={article.headline} />
        <style dangerouslySetInnerHTML={{ __html: CARD_CSS }} />
        <script src="/embed/resize.js" defer />
      </head>
      <body>
        {/* Named, so it stays a distinct landmark inside the host page's own <main>. */}
        <main aria-labelledby="card-headline">
          <h1 id="card-headline">
            <a href={urls.page} target="_top">
              {article.headline}
            </a>
          </h1>
          {latest && (
            // Right under the headline, so no frame height can cut the attribution off.
            <p class="source">
              According to {latest.source.shortName}, {ROLE_LABELS[latest.source.role]}; not independently
              verified. Figures as of{' '}
              <time datetime={article.figuresAsOf}>{formatDate(article.figuresAsOf)}</time>.
              {article.dataset && ` ${datasetCredit(article.dataset)}`}
            </p>
          )}
          {latest && shown.length > 0 && (
            <table>
              <caption>
                Russian losses since the invasion began, as claimed
                {since && (
                  <>
                    ; change since <time datetime={since}>{formatDateShort(since)}</time>
                  </>
                )}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Category</th>
                  <th scope="col">Total</th>
                  <th scope="col">Change</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((figure) => (
                  <FigureRow figures={[figure]} />
                ))}
              </tbody>
            </table>
          )}
          <p class="more">
            <a href={urls.page} target="_top">
              Read the article and every figure
            </a>{' '}
            ·{' '}
            <a href={urls.csv} target="_top">
              Data (CSV)
            </a>
          </p>
        </main>
      </body>
    </html>
  )
}
