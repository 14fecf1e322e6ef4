// A chart on a reader page: the SVG inline (so it needs no script and no second request), a line on how to read
// it, and links to its data and its image files.
import type { Child } from 'hono/jsx'

export type ChartLink = { href: string; label: string }

export function ChartFigure({
  id,
  howToRead,
  links,
  children,
}: {
  id: string
  /** One sentence: what a mark stands for and what to compare. */
  howToRead: string
  links: ChartLink[]
  children: Child
}) {
  return (
    <figure class="chart-figure" id={id}>
      {children}
      <figcaption>
        {howToRead}{' '}
        {links.map((link, i) => (
          <>
            {i > 0 && ' · '}
            <a href={link.href}>{link.label}</a>
          </>
        ))}
      </figcaption>
    </figure>
  )
}
