// What a WordPress site does with our oEmbed answer, without PHP: WordPress 6.1's wp_filter_oembed_result
// (wp-includes/embed.php) for a provider it does not trust, written again here step by step, and a post page that
// puts the result in a narrow column with WordPress's own wp-embed.js (from Debian's package, .ci/run fetches it).
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'

export const WP_EMBED_JS = resolve('.cache/wordpress/wp-embed.js')

/** What wp_kses keeps of these tags: the allowed attributes, in the `name="value"` form it writes. */
function kses(html: string, allowed: Record<string, string[]>): string {
  return html.replace(
    /<(\/?)([a-zA-Z][\w-]*)([^>]*)>/g,
    (_, close: string, tag: string, attributes: string) => {
      const name = tag.toLowerCase()
      const keep = allowed[name]
      if (!keep) return ''
      if (close) return `</${name}>`
      const kept = [...attributes.matchAll(/([\w-]+)="([^"]*)"/g)]
        .filter(([, attribute = '']) => keep.includes(attribute.toLowerCase()))
        .map(([, attribute = '', value]) => ` ${attribute.toLowerCase()}="${value}"`)
      return `<${name}${kept.join('')}>`
    },
  )
}

/**
 * wp_filter_oembed_result for an untrusted provider's "rich" html: keep a blockquote and the iframe, give both a
 * secret, hide the iframe until the card speaks, and sandbox it. False where WordPress would show a plain link.
 */
export function wordpressFilter(html: string, secret: string): string | false {
  const allowed: Record<string, string[]> = {
    a: ['href'],
    blockquote: [],
    iframe: ['src', 'width', 'height', 'frameborder', 'marginwidth', 'marginheight', 'scrolling', 'title'],
  }
  let out = kses(html, allowed)
  const content = /(<blockquote>[\s\S]*?<\/blockquote>)?[\s\S]*(<iframe[\s\S]*?><\/iframe>)/.exec(out)
  if (!content?.[2]) return false
  const quote = content[1] ?? ''
  out = quote + content[2]
  const src = / src=(['"])(.*?)\1/.exec(out)
  if (src) {
    const [whole, q, url] = src
    out = out.replace(whole, ` src=${q}${url}#?secret=${secret}${q} data-secret=${q}${secret}${q}`)
    out = out.replace('<blockquote', `<blockquote data-secret="${secret}"`)
  }
  out = kses(out, {
    ...allowed,
    blockquote: ['data-secret'],
    iframe: [...(allowed.iframe ?? []), 'data-secret'],
  })
  if (quote) {
    out = out.replace('<iframe', '<iframe style="position: absolute; clip: rect(1px, 1px, 1px, 1px);"')
    out = out.replace('<blockquote', '<blockquote class="wp-embedded-content"')
  }
  return out.replace(
    /<iframe/i,
    '<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted"',
  )
}

/**
 * A WordPress post whose content column is `column` px wide, embedding `html` as the block editor does, with
 * block-library's rule that keeps embeds inside the column, and wp-embed.js in the footer.
 */
export function wordpressPost(html: string, column: number): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>A post on a WordPress site</title>
<style>
body{margin:0;font:18px/1.6 Georgia,serif}
.entry-content{max-width:${column}px;margin:0 auto;padding:0 8px}
.wp-block-embed{margin:0 0 1em}.wp-block-embed iframe{max-width:100%}
</style>
</head>
<body>
<main class="entry-content">
<h1>A post on a WordPress site</h1>
<p>The paragraph before the embed.</p>
<figure class="wp-block-embed is-type-rich"><div class="wp-block-embed__wrapper">
${html}
</div></figure>
<p>The paragraph after the embed.</p>
</main>
<script src="/wordpress/wp-embed.js"></script>
</body>
</html>`
}

export function wpEmbedScript(): string | undefined {
  return existsSync(WP_EMBED_JS) ? readFileSync(WP_EMBED_JS, 'utf8') : undefined
}
