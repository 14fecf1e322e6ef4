// One category's row of figures, shared by the article's table and the embed card.
import type { Figure } from '../domain/library'
import { formatChange, formatFigure } from './format'

/** The category, its figure in each report given (oldest first), then the latest change ("–" for none). */
export function FigureRow({ figures }: { figures: Figure[] }) {
  const latest = figures.at(-1) as Figure
  return (
    <tr class={latest.quotedInArticle ? 'quoted' : undefined}>
      <th scope="row">{latest.category.label}</th>
      {figures.map((f) => (
        <td>{formatFigure(f)}</td>
      ))}
      <td>{latest.change === null ? '–' : formatChange(latest.change)}</td>
    </tr>
  )
}
