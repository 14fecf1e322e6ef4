// A chart on a reader page: its title and notes, the plot inline (so it needs no script and no second request),
// its key and credits, optionally its numbers, then a line on how to read it and links to its data and images.
import type { Child } from 'hono/jsx'
import { ChartFooter, ChartHeading, type ChartParts } from './charts/chart-frame'

export type ChartLink = { href: string; label: string }

export function ChartFigure({
  id,
  kicker,
  parts,
  howToRead,
  links,
  values,
  children,
}: {
  id: string
  /** Above the title: whose chart it is, where it stands among someone else's words. */
  kicker?: string
  parts: ChartParts
  /** One sentence: what a mark stands for and what to compare. */
  howToRead: string
  links: ChartLink[]
  /** The chart's numbers as a table, for readers without a download. */
  values?: Child
  children: Child
}) {
  return (
    <figure class="chart-figure" id={id}>
      {kicker && <p class="chart-kicker">{kicker}</p>}
      <ChartHeading parts={parts} />
      {children}
      <ChartFooter parts={parts} />
      {values}
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
