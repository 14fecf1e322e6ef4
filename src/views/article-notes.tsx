// What this site adds around the original article's words: when it was, what is whose, how the figures are
// counted, and the photo captions whose photos we do not have. The article's own words are never changed.
import { datedSegments } from '../domain/dates'
import type { Article } from '../domain/library'
import type { ArticleContext } from './charts/context-data'
import { datasetUrls } from './dataset-json'
import { formatDate, formatDateOrMonth, formatMonthYear } from './format'
import { licenceUrl } from './structured-data'

/** The prose as published, with each relative date marked up as the calendar date it means. */
export function DatedText({ text, article }: { text: string; article: Article }) {
  return (
    <>
      {datedSegments(text, article.datesInText).map((segment) =>
        typeof segment === 'string' ? segment : <time datetime={segment.date.date}>{segment.words}</time>,
      )}
    </>
  )
}

/**
 * Under the headline: when the story is from, who published it first, and what is whose. With the daily series
 * the page charts, the dataset is linked to its repository and to its licence as served here.
 */
export function DatedContext({
  article,
  context,
  origin,
}: {
  article: Article
  context?: ArticleContext
  origin: string
}) {
  const latest = article.reports.at(-1)
  return (
    <div class="meta">
      <p>
        {article.publishedIn && (
          <>
            Published in <time datetime={article.publishedIn}>{formatMonthYear(article.publishedIn)}</time>;{' '}
          </>
        )}
        figures as of <time datetime={article.figuresAsOf}>{formatDate(article.figuresAsOf)}</time>.
      </p>
      <p class="whose">
        The article’s text is by <a href={article.originalUrl}>{article.publisher.name}</a> (byline and exact
        publication time not on record). The headline, notes, tables and charts are this site’s.
        {latest && <> The figures are claims by {latest.source.shortName}</>}
        {latest && article.dataset && (
          <>
            , as compiled from its daily reports by {article.dataset.author} in “
            {context ? <a href={context.repository}>{article.dataset.name}</a> : article.dataset.name}” (
            <a
              href={
                context ? datasetUrls(origin, context.datasetId).licence : licenceUrl(article.dataset.licence)
              }
            >
              {article.dataset.licence} licence
            </a>
            ) and corrected by its compiler where a figure was wrong
          </>
        )}
        {latest && '.'}
      </p>
    </div>
  )
}

/** The article's relative dates, each with the date it means, once each in the order first used. */
export function DatesNote({ article }: { article: Article }) {
  if (!article.datesInText.length) return null
  return (
    <p class="note dates-note">
      In the article’s words,{' '}
      {article.datesInText.map((d, i) => (
        <>
          {i > 0 && (i === article.datesInText.length - 1 ? ' and ' : '; ')}“{d.text}” means{' '}
          <time datetime={d.date}>{formatDateOrMonth(d.date)}</time>
          {!d.verified && ' (most likely; not verified)'}
        </>
      ))}
      .
    </p>
  )
}

/** Combat losses, deaths and casualties are different counts; a reader needs that before comparing any two. */
export function HowCounted({ article }: { article: Article }) {
  const source = article.reports.at(-1)?.source
  return (
    <section class="how-counted" aria-labelledby="how-counted">
      <h2 id="how-counted">How the figures are counted</h2>
      <ul>
        <li>
          <strong>Combat losses</strong> are what {source ? source.shortName : 'the source'} says it put out
          of action. It does not say how many were killed, wounded or captured, so this is not a death toll.
        </li>
        <li>
          <strong>Deaths</strong> count only those killed. Russia’s official toll is one; Mediazona’s figure
          counts only the deaths it could confirm one by one, so it is a floor, not an estimate.
        </li>
        <li>
          <strong>Casualties</strong> are killed and wounded together, as in the U.S. official’s range.
        </li>
        <li>
          <strong>“About”</strong> marks a number the source itself gives as approximate.
        </li>
        <li>
          No party’s count can be checked: the armies involved have reasons to raise the other side’s losses
          and lower their own, and no independent body counts on the ground.
        </li>
      </ul>
    </section>
  )
}

/** The original's photo captions, as an end note: said to be captions, with no frame that looks like an image. */
export function PhotoCaptionsNote({ article }: { article: Article }) {
  const captions = [article.leadPhotoCaption, article.closingPhotoCaption].filter(
    (caption): caption is string => caption !== undefined,
  )
  if (!captions.length) return null
  return (
    <aside class="end-note" aria-labelledby="photo-captions">
      <h2 id="photo-captions">Photo captions in the original article (photos not reproduced)</h2>
      <ul>
        {captions.map((caption) => (
          <li>{caption}</li>
        ))}
      </ul>
    </aside>
  )
}
