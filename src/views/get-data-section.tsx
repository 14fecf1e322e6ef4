// "Get the data / Embed": downloads in plain words first; the code for other sites folded away below them.
import type { ArticleImage } from '../data/article-images'
import type { Article } from '../domain/library'
import { iframeCode, imageCode } from './embed-code'
import { articleUrls } from './urls'

function CodeBlock({ id, label, code }: { id: string; label: string; code: string }) {
  return (
    <>
      <h3 id={id}>{label}</h3>
      <pre class="code">
        <code>{code}</code>
      </pre>
    </>
  )
}

/** Words for each chart PNG offered for download. */
const IMAGE_LABELS: Record<ArticleImage['kind'], string> = {
  chart: 'Chart of the figures as PNG',
  context: 'Chart of the daily series as PNG',
  equipment: 'Chart of the equipment, day by day, as PNG',
  og: 'Link-preview image as PNG',
}

type GetDataProps = {
  article: Article
  origin: string
  /** The PNGs drawn at build time for this article, offered as downloads. */
  images?: ArticleImage[]
}

export function GetDataSection({ article, origin, images = [] }: GetDataProps) {
  const urls = articleUrls(origin, article.slug)
  return (
    <section aria-labelledby="get-data">
      <h2 id="get-data">Get the data / Embed</h2>
      <p>
        The figures are free to reuse with their attribution: they are claims by the sources named with them.
      </p>
      <ul>
        <li>
          <a href={urls.csv}>Download the figures (CSV)</a>, for a spreadsheet: one row per figure
        </li>
        <li>
          <a href={urls.chart}>The chart (SVG image)</a>
        </li>
        <li>
          <a href={urls.embed}>The figures card</a>, for embedding on another site
        </li>
        {images.map((image) => (
          <li>
            <a href={`${origin}${image.path}`}>{IMAGE_LABELS[image.kind]}</a> ({image.width}×{image.height}{' '}
            px, for newsletters and social posts)
          </li>
        ))}
        <li>
          For developers: <a href={urls.figures}>the figures as JSON</a>,{' '}
          <a href={urls.json}>the whole article as JSON</a>,{' '}
          <a href={`${origin}/api/v1/openapi.json`}>the API description (OpenAPI)</a> and{' '}
          <a href={urls.oembed}>oEmbed</a> for content management systems
        </li>
      </ul>
      <details class="embed">
        <summary>Embed code for your site</summary>
        <p>
          Paste this into your page. The script sizes the frame to the card; without it the card still shows,
          at the height given. WordPress and other oEmbed sites only need the article’s address.
        </p>
        <CodeBlock id="embed-iframe" label="Embed the card" code={iframeCode(article, origin)} />
        <CodeBlock id="embed-image" label="Embed the chart as an image" code={imageCode(article, origin)} />
      </details>
    </section>
  )
}
