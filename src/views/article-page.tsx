// The article as readers see it: headline, dated context, key points and body, the site's notes, then the figures.
import type { Article } from '../domain/library'
import { DatedContext, DatedText, DatesNote, HowCounted, PhotoCaptionsNote } from './article-notes'
import { FiguresSection } from './figures-section'
import { GetDataSection } from './get-data-section'
import { Layout } from './layout'
import { PROVIDER_NAME } from './oembed'
import { articleStructuredData, scriptSafeJson } from './structured-data'
import { articleUrls } from './urls'

/** Link previews (Open Graph, Twitter), schema.org JSON-LD and the oEmbed discovery link. */
function ArticleHead({ article, origin }: { article: Article; origin: string }) {
  const urls = articleUrls(origin, article.slug)
  return (
    <>
      <meta property="og:type" content="article" />
      <meta property="og:site_name" content={PROVIDER_NAME} />
      <meta property="og:title" content={article.headline} />
      <meta property="og:description" content={article.description} />
      <meta property="og:url" content={urls.page} />
      <meta property="og:locale" content="en_US" />
      <meta name="twitter:card" content="summary" />
      <meta name="twitter:title" content={article.headline} />
      <meta name="twitter:description" content={article.description} />
      <link rel="alternate" type="application/json+oembed" href={urls.oembed} title={article.headline} />
      <link rel="alternate" type="text/csv" href={urls.csv} title="Figures (CSV)" />
      {/* A data block: never executed, so the page's CSP (no scripts at all) does not block it. */}
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: scriptSafeJson(articleStructuredData(article, origin)) }}
      />
    </>
  )
}

export function ArticlePage({ article, origin }: { article: Article; origin: string }) {
  return (
    <Layout
      title={article.headline}
      description={article.description}
      canonicalPath={articleUrls(origin, article.slug).page}
      head={<ArticleHead article={article} origin={origin} />}
    >
      <article aria-labelledby="headline">
        <h1 id="headline">{article.headline}</h1>
        <DatedContext article={article} />
        {article.keyPoints.length > 0 && (
          <section class="key-points" aria-labelledby="key-points">
            <h2 id="key-points">Key points of the original article</h2>
            <p class="note">
              As {article.publisher.name} wrote them. Their figures are claims
              {article.reports.at(-1) && <> by {article.reports.at(-1)?.source.shortName}</>}, not verified
              facts.
            </p>
            <ul>
              {article.keyPoints.map((point) => (
                <li>
                  <DatedText text={point} article={article} />
                </li>
              ))}
            </ul>
          </section>
        )}
        {article.paragraphs.map((paragraph) => (
          <p>
            <DatedText text={paragraph} article={article} />
          </p>
        ))}
        <DatesNote article={article} />
        <PhotoCaptionsNote article={article} />
      </article>
      <HowCounted article={article} />
      <FiguresSection article={article} />
      <GetDataSection article={article} origin={origin} />
    </Layout>
  )
}
