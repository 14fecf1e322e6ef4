// schema.org JSON-LD for an article page: this site's NewsArticle, based on the original (no author and no
// publication date, as none are on record), and the Dataset of its figures with every download.
import type { Article } from '../domain/library'
import { SITE_NAME } from '../site'
import { datasetUrls } from './dataset-json'
import { formatDate } from './format'
import { articleUrls } from './urls'

/** The licence's page, for a licence named by its SPDX id ("MIT"), as search engines want a URL. */
export const licenceUrl = (spdxId: string) => `https://spdx.org/licenses/${encodeURIComponent(spdxId)}.html`

/** Where every figure of this site's articles was counted: the losses are claimed for the war in Ukraine. */
const WAR_IN_UKRAINE = { '@type': 'Country', name: 'Ukraine' }

/** This site, the publisher of its own pages (not of the original articles it is based on). */
function siteOrganization(origin: string) {
  return { '@type': 'Organization', '@id': `${origin}/#site`, name: SITE_NAME, url: `${origin}/` }
}

/** The daily series behind the article's figures, as JSON and CSV. */
function seriesDownloads(urls: ReturnType<typeof datasetUrls>) {
  return [
    {
      '@type': 'DataDownload',
      name: 'Daily series',
      encodingFormat: 'application/json',
      contentUrl: urls.reports,
    },
    { '@type': 'DataDownload', name: 'Daily series', encodingFormat: 'text/csv', contentUrl: urls.csv },
  ]
}

/**
 * The JSON-LD graph of one article page; `seriesId` names the dataset whose daily series the page charts, so its
 * downloads are listed too; `image` is its link-preview image, the NewsArticle's `image`.
 */
export function articleStructuredData(
  article: Article,
  origin: string,
  seriesId?: string,
  image?: { path: string; width: number; height: number },
) {
  const urls = articleUrls(origin, article.slug)
  const first = article.reports.at(0)
  const latest = article.reports.at(-1)
  const original = {
    '@type': 'NewsArticle',
    url: article.originalUrl,
    publisher: { '@type': 'Organization', name: article.publisher.name, url: article.publisher.url },
    ...(article.publishedIn && { datePublished: article.publishedIn }),
  }
  const site = siteOrganization(origin)
  const newsArticle = {
    '@type': 'NewsArticle',
    '@id': `${urls.page}#article`,
    headline: article.headline,
    description: article.description,
    url: urls.page,
    mainEntityOfPage: urls.page,
    inLanguage: 'en',
    isAccessibleForFree: true,
    ...(image && {
      image: {
        '@type': 'ImageObject',
        url: `${origin}${image.path}`,
        width: image.width,
        height: image.height,
      },
    }),
    publisher: site,
    isBasedOn: original,
    citation: original,
    creditText: `Headline, notes, tables and charts by ${SITE_NAME}. Article text by ${article.publisher.name}: ${article.originalUrl}`,
    ...(latest && { about: { '@id': `${urls.page}#figures` } }),
  }
  if (!first || !latest) return { '@context': 'https://schema.org', '@graph': [site, newsArticle] }
  const dates =
    first.date === latest.date
      ? formatDate(latest.date)
      : `${formatDate(first.date)} to ${formatDate(latest.date)}`
  const compiled = article.dataset
  const dataset = {
    '@type': 'Dataset',
    '@id': `${urls.page}#figures`,
    name: `Russian losses claimed by ${latest.source.shortName}, ${dates}`,
    description: `Cumulative Russian losses since the invasion began, by category, as claimed by ${latest.source.shortName} in its daily reports, with the change between reports. Claims by a party to the war, not independently verified.`,
    url: `${urls.page}#figures`,
    temporalCoverage: `${latest.source.countsFrom ?? first.date}/${latest.date}`,
    spatialCoverage: WAR_IN_UKRAINE,
    variableMeasured: latest.figures.map((f) => ({
      '@type': 'PropertyValue',
      propertyID: f.category.id,
      name: f.category.label,
      description: f.category.measure,
    })),
    creator: [
      { '@type': 'Organization', name: latest.source.name },
      ...(compiled ? [{ '@type': 'Person', name: compiled.author }] : []),
    ],
    ...(compiled && {
      license: licenceUrl(compiled.licence),
      isBasedOn: {
        '@type': 'Dataset',
        name: compiled.name,
        creator: { '@type': 'Person', name: compiled.author },
        license: licenceUrl(compiled.licence),
      },
    }),
    publisher: { '@id': site['@id'] },
    isPartOf: { '@id': `${urls.page}#article` },
    distribution: [
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: urls.figures },
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: urls.csv },
      { '@type': 'DataDownload', encodingFormat: 'image/svg+xml', contentUrl: urls.chart },
      ...(seriesId ? seriesDownloads(datasetUrls(origin, seriesId)) : []),
    ],
  }
  return { '@context': 'https://schema.org', '@graph': [site, newsArticle, dataset] }
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
