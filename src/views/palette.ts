// The one palette: the reader pages, the embed card and the charts take every colour from this table. Pages and
// the card read it as CSS custom properties; the charts get the colours written out, because the PNG renderer
// (resvg) does not resolve var(). Text colours (fg, muted, accent, mark) are 4.5:1 or more on bg, marks (bar, axis)
// 3:1 or more, and the article's day (mark) 3:1 or more against the other bars, in both schemes and in print
// (tests/contrast.test.ts): it stands out by lightness as well as hue.

export const PALETTE = {
  light: {
    bg: '#ffffff',
    fg: '#1a1a1a',
    muted: '#555555',
    rule: '#d0d0d0',
    accent: '#0b57d0',
    axis: '#767676',
    bar: '#8b95a0',
    mark: '#7f1010',
    /** Behind the days whose total was only "more than" a round number. */
    held: '#ebebeb',
  },
  dark: {
    bg: '#121212',
    fg: '#ececec',
    muted: '#b0b0b0',
    rule: '#3a3a3a',
    accent: '#8ab4f8',
    axis: '#8c8c8c',
    bar: '#5f6b77',
    mark: '#ffb3a3',
    held: '#2b2b2b',
  },
} as const

export type Colours = Record<keyof (typeof PALETTE)['light'], string>

/** On paper: dark on white, whatever the screen's scheme. */
export const PRINT: Colours = {
  ...PALETTE.light,
  fg: '#000000',
  muted: '#333333',
  rule: '#999999',
  accent: '#000000',
  mark: '#000000',
}

/** The typeface of pages and cards: the reader's system font. */
export const SANS = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif'

const names = Object.keys(PALETTE.light) as (keyof Colours)[]

/**
 * The palette as CSS custom properties (`--bg`, `--fg`, …, and `--sans`): each is light-dark(light, dark), so the
 * reader's preference decides, unless `data-theme` on the root element forces one.
 */
export const PALETTE_CSS = [
  `:root{color-scheme:light dark;--sans:${SANS};${names.map((n) => `--${n}:light-dark(${PALETTE.light[n]},${PALETTE.dark[n]})`).join(';')}}`,
  ':root[data-theme=light]{color-scheme:light}',
  ':root[data-theme=dark]{color-scheme:dark}',
  `@media print{:root{color-scheme:light;${names.map((n) => `--${n}:${PRINT[n]}`).join(';')}}}`,
].join('\n')
