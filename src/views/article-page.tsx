// The article as readers see it: headline, key points, body and photo captions, then the figures behind it.

import type { ArticleImage } from '../data/article-images'
import type { Article } from '../domain/library'
import { SITE_NAME } from '../site'
import { ContextFigure, contextParagraph, SnapshotFigure } from './article-charts'
import type { ArticleContext } from './charts/context-data'
import { FiguresSection } from './figures-section'
import { formatDate } from './format'
import { GetDataSection } from './get-data-section'
import { Layout } from './layout'
import { articleStructuredData, scriptSafeJson } from './structured-data'
import { articleUrls } from './urls'

/** A photo caption whose photo we do not have: shown as a caption, and said to be one. */
function CaptionWithoutPhoto({ text }: { text: string }) {
  return (
    <figure class="caption-only">
      <figcaption>
        <span class="label">Photo caption (photo not available)</span>
        {text}
      </figcaption>
    </figure>
  )
}

/** Link previews (Open Graph, Twitter), schema.org JSON-LD and the oEmbed discovery link. */
function ArticleHead({ article, origin, og }: { article: Article; origin: string; og?: ArticleImage }) {
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
        dangerouslySetInnerHTML={{ __html: scriptSafeJson(articleStructuredData(article, origin)) }}
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
  const urls = articleUrls(origin, article.slug)
  return (
    <Layout
      title={article.headline}
      description={article.description}
      canonicalPath={urls.page}
      head={<ArticleHead article={article} origin={origin} og={images.find((i) => i.kind === 'og')} />}
    >
      <article aria-labelledby="headline">
        <h1 id="headline">{article.headline}</h1>
        <p class="meta">
          Figures as of <time datetime={article.figuresAsOf}>{formatDate(article.figuresAsOf)}</time>.
          Originally published by <a href={article.originalUrl}>{article.publisher.name}</a>; byline and
          publication time not on record. Headline written for this page from the article's key points.
        </p>
        {article.leadPhotoCaption && <CaptionWithoutPhoto text={article.leadPhotoCaption} />}
        {article.keyPoints.length > 0 && (
          <section class="key-points" aria-labelledby="key-points">
            <h2 id="key-points">Key points</h2>
            <ul>
              {article.keyPoints.map((point) => (
                <li>{point}</li>
              ))}
            </ul>
          </section>
        )}
        {article.paragraphs.map((paragraph, i) => (
          <>
            <p>{paragraph}</p>
            {context && i === contextAt && (
              <ContextFigure
                article={article}
                context={context}
                origin={origin}
                image={images.find((image) => image.kind === 'context')}
              />
            )}
          </>
        ))}
        {article.closingPhotoCaption && <CaptionWithoutPhoto text={article.closingPhotoCaption} />}
      </article>
      <SnapshotFigure article={article} origin={origin} image={images.find((i) => i.kind === 'chart')} />
      <FiguresSection article={article} />
      <GetDataSection article={article} origin={origin} images={images} />
    </Layout>
  )
}
