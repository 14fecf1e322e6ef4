// The document shell every reader page shares: head, skip link, masthead and footer.
import type { Child } from 'hono/jsx'
import { SITE_NAME } from '../site'
import { PAGE_CSS } from './styles'

export type LayoutProps = {
  title: string
  description: string
  /** Absolute path of the page's canonical address; omitted on error pages. */
  canonicalPath?: string
  /** More elements for <head>: link previews, structured data, discovery links. */
  head?: Child
  children: Child
}

export function Layout({ title, description, canonicalPath, head, children }: LayoutProps) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {/* The site's name in every title: in a tab, a bookmark or a search result, the reader sees whose page it is. */}
        <title>{`${SITE_NAME} — ${title}`}</title>
        <meta name="description" content={description} />
        {canonicalPath && <link rel="canonical" href={canonicalPath} />}
        {head}
        <meta name="color-scheme" content="light dark" />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <link
          rel="alternate"
          type="application/atom+xml"
          href="/feed.xml"
          title={`${SITE_NAME} (Atom feed)`}
        />
        <style dangerouslySetInnerHTML={{ __html: PAGE_CSS }} />
      </head>
      <body>
        <a class="skip" href="#main">
          Skip to content
        </a>
        <header class="masthead">
          <div class="wrap">
            <a href="/">{SITE_NAME}</a>
          </div>
        </header>
        <main id="main" class="wrap">
          {children}
        </main>
        <footer class="site-footer">
          <div class="wrap">
            <p>
              Every figure on this site is attributed to whoever reported it. Figures from parties to the war
              are their claims, not established facts.
            </p>
            <nav aria-label="More">
              <a href="/articles">All articles</a> · <a href="/api/v1/articles">Data API (JSON)</a> ·{' '}
              <a href="/feed.xml">Feed of new articles (Atom)</a>
            </nav>
          </div>
        </footer>
      </body>
    </html>
  )
}
