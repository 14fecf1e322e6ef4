// The numbers behind the article: the source's reports side by side with the change, then the other counts.
import type { Article, Report } from '../domain/library'
import { FigureRow } from './figure-row'
import { formatDate, formatDateShort, formatNumber } from './format'
import { KIND_LABELS, MEASURE_LABELS, ROLE_LABELS } from './labels'

function ReportHeading({ report }: { report: Report }) {
  return (
    <th scope="col">
      <time datetime={report.date}>{formatDateShort(report.date)}</time>
      {report.dayOfWar !== null && <span class="note"> (day {report.dayOfWar})</span>}
    </th>
  )
}

/** Rows of one group of categories: each row holds that category's figure in every report, oldest first. */
function FigureRows({
  article,
  ids,
  heading,
  columns,
}: {
  article: Article
  ids: string[]
  heading: string
  columns: number
}) {
  if (!ids.length) return null
  return (
    <tbody>
      <tr>
        <th scope="colgroup" colspan={columns}>
          {heading}
        </th>
      </tr>
      {ids.map((id) => (
        <FigureRow figures={article.reports.flatMap((r) => r.figures.filter((f) => f.category.id === id))} />
      ))}
    </tbody>
  )
}

export function FiguresSection({ article }: { article: Article }) {
  const latest = article.reports.at(-1)
  const source = latest?.source
  const quoted = article.categoryIds.filter((id) =>
    latest?.figures.some((f) => f.category.id === id && f.quotedInArticle),
  )
  const others = article.categoryIds.filter((id) => !quoted.includes(id))
  const columns = article.reports.length + 2
  return (
    <section aria-labelledby="figures">
      <h2 id="figures">The figures behind the article</h2>
      {latest && source && (
        <>
          <p>
            Russian losses since the invasion began, according to {source.shortName},{' '}
            {ROLE_LABELS[source.role]}. These are its claims and have not been independently verified.
          </p>
          <section class="table-scroll" aria-labelledby="reports-caption" tabindex={0}>
            <table>
              <caption id="reports-caption">
                Russian losses claimed by {source.shortName}, cumulative
                {source.countsFrom && <> since {formatDate(source.countsFrom)}</>}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Category</th>
                  {article.reports.map((report) => (
                    <ReportHeading report={report} />
                  ))}
                  <th scope="col">Change</th>
                </tr>
              </thead>
              <FigureRows
                article={article}
                ids={quoted}
                heading="Quoted in the article (•)"
                columns={columns}
              />
              <FigureRows
                article={article}
                ids={others}
                heading="Also in the full report"
                columns={columns}
              />
            </table>
          </section>
          <p class="source">
            Source: {source.name}, daily reports of{' '}
            {article.reports.map((r, i) => (
              <>
                {i > 0 && ' and '}
                <time datetime={r.date}>{formatDate(r.date)}</time>
              </>
            ))}
            {article.dataset && (
              <>
                , as compiled in the dataset “{article.dataset.name}” by {article.dataset.author} (
                {article.dataset.licence} licence)
              </>
            )}
            . “About” marks numbers the source gives as approximate.
            {latest.greatestLossesIn.length > 0 && (
              <>
                {' '}
                The source says the greatest losses were in the direction of{' '}
                {latest.greatestLossesIn.join(' and ')}.
              </>
            )}
          </p>
        </>
      )}
      {article.claims.length > 0 && (
        <>
          <h3 id="other-counts">Other counts in the article</h3>
          <p>
            These measure different things (deaths, deaths an outlet could confirm, or killed and wounded
            together) and cannot be compared directly with each other or with the table above.
          </p>
          <section class="table-scroll" aria-labelledby="claims-caption" tabindex={0}>
            <table class="claims">
              <caption id="claims-caption">
                Other counts of Russian military losses, by who reported them
              </caption>
              <thead>
                <tr>
                  <th scope="col">Who says so</th>
                  <th scope="col">What it measures</th>
                  <th scope="col">Figure</th>
                  <th scope="col">As of</th>
                </tr>
              </thead>
              <tbody>
                {article.claims.map((claim) => (
                  <tr>
                    <td data-label="Who says so">
                      {claim.by.shortName}
                      <br />
                      <span class="note">{KIND_LABELS[claim.kind]}</span>
                    </td>
                    <td data-label="What it measures">
                      {MEASURE_LABELS[claim.measures]}
                      <br />
                      <span class="note">{claim.note}</span>
                    </td>
                    <td class="num" data-label="Figure">
                      {claim.kind === 'estimate-range'
                        ? `${formatNumber(claim.low)} to ${formatNumber(claim.high)}`
                        : formatNumber(claim.value)}
                    </td>
                    <td data-label="As of">
                      <time datetime={claim.asOf}>{formatDate(claim.asOf)}</time>
                      {!claim.asOfVerified && <span class="note"> (date unverified)</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </>
      )}
    </section>
  )
}
