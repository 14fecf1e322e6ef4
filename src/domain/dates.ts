// The prose's relative dates ("Wednesday", "last month") found in the text, so views can tie them to the calendar.
import type { DateInText } from '../../build-tools/data/schema'

/** A run of prose: plain words, or words that date something, with the date they mean. */
export type Segment = string | { words: string; date: DateInText }

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * The text cut where its dated words stand, whole words only, longest phrase first; joined back it is the text.
 * @example datedSegments('By Wednesday', [wednesday]) // ['By ', { words: 'Wednesday', date: wednesday }]
 */
export function datedSegments(text: string, dates: DateInText[]): Segment[] {
  if (!dates.length) return [text]
  const byText = new Map(dates.map((d) => [d.text, d]))
  const phrases = [...byText.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp)
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases.join('|')})(?![\\p{L}\\p{N}])`, 'gu')
  const segments: Segment[] = []
  let from = 0
  for (const match of text.matchAll(pattern)) {
    if (match.index > from) segments.push(text.slice(from, match.index))
    segments.push({ words: match[0], date: byText.get(match[0]) as DateInText })
    from = match.index + match[0].length
  }
  if (from < text.length) segments.push(text.slice(from))
  return segments
}
