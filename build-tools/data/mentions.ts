// Keeps the prose honest: every number a sentence states must equal the figure it names, and every dated phrase
// must be in the prose.

import { datedSegments } from '../../src/domain/dates'
import type { Article, Figure } from '../../src/domain/library'
import type { DateInText, Mention } from './schema'

const NUMBER_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
]

/**
 * The first number a phrase states, written as digits ("2,180") or as an AP-style word ("five").
 * @example numberIn('Russia lost 350 troops') // 350
 */
export function numberIn(phrase: string): number | undefined {
  for (const word of phrase.split(/[\s()]+/)) {
    if (/^\d{1,3}(,\d{3})*$|^\d+$/.test(word)) return Number(word.replaceAll(',', ''))
    const spelled = NUMBER_WORDS.indexOf(word.toLowerCase())
    if (spelled >= 0) return spelled
  }
  return undefined
}

/** The value a mention points at, or a reason it points at nothing. */
function mentionedValue(article: Article, mention: Mention): number | string {
  if ('claim' in mention) {
    const claim = article.claims.find((c) => c.id === mention.claim)
    if (!claim) return `names claim "${mention.claim}", which figures.json does not have`
    if (claim.kind === 'estimate-range') {
      return mention.value === 'low'
        ? claim.low
        : mention.value === 'high'
          ? claim.high
          : 'a range has no total'
    }
    return mention.value === 'total' ? claim.value : `claim "${claim.id}" is a single number, not a range`
  }
  const report = article.reports.find((r) => r.date === mention.report)
  if (!report) return `names the report of ${mention.report}, which figures.json does not have`
  const figure: Figure | undefined = report.figures.find((f) => f.category.id === mention.category)
  if (!figure)
    return `names category "${mention.category}", which the report of ${mention.report} does not count`
  if (mention.value === 'total') return figure.value
  return figure.change ?? `asks for a change, but ${mention.report} is the first report`
}

/**
 * Every disagreement between the prose and the figures; empty when they agree.
 * A mention must quote the prose verbatim, and the number in it must equal the figure it names.
 */
export function disagreements(article: Article): { field: string; reason: string }[] {
  const prose = [...article.keyPoints, ...article.paragraphs].join('\n')
  return article.mentions.flatMap((mention, i) => {
    const problem = (reason: string) => [{ field: `mentions.${i}`, reason: `"${mention.text}": ${reason}` }]
    if (!prose.includes(mention.text)) return problem('this text is not in the key points or paragraphs')
    const stated = numberIn(mention.text)
    if (stated === undefined) return problem('states no number')
    const value = mentionedValue(article, mention)
    if (typeof value === 'string') return problem(value)
    return stated === value ? [] : problem(`the prose says ${stated} but the figures say ${value}`)
  })
}

/** Dated words that the prose does not contain, or that are listed twice: each as field and reason. */
export function dateDisagreements(article: {
  keyPoints: string[]
  paragraphs: string[]
  datesInText: DateInText[]
}): { field: string; reason: string }[] {
  const prose = [...article.keyPoints, ...article.paragraphs]
  const seen = new Set<string>()
  return article.datesInText.flatMap((date, i) => {
    const field = `datesInText.${i}.text`
    if (seen.has(date.text)) return [{ field, reason: `"${date.text}" is listed twice` }]
    seen.add(date.text)
    const found = prose.some((text) => datedSegments(text, [date]).some((s) => typeof s !== 'string'))
    return found ? [] : [{ field, reason: `"${date.text}" is not in the key points or paragraphs` }]
  })
}
