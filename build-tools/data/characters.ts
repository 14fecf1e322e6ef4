// Characters a data file's text may not hold: those XML (the feed, the sitemap, the charts) cannot carry, and the
// invisible or bidi controls that would make what readers see differ from what the editor checked.

/** A character's code point as editors show it: U+0007. */
const codeOf = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`

const NAMES: Record<number, string> = {
  8203: 'zero-width space',
  8288: 'word joiner',
  65279: 'byte-order mark',
  8232: 'line separator',
  8233: 'paragraph separator',
  8234: 'left-to-right embedding',
  8235: 'right-to-left embedding',
  8236: 'pop directional formatting',
  8237: 'left-to-right override',
  8238: 'right-to-left override',
  8294: 'left-to-right isolate',
  8295: 'right-to-left isolate',
  8296: 'first strong isolate',
  8297: 'pop directional isolate',
}
const named = (cp: number) => `${NAMES[cp] ?? 'character'} (${codeOf(cp)})`

/** Bidi controls that open a run, and the one that must close it within the same text. */
const OPENS: Record<number, number> = { 8234: 0x202c, 8235: 0x202c, 8294: 0x2069, 8295: 0x2069, 8296: 0x2069 }
const CLOSES = new Set([0x202c, 0x2069])

/**
 * Text made only of characters `refuse` lets through and that open or close no bidi run (tab, line breaks, and
 * ranges of the Basic Multilingual Plane without controls, invisibles, bidi controls, surrogates or
 * noncharacters): the common case, found with one test instead of a look at each character.
 */
const ALLOWED_ONLY =
  /^[\t\n\r\x20-\x7e\u00a0-\u200a\u200c-\u2027\u2030-\u205f\u2070-\ud7ff\ue000-\ufdcf\ufdf0-\ufefe\uff00-\ufffd]*$/

/** Why a character may not stand in data text on its own, or undefined when it may. */
function refuse(cp: number): string | undefined {
  if ((cp < 0x20 && cp !== 0x09 && cp !== 0x0a && cp !== 0x0d) || (cp >= 0x7f && cp <= 0x9f))
    return `holds a control character (${codeOf(cp)}), invisible in most editors, which XML (the feed, the sitemap, the charts) cannot carry: delete it`
  if (cp >= 0xd800 && cp <= 0xdfff)
    return `holds half of a surrogate pair (${codeOf(cp)}), which is not a character: XML cannot carry it; retype the character around it`
  if ((cp & 0xfffe) === 0xfffe || (cp >= 0xfdd0 && cp <= 0xfdef))
    return `holds a noncharacter (${codeOf(cp)}), which XML cannot carry: delete it`
  if (cp === 0x200b || cp === 0x2060 || cp === 0xfeff)
    return `holds an invisible ${named(cp)}: delete it, so what readers see is what the text says (and what its mentions match)`
  if (cp === 0x2028 || cp === 0x2029)
    return `holds a ${named(cp)}, which breaks the line invisibly in some places and not others: start a new paragraph instead`
  if (cp === 0x202d || cp === 0x202e)
    return `holds a bidi ${named(cp)}, which makes the text display in another order than it reads: delete it`
  return undefined
}

/** One refused character: its index in the text given, and why. */
export type CharacterProblem = { index: number; reason: string }

/**
 * Every refused character of a string, with its index (in UTF-16 units). Bidi embeddings and isolates are allowed
 * where they are closed within the same text, as in a right-to-left name quoted in English; an open one would
 * reorder everything after it.
 * @example characterProblems('a\u0007b') // [{ index: 1, reason: 'holds a control character (U+0007), …' }]
 */
export function characterProblems(text: string): CharacterProblem[] {
  if (ALLOWED_ONLY.test(text)) return []
  const problems: CharacterProblem[] = []
  const open: { cp: number; index: number }[] = []
  for (let index = 0; index < text.length; index++) {
    const cp = text.codePointAt(index) as number
    const reason = refuse(cp)
    if (reason) problems.push({ index, reason })
    else if (OPENS[cp]) open.push({ cp, index })
    else if (CLOSES.has(cp)) {
      if (open.length && OPENS[(open.at(-1) as { cp: number }).cp] === cp) open.pop()
      else
        problems.push({
          index,
          reason: `holds a bidi ${named(cp)} that closes nothing opened before it: delete it`,
        })
    }
    if (cp > 0xffff) index++
  }
  for (const { cp, index } of open)
    problems.push({
      index,
      reason: `holds a bidi ${named(cp)} that is never closed, so the text after it displays reordered: close it with ${named(OPENS[cp] as number)} or delete it`,
    })
  return problems.sort((a, b) => a.index - b.index)
}
