// schema.org JSON-LD for an article page: the NewsArticle (only what is on record: no author, no publication
// date) and the Dataset of its figures with its JSON and CSV downloads.
import type { Article } from '../domain/library'
import { formatDate } from './format'
import { articleUrls } from './urls'

/** The JSON-LD graph of one article page. */
export function articleStructuredData(article: Article, origin: string) {
  const urls = articleUrls(origin, article.slug)
  const first = article.reports.at(0)
  const latest = article.reports.at(-1)
  const newsArticle = {
    '@type': 'NewsArticle',
    '@id': `${urls.page}#article`,
    headline: article.headline,
    description: article.description,
    url: urls.page,
    mainEntityOfPage: urls.page,
    inLanguage: 'en',
    isAccessibleForFree: true,
    isBasedOn: article.originalUrl,
    publisher: { '@type': 'Organization', name: article.publisher.name, url: article.publisher.url },
  }
  if (!first || !latest) return { '@context': 'https://schema.org', '@graph': [newsArticle] }
  const dates =
    first.date === latest.date
      ? formatDate(latest.date)
      : `${formatDate(first.date)} to ${formatDate(latest.date)}`
  const dataset = {
    '@type': 'Dataset',
    '@id': `${urls.page}#figures`,
    name: `Russian losses claimed by ${latest.source.shortName}, ${dates}`,
    description: `Cumulative Russian losses since the invasion began, by category, as claimed by ${latest.source.name} in its daily reports, with the change between reports. Claims by a party to the war, not independently verified.`,
    url: `${urls.page}#figures`,
    temporalCoverage: `${first.date}/${latest.date}`,
    creator: { '@type': 'Organization', name: latest.source.name },
    isPartOf: { '@id': `${urls.page}#article` },
    ...(article.dataset && {
      isBasedOn: {
        '@type': 'Dataset',
        name: article.dataset.name,
        creator: { '@type': 'Person', name: article.dataset.author },
        license: article.dataset.licence,
      },
    }),
    distribution: [
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: urls.figures },
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: urls.csv },
    ],
  }
  return { '@context': 'https://schema.org', '@graph': [newsArticle, dataset] }
}

/**
 * JSON for inside a <script> element: `<` (so no "</script>" or "<!--"), `>`, `&` and the JavaScript line
 * separators are written as \u escapes, which JSON parsers read back as the same characters.
 * @example scriptSafeJson({ a: '</script>' }) // '{"a":"\\u003c/script\\u003e"}'
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}
