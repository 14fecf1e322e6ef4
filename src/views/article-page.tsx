// The article as readers see it: headline, key points, body and photo captions, then the figures behind it.
import type { Article } from '../domain/library'
import { FiguresSection } from './figures-section'
import { formatDate } from './format'
import { Layout } from './layout'

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

export function ArticlePage({ article, origin }: { article: Article; origin: string }) {
  const path = `/articles/${article.slug}`
  return (
    <Layout title={article.headline} description={article.description} canonicalPath={`${origin}${path}`}>
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
      <FiguresSection article={article} />
    </Layout>
  )
}
