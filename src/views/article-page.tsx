// The article as readers see it: headline, key points, body and photo captions, then the figures behind it.
import type { Article } from '../domain/library'
import { SITE_NAME } from '../site'
import { ChartFigure } from './chart-figure'
import type { ArticleImage } from './charts/images'
import { FiguresChart } from './figures-chart'
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
}

export function ArticlePage({ article, origin, images = [] }: ArticleViewProps) {
  const urls = articleUrls(origin, article.slug)
  const latest = article.reports.at(-1)
  const since = latest?.figures.find((f) => f.changeSince)?.changeSince
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
        {article.paragraphs.map((paragraph) => (
          <p>{paragraph}</p>
        ))}
        {article.closingPhotoCaption && <CaptionWithoutPhoto text={article.closingPhotoCaption} />}
      </article>
      {latest && (
        <ChartFigure
          id="snapshot-chart"
          howToRead={`How to read it: each bar is one category's claimed total; bars in one panel share the scale under them, and the change since ${since ? formatDate(since) : 'the report before'} is set beside each total.`}
          links={[
            { href: urls.chart, label: 'Chart as SVG' },
            { href: urls.csv, label: 'its data (CSV)' },
          ]}
        >
          <FiguresChart
            report={latest}
            figures={latest.figures}
            theme="auto"
            site={SITE_NAME}
            id="snapshot"
          />
        </ChartFigure>
      )}
      <FiguresSection article={article} />
      <GetDataSection article={article} origin={origin} images={images} />
    </Layout>
  )
}
