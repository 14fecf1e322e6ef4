// The article as readers see it: headline, dated context, key points and body, the site's notes, then the figures.
import type { ArticleImage } from '../data/article-images'
import type { Article } from '../domain/library'
import { SITE_NAME } from '../site'
import { ContextFigure, contextParagraph, SnapshotFigure } from './article-charts'
import { DatedContext, DatedText, DatesNote, HowCounted, PhotoCaptionsNote } from './article-notes'
import type { ArticleContext } from './charts/context-data'
import { FiguresSection } from './figures-section'
import { GetDataSection } from './get-data-section'
import { Layout } from './layout'
import { articleStructuredData, scriptSafeJson } from './structured-data'
import { articleUrls } from './urls'

/** Link previews (Open Graph, Twitter), schema.org JSON-LD and the oEmbed discovery link. */
function ArticleHead({
  article,
  origin,
  og,
  seriesId,
}: {
  article: Article
  origin: string
  og?: ArticleImage
  seriesId?: string
}) {
  const urls = articleUrls(origin, article.slug)
  return (
    <>
      <meta property="og:type" content="article" />
      <meta property="og:site_name" content={SITE_NAME} />
      <meta property="og:title" content={article.headline} />
      <meta property="og:description" content={article.description} />
      <meta property="og:url" content={urls.page} />
      <meta property="og:locale" content="en_US" />
      {og && (
        <>
          <meta property="og:image" content={`${origin}${og.path}`} />
          <meta property="og:image:type" content="image/png" />
          <meta property="og:image:width" content={String(og.width)} />
          <meta property="og:image:height" content={String(og.height)} />
          <meta property="og:image:alt" content={og.alt} />
        </>
      )}
      <meta name="twitter:card" content={og ? 'summary_large_image' : 'summary'} />
      <meta name="twitter:title" content={article.headline} />
      <meta name="twitter:description" content={article.description} />
      <link rel="alternate" type="application/json+oembed" href={urls.oembed} title={article.headline} />
      <link rel="alternate" type="text/csv" href={urls.csv} title="Figures (CSV)" />
      {/* A data block: never executed, so the page's CSP (no scripts at all) does not block it. */}
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{
          __html: scriptSafeJson(articleStructuredData(article, origin, seriesId, og)),
        }}
      />
    </>
  )
}

export type ArticleViewProps = {
  article: Article
  origin: string
  /** The PNGs drawn at build time for this article: the link-preview image and each chart's. */
  images?: ArticleImage[]
  /** The daily series the article's one-day figure comes from, when a dataset has it. */
  context?: ArticleContext
}

export function ArticlePage({ article, origin, images = [], context }: ArticleViewProps) {
  const contextAt = context ? contextParagraph(article) : -1
  /** The original's paragraphs, quoted from its address. */
  const quote = (paragraphs: string[]) =>
    paragraphs.length > 0 && (
      <blockquote cite={article.originalUrl}>
        {paragraphs.map((paragraph) => (
          <p>
            <DatedText text={paragraph} article={article} />
          </p>
        ))}
      </blockquote>
    )
  const urls = articleUrls(origin, article.slug)
  return (
    <Layout
      title={article.headline}
      description={article.description}
      canonicalPath={urls.page}
      head={
        <ArticleHead
          article={article}
          origin={origin}
          og={images.find((i) => i.kind === 'og')}
          seriesId={context?.datasetId}
        />
      }
    >
      <article aria-labelledby="headline">
        <h1 id="headline">{article.headline}</h1>
        <DatedContext article={article} context={context} origin={origin} />
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
        <p class="original-mark">The article as {article.publisher.name} published it:</p>
        {quote(article.paragraphs.slice(0, contextAt + 1))}
        {context && contextAt >= 0 && (
          <ContextFigure
            article={article}
            context={context}
            origin={origin}
            image={images.find((image) => image.kind === 'context')}
          />
        )}
        {quote(article.paragraphs.slice(contextAt + 1))}
        <p class="original-mark">End of the {article.publisher.name} article.</p>
        <DatesNote article={article} />
        <PhotoCaptionsNote article={article} />
      </article>
      <HowCounted article={article} />
      <SnapshotFigure article={article} origin={origin} image={images.find((i) => i.kind === 'chart')} />
      <FiguresSection article={article} />
      <GetDataSection article={article} origin={origin} images={images} />
    </Layout>
  )
}
