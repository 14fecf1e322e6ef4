// The article's two charts as figures on its page: the daily series for context beside the paragraph with the
// one-day figure, and the report's figures after the text. Each links its SVG, its PNG and its data.

import type { ArticleImage } from '../data/article-images'
import type { Article } from '../domain/library'
import { SITE_NAME } from '../site'
import { ChartFigure, type ChartLink } from './chart-figure'
import { ChartFrame, datasetCredit } from './charts/chart-frame'
import { contextParts, type DailyIncrease } from './charts/context-chart'
import type { ArticleContext } from './charts/context-data'
import { leadFigure } from './charts/lead-figure'
import { figuresParts } from './figures-chart'
import { formatChange, formatDate, formatDateShort, formatMonth, formatNumber } from './format'
import { articleUrls } from './urls'

const png = (origin: string, image: ArticleImage | undefined): ChartLink[] =>
  image ? [{ href: `${origin}${image.path}`, label: `PNG (${image.width}×${image.height} px)` }] : []

/**
 * The paragraph the context chart follows: the first that states the lead figure's change as the article writes
 * numbers ("350"); -1 when none does.
 */
export function contextParagraph(article: Article): number {
  const change = leadFigure(article)?.change
  if (change === null || change === undefined) return -1
  const stated = new RegExp(
    `(^|[^\\d,.])${formatNumber(Math.abs(change)).replace(/[.,]/g, '\\$&')}(?![\\d,]\\d)`,
  )
  return article.paragraphs.findIndex((p) => stated.test(p))
}

export function ContextFigure({
  article,
  context,
  origin,
  image,
}: {
  article: Article
  context: ArticleContext
  origin: string
  image?: ArticleImage
}) {
  const day = formatDateShort(context.marked)
  const parts = contextParts({ ...context, id: 'context' })
  return (
    <ChartFigure
      id="context-chart"
      kicker="Set into the article by this site: not part of the original."
      parts={parts}
      values={<DailyValues days={context.days} subject={context.subject} />}
      howToRead={`How to read it: each column is one report's rise over the report before; the labelled column is ${day}, the day this article reports.`}
      links={[
        { href: `${articleUrls(origin, article.slug).embed}/context.svg`, label: 'Chart as SVG' },
        ...png(origin, image),
        {
          href: `${origin}/api/v1/datasets/${context.datasetId}/reports.csv`,
          label: 'the daily series (CSV)',
        },
        {
          href: `${articleUrls(origin, article.slug).embed}/equipment.svg`,
          label: 'the equipment it quotes, day by day',
        },
      ]}
    >
      <ChartFrame parts={parts} theme="auto" id="context" />
    </ChartFigure>
  )
}

export function SnapshotFigure({
  article,
  origin,
  image,
}: {
  article: Article
  origin: string
  image?: ArticleImage
}) {
  const latest = article.reports.at(-1)
  if (!latest) return null
  const since = latest.figures.find((f) => f.changeSince)?.changeSince
  const urls = articleUrls(origin, article.slug)
  const parts = figuresParts({
    report: latest,
    figures: latest.figures,
    theme: 'auto',
    site: SITE_NAME,
    credit: article.dataset && datasetCredit(article.dataset),
  })
  return (
    <ChartFigure
      id="snapshot-chart"
      parts={parts}
      howToRead={`How to read it: each bar is one category's claimed total; bars in one panel share the scale under them, and the change since ${since ? formatDate(since) : 'the report before'} is set beside each total.`}
      links={[
        { href: urls.chart, label: 'Chart as SVG' },
        ...png(origin, image),
        { href: urls.csv, label: 'its data (CSV)' },
      ]}
    >
      <ChartFrame parts={parts} theme="auto" id="snapshot" />
    </ChartFigure>
  )
}

/**
 * Every day's claimed rise without a download or a script, folded: a column per month and a row per day of the
 * month, like a calendar, so it takes a third of the rows a line per report would.
 */
function DailyValues({ days, subject }: { days: DailyIncrease[]; subject: string }) {
  const months = [...new Set(days.map((d) => d.date.slice(0, 7)))]
  const byDate = new Map(days.map((d) => [d.date, d]))
  const rise = (d: DailyIncrease | undefined) => {
    if (!d) return ''
    if (d.held) return 'held'
    return d.increase === null ? '–' : formatChange(d.increase)
  }
  return (
    <details class="chart-values">
      <summary>The rise, day by day</summary>
      {/* Above the table, not its caption: a caption is as wide as the table, which scrolls on a phone. */}
      <p class="chart-note" id="context-values">
        {`Claimed rise in ${subject}, by date of report. –: no report the day before; held: the total was given only as “more than” a number.`}
      </p>
      <section class="table-scroll" aria-labelledby="context-values" tabindex={0}>
        <table aria-labelledby="context-values">
          <thead>
            <tr>
              <th scope="col">Day</th>
              {months.map((month) => (
                <th scope="col">{formatMonth(`${month}-01`)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: 31 }, (_, i) => String(i + 1).padStart(2, '0')).map((day) => (
              <tr>
                <th scope="row">{Number(day)}</th>
                {months.map((month) => (
                  <td>{rise(byDate.get(`${month}-${day}`))}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </details>
  )
}
