// Data that cannot go live broken: each hand edit a newsroom might get wrong under deadline, made to a copy of
// the real bundled data, stops the loader with a DataError naming the file and the field.
import { describe, expect, it } from 'vitest'
import { buildData, DataError, type DataFiles } from '../src/data/load'
import { FEATURED } from './helpers'
import { REAL_DATA } from './real-data'

const ARTICLE_FILE = `data/articles/${FEATURED}/article.json`
const FIGURES_FILE = `data/articles/${FEATURED}/figures.json`

// Loose views of the JSON, just enough to edit it.
// biome-ignore lint/suspicious/noExplicitAny: an edit may reach anywhere in a file
type Json = Record<string, any>
type Edit = (files: { article: Json; figures: Json; sources: Json; categories: Json }) => void

/** A deep copy of the bundled data with one edit applied. */
function broken(edit: Edit, extra?: (files: DataFiles) => void): DataFiles {
  const files = structuredClone(REAL_DATA)
  const entry = files.articles[0]
  if (!entry) throw new Error('no bundled article')
  edit({
    article: entry.article.json as Json,
    figures: entry.figures.json as Json,
    sources: files.sources.json as Json,
    categories: files.categories.json as Json,
  })
  extra?.(files)
  return files
}

/** The loader's complaint about these files; fails the test if it loads or throws anything but a DataError. */
function complaint(files: DataFiles): string {
  try {
    buildData(files)
  } catch (error) {
    expect(error).toBeInstanceOf(DataError)
    return (error as DataError).message
  }
  throw new Error('the broken data loaded')
}

const setCount = (figures: Json, date: string, category: string, value: number) => {
  const report = figures.reports.find((r: Json) => r.date === date)
  report.counts[category] = value
}

