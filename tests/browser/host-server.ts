// A foreign site on another port (so another origin) that embeds the card the way the README tells people to,
// plus a deliberately broken page that proves the checks can fail.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { resolve } from 'node:path'
import { wordpressFilter, wordpressPost, wpEmbedScript } from './wordpress'

const SLUG = /^[a-z0-9-]+$/
const THEMES = new Set(['light', 'dark', 'auto'])

/**
 * The `<script>` of the README's host-page snippet: the ```html block that mentions the message type.
 * Read on every request, so the test always uses what the README says today.
 */
export function readmeResizeSnippet(readme = readFileSync(resolve('README.md'), 'utf8')): string {
  for (const [, block = ''] of readme.matchAll(/```html\n([\s\S]*?)```/g)) {
    if (!block.includes('article-edge:height')) continue
    const script = block.match(/<script\b[\s\S]*?<\/script>/)
    if (script) return script[0]
  }
  return ''
}

/** The snippet as a site pastes it for this deployment: quoted origins (an `event.origin` check) become ours. */
function forOrigin(snippet: string, workerOrigin: string): string {
  return snippet.replace(/(['"])https?:\/\/[^'"/\s]+\1/g, (_, quote) => `${quote}${workerOrigin}${quote}`)
}

/** The foreign page: text, the card in an iframe sized by the README snippet, and the chart as an image. */
function hostPage(workerOrigin: string, slug: string, theme: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Someone else's news site</title>
<style>
body{margin:0;font:16px/1.5 system-ui,sans-serif}
main{max-width:40rem;margin:0 auto;padding:1rem}
iframe{display:block;width:100%;border:0}
img{display:block;max-width:100%;height:auto}
</style>
</head>
<body>
<script>
// Test hook: every height message the card sends, for the tests to compare with the iframe.
window.heightMessages = []
addEventListener('message', (e) => e.data?.type === 'article-edge:height' && heightMessages.push(e.data))
</script>
<main>
<h1>Someone else's article</h1>
<p>A paragraph before the embedded card.</p>
<iframe id="card" src="${workerOrigin}/embed/${slug}?theme=${theme}" title="Figures card" height="150"></iframe>
<p>A paragraph between the card and the chart.</p>
<img id="chart" src="${workerOrigin}/embed/${slug}/chart.svg" alt="Chart of the reported figures">
</main>
${forOrigin(readmeResizeSnippet(), workerOrigin)}
</body>
</html>`
}

/**
 * Breaks every rule the checks look for: an inline script the CSP forbids, an image without alt text that is not
 * there (404), a block wider than any phone, and two blocks on top of each other.
 */
const BROKEN_PAGE = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Broken</title></head>
<body>
<main>
<h1>A broken page</h1>
<script>document.title = 'ran'</script>
<img src="/missing.png">
<div class="wide">wider than the screen</div>
<p class="first">First block</p>
<p class="second">Second block, pulled up over the first</p>
</main>
</body>
</html>`
const BROKEN_CSS =
  '.wide{width:2000px}.first{height:40px;margin:0}.second{height:40px;margin:-30px 0 0;background:#fff}'
// Its own stylesheet is allowed by hash, so only the planted faults break the policy.
const BROKEN_CSP = `default-src 'none'; img-src 'self'; style-src 'sha256-${createHash('sha256').update(BROKEN_CSS).digest('base64')}'`

const FRAMED_BROKEN_PAGE = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Frames a broken page</title></head>
<body><main><h1>Frames a broken page</h1><iframe src="{src}" title="Broken"></iframe></main></body>
</html>`

export type HostServer = { origin: string; close: () => Promise<void> }

export function startHostServer({ port, workerOrigin }: { port: number; workerOrigin: string }) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://host.invalid')
    const [, first, slug = ''] = url.pathname.split('/')
    const theme = url.searchParams.get('theme') ?? 'auto'
    if (url.pathname === '/wordpress/wp-embed.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' })
      res.end(wpEmbedScript())
    } else if (first === 'wordpress' && SLUG.test(slug)) {
      // WordPress asks for the article's address at its content width, then filters what it gets.
      const column = Number(url.searchParams.get('column') ?? '600')
      const page = encodeURIComponent(`${workerOrigin}/articles/${slug}`)
      const answer = await fetch(`${workerOrigin}/oembed?url=${page}&maxwidth=600&maxheight=1000`)
      const { html } = (await answer.json()) as { html: string }
      const filtered = wordpressFilter(html, 'Wp5ecr3tXy')
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
      res.end(wordpressPost(filtered || 'WordPress would show a plain link', column))
    } else if (first === 'host' && SLUG.test(slug) && THEMES.has(theme)) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
      res.end(hostPage(workerOrigin, slug, theme))
    } else if (url.pathname === '/favicon.ico') {
      // A real site has an icon; Chromium asks for it on its own.
      res.writeHead(204)
      res.end()
    } else if (url.pathname === '/framed-broken') {
      // localhost is another site than 127.0.0.1, so Chromium puts the frame in its own process, as it does the card.
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
      res.end(FRAMED_BROKEN_PAGE.replace('{src}', `http://localhost:${port}/broken`))
    } else if (url.pathname === '/broken') {
      res.writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': BROKEN_CSP,
      })
      res.end(BROKEN_PAGE.replace('</head>', `<style>${BROKEN_CSS}</style></head>`))
    } else {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' })
      res.end('Not found')
    }
  })
  return new Promise<HostServer>((done, fail) => {
    server.once('error', fail)
    server.listen(port, '127.0.0.1', () =>
      done({
        origin: `http://127.0.0.1:${port}`,
        close: () => new Promise<void>((closed) => server.close(() => closed())),
      }),
    )
  })
}
