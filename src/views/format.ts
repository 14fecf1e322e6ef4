// How numbers and dates read on the page: the way the article itself writes them (AP style).

const NUMBER = new Intl.NumberFormat('en-US')

/** @example formatNumber(53650) // "53,650" */
export function formatNumber(n: number): string {
  return NUMBER.format(n)
}

/** A figure as its source gives it: "about" where the source says so. @example formatFigure(f) // "about 53,650" */
export function formatFigure(figure: { value: number; approximate: boolean }): string {
  return `${figure.approximate ? 'about ' : ''}${NUMBER.format(figure.value)}`
}

/** A signed change; a true minus sign so screen readers say "minus". @example formatChange(350) // "+350" */
export function formatChange(n: number): string {
  if (n === 0) return '0'
  return n > 0 ? `+${NUMBER.format(n)}` : `\u2212${NUMBER.format(-n)}`
}

// AP style abbreviates these months and spells out the rest.
const AP_MONTHS = [
  'Jan.',
  'Feb.',
  'March',
  'April',
  'May',
  'June',
  'July',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
]

/** @example formatDate('2022-09-14') // "Sept. 14, 2022" */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number]
  return `${AP_MONTHS[month - 1]} ${day}, ${year}`
}

/** @example formatMonth('2022-09-14') // "Sept." */
export function formatMonth(isoDate: string): string {
  return AP_MONTHS[Number(isoDate.slice(5, 7)) - 1] ?? ''
}

/** @example formatDateShort('2022-09-14') // "Sept. 14" */
export function formatDateShort(isoDate: string): string {
  return formatDate(isoDate).replace(/, \d+$/, '')
}

const FULL_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
].concat(['October', 'November', 'December'])

/** A month alone is spelled out (AP style). @example formatMonthYear('2022-09') // "September 2022" */
export function formatMonthYear(isoMonth: string): string {
  const [year, month] = isoMonth.split('-').map(Number) as [number, number]
  return `${FULL_MONTHS[month - 1]} ${year}`
}

/** A date or, for YYYY-MM, a month. @example formatDateOrMonth('2022-08') // "August 2022" */
export function formatDateOrMonth(iso: string): string {
  return iso.length === 7 ? formatMonthYear(iso) : formatDate(iso)
}