describe('loadLibrary refuses broken data, naming file and field', () => {
  it('loads the real data as bundled', () => {
    expect(buildData(REAL_DATA).featured).toBe(FEATURED)
  })

  it('a count edited so the derived change no longer matches the prose', () => {
    // The prose says "five tanks" were lost between the two reports; 2,174 the day before makes it six. Edited in
    // the dataset and in the article's copy alike, so only the prose disagrees.
    const message = complaint(
      broken(
        ({ figures }) => setCount(figures, '2022-09-13', 'tanks', 2174),
        (files) => {
          const reports = files.datasets?.[0]?.reports.json as Json
          const record = reports.reports.find((r: Json) => r.date === '2022-09-13')
          record.stats.tanks = 2174
        },
      ),
    )
    expect(message).toContain(
      `${ARTICLE_FILE}: mentions.1: "five tanks": the prose says 5 but the figures say 6`,
    )
    expect(message).toContain(
      `${ARTICLE_FILE}: mentions.14: "2,175 tanks": the prose says 2175 but the figures say 2174`,
    )
  })

  it('a derived change written into the figures by hand', () => {
    const message = complaint(broken(({ figures }) => (figures.reports[1].change = { personnel: 350 })))
    expect(message).toMatch(new RegExp(`${FIGURES_FILE}: reports\\.1(\\.change)?: .*change`))
  })

  it('a number in the prose changed without its figure', () => {
    const message = complaint(
      broken(({ article }) => {
        article.paragraphs[1] = article.paragraphs[1].replace('53,650', '53,560')
        article.mentions[7].text = 'numbered 53,560'
      }),
    )
    expect(message).toContain(
      `${ARTICLE_FILE}: mentions.7: "numbered 53,560": the prose says 53560 but the figures say 53650`,
    )
  })

  it('a sentence of the prose edited so a mention no longer quotes it', () => {
    const message = complaint(
      broken(({ article }) => {
        article.keyPoints[1] = article.keyPoints[1].replace('five tanks', 'six tanks')
      }),
    )
    expect(message).toContain(
      `${ARTICLE_FILE}: mentions.1: "five tanks": this text is not in the key points or paragraphs`,
    )
  })

  it('reports out of date order', () => {
    const message = complaint(broken(({ figures }) => figures.reports.reverse()))
    expect(message).toContain(`${FIGURES_FILE}: reports.1.date: 2022-09-13 must come after 2022-09-14`)
  })

  it('a report or a claim whose source is not in sources.json', () => {
    const message = complaint(
      broken(({ figures }) => {
        figures.reports[0].source = 'nobody'
        figures.claims[2].source = 'somebody'
      }),
    )
    expect(message).toContain(
      `${FIGURES_FILE}: reports.0.source: source "nobody" is not in data/sources.json`,
    )
    expect(message).toContain(
      `${FIGURES_FILE}: claims.2.source: source "somebody" is not in data/sources.json`,
    )
  })

  it('a figure or claim with no source at all', () => {
    const message = complaint(
      broken(({ figures }) => {
        delete figures.reports[1].source
        delete figures.claims[0].source
      }),
    )
    expect(message).toContain(`${FIGURES_FILE}: reports.1.source:`)
    expect(message).toContain(`${FIGURES_FILE}: claims.0.source:`)
  })

  it('the same slug published twice', () => {
    const message = complaint(
      broken(
        () => {},
        (files) => {
          files.articles.push(structuredClone(files.articles[0] as DataFiles['articles'][number]))
        },
      ),
    )
    expect(message).toContain(`${ARTICLE_FILE}: slug: "${FEATURED}" is used by another article`)
  })

  it('a source or category id listed twice', () => {
    const message = complaint(
      broken(({ sources, categories }) => {
        sources.sources.push({ ...sources.sources[0] })
        categories.categories.push({ ...categories.categories[1] })
      }),
    )
    expect(message).toContain('data/sources.json: 4.id: "ukraine-general-staff" is listed twice')
    expect(message).toContain('data/categories.json: 16.id: "tanks" is listed twice')
  })

  it.each([
    ['2022-02-30', 'a day February does not have'],
    ['2023-02-29', 'a leap day in a common year'],
    ['2022-13-01', 'a thirteenth month'],
    ['14 Sept 2022', 'a date not written YYYY-MM-DD'],
  ])('a bad date, %s (%s)', (date) => {
    const message = complaint(
      broken(({ article, figures }) => {
        article.figuresAsOf = date
        figures.claims[0].asOf = date
      }),
    )
    expect(message).toMatch(
      new RegExp(`${ARTICLE_FILE}: figuresAsOf: must be (a real calendar date|a date written)`),
    )
  })

  it('a bad date in the figures', () => {
    const message = complaint(broken(({ figures }) => (figures.claims[1].asOf = '2022-09-31')))
    expect(message).toContain(`${FIGURES_FILE}: claims.1.asOf: must be a real calendar date`)
  })

  it('figuresAsOf that is not the latest report', () => {
    const message = complaint(broken(({ article }) => (article.figuresAsOf = '2022-09-13')))
    expect(message).toContain(
      `${ARTICLE_FILE}: figuresAsOf: 2022-09-13 must be the date of the latest report, 2022-09-14`,
    )
  })

  it('a count that is negative or not a whole number, and a category that does not exist', () => {
    const message = complaint(
      broken(({ figures }) => {
        setCount(figures, '2022-09-14', 'drones', -1)
        setCount(figures, '2022-09-14', 'mlrs', 311.5)
      }),
    )
    expect(message).toContain(`${FIGURES_FILE}: reports.1.counts.drones: must not be negative`)
    expect(message).toContain(`${FIGURES_FILE}: reports.1.counts.mlrs: must be a whole number`)
    const unknown = complaint(broken(({ figures }) => setCount(figures, '2022-09-14', 'submarines', 1)))
    expect(unknown).toContain(
      `${FIGURES_FILE}: reports.1: category "submarines" is not in data/categories.json`,
    )
  })

  it('a featured slug that names no article', () => {
    const message = complaint(
      broken(
        () => {},
        (files) => Object.assign(files, { featured: 'nope' }),
      ),
    )
    expect(message).toContain('featured article "nope" is not among the articles')
  })

  it('an unknown field, so a misspelt one cannot silently drop data', () => {
    const message = complaint(broken(({ article }) => (article.headlien = 'x')))
    expect(message).toContain(`${ARTICLE_FILE}: headlien:`)
  })

  it('a range whose low end is above its high end', () => {
    const message = complaint(broken(({ figures }) => (figures.claims[2].low = 90000)))
    expect(message).toContain(`${FIGURES_FILE}: claims.2: low (90000) is above high (80000)`)
  })
})
