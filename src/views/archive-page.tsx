// The reader's archive: every article, newest first, a page at a time, with headline, date and summary.
import { ARCHIVE_PAGE_SIZE, type ArchivePage as Archive } from '../domain/library'
import { formatDate } from './format'
import { Layout } from './layout'

/** The address of an archive page; the first is plain /articles, so it has one canonical address. */
const archivePath = (page: number) => (page === 1 ? '/articles' : `/articles?page=${page}`)

export function ArchivePage({ archive, origin }: { archive: Archive; origin: string }) {
  const { page, pageCount, total, articles } = archive
  const title = page === 1 ? 'All articles' : `All articles, page ${page} of ${pageCount}`
  return (
    <Layout
      title={title}
      description={`Every article on this site, newest first: ${total} in all.`}
      // Absolute, as search engines (and Lighthouse's canonical audit) require.
      canonicalPath={`${origin}${archivePath(page)}`}
    >
      <h1>{title}</h1>
      <p>
        {total === 1 ? 'One article' : `${total} articles`}, newest figures first.{' '}
        <a href={`/api/v1/articles${page === 1 ? '' : `?page=${page}`}`}>This list as JSON</a>.
      </p>
      <ol class="archive" start={(page - 1) * ARCHIVE_PAGE_SIZE + 1}>
        {articles.map((a) => (
          <li>
            <h2>
              <a href={`/articles/${a.slug}`}>{a.headline}</a>
            </h2>
            <p class="meta">
              Figures as of <time datetime={a.figuresAsOf}>{formatDate(a.figuresAsOf)}</time>
            </p>
            <p>{a.description}</p>
          </li>
        ))}
      </ol>
      {pageCount > 1 && (
        <nav aria-label="Archive pages" class="pager">
          {page > 1 && (
            <a rel="prev" href={archivePath(page - 1)}>
              Newer articles
            </a>
          )}{' '}
          <span>
            Page {page} of {pageCount}
          </span>{' '}
          {page < pageCount && (
            <a rel="next" href={archivePath(page + 1)}>
              Older articles
            </a>
          )}
        </nav>
      )}
    </Layout>
  )
}
