// "Get the data / Embed": the figures' downloads and copy-ready code for other sites, visible on the page.
import type { ArticleImage } from '../data/article-images'
import type { ArticleViewProps } from './article-page'
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

export function GetDataSection({ article, origin, images = [] }: ArticleViewProps) {
  const urls = articleUrls(origin, article.slug)
  return (
    <section aria-labelledby="get-data">
      <h2 id="get-data">Get the data / Embed</h2>
      <p>
        The figures are free to reuse with their attribution: they are claims by the sources named with them.
      </p>
      <ul>
        <li>
          <a href={urls.csv}>Figures as CSV</a> (a spreadsheet, one row per figure)
        </li>
        <li>
          <a href={urls.figures}>Figures as JSON</a> and <a href={urls.json}>the whole article as JSON</a>
        </li>
        <li>
          <a href={urls.chart}>Chart as SVG</a> and <a href={urls.embed}>the embeddable card</a>
        </li>
        {images.map((image) => (
          <li>
            <a href={`${origin}${image.path}`}>{IMAGE_LABELS[image.kind]}</a> ({image.width}×{image.height}{' '}
            px, for newsletters and social posts)
          </li>
        ))}
        <li>
          <a href={`${origin}/api/v1/openapi.json`}>API description (OpenAPI 3.1)</a>, and{' '}
          <a href={urls.oembed}>oEmbed</a> for content management systems
        </li>
      </ul>
      <p>
        To embed the card, paste this into your page. The script sizes the frame to the card; without it the
        card still shows, at the height given.
      </p>
      <CodeBlock id="embed-iframe" label="Embed the card" code={iframeCode(article, origin)} />
      <CodeBlock id="embed-image" label="Embed the chart as an image" code={imageCode(article, origin)} />
    </section>
  )
}
