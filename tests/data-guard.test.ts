// Data that cannot go live broken: each hand edit a newsroom might get wrong under deadline, made to a copy of
// the real data (or of the test-only article that writes its reports out), stops the build with a DataError
// naming the file and the field.
import { describe, expect, it } from 'vitest'
import { buildData, DataError, type DataFiles } from '../build-tools/data/load'
import { dataWithFixture, FEATURED } from './helpers'
import { REAL_DATA } from './real-data'

const ARTICLE_FILE = `data/articles/${FEATURED}/article.json`
const FIGURES_FILE = `data/articles/${FEATURED}/figures.json`
const REPORTS_FILE = 'data/datasets/general-staff-losses/reports.json'
const DATASET_FILE = 'data/datasets/general-staff-losses/dataset.json'
/** The test-only article whose figures.json writes its reports out instead of naming the dataset's. */
const INLINE_FILE = 'tests/fixtures/drone-report/figures.json'

// Loose views of the JSON, just enough to edit it.
// biome-ignore lint/suspicious/noExplicitAny: an edit may reach anywhere in a file
type Json = Record<string, any>
type Edit = (files: {
  article: Json
  figures: Json
  sources: Json
  categories: Json
  dataset: Json
  reports: Json
  inline: Json
}) => void

/** A deep copy of the real data and the inline fixture, with one edit applied. */
function broken(edit: Edit, extra?: (files: DataFiles) => void): DataFiles {
  const files = dataWithFixture()
  const [entry, inline] = files.articles
  const [dataset] = files.datasets ?? []
  if (!entry || !inline || !dataset) throw new Error('no real article, fixture or dataset')
  edit({
    article: entry.article.json as Json,
    figures: entry.figures.json as Json,
    sources: files.sources.json as Json,
    categories: files.categories.json as Json,
    dataset: dataset.dataset.json as Json,
    reports: dataset.reports.json as Json,
    inline: inline.figures.json as Json,
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

/** Sets a count in the dataset's record for a date (`stats`) or in an inline report (`counts`). */
const setCount = (file: Json, date: string, category: string, value: unknown) => {
  const report = file.reports.find((r: Json) => r.date === date)
  ;(report.stats ?? report.counts)[category] = value
}
const indexOf = (file: Json, date: string) => file.reports.findIndex((r: Json) => r.date === date)

describe('buildData refuses broken data, naming file and field', () => {
  it('loads the real data as bundled', () => {
    expect(buildData(REAL_DATA).featured).toBe(FEATURED)
  })

  it('a relative date whose words are not in the prose, or are listed twice', () => {
    const message = complaint(
      broken(({ article }) => {
        article.datesInText.push({ text: 'Thursday', date: '2022-09-15', verified: true })
        article.datesInText.push({ ...article.datesInText[0] })
      }),
    )
    expect(message).toContain(
      `${ARTICLE_FILE}: datesInText.7.text: "Thursday" is not in the key points or paragraphs`,
    )
    expect(message).toContain(`${ARTICLE_FILE}: datesInText.8.text: "Tuesday" is listed twice`)
  })

  it('a relative date that is neither a day nor a month', () => {
    const message = complaint(broken(({ article }) => (article.datesInText[0].date = '2022-9')))
    expect(message).toContain(
      `${ARTICLE_FILE}: datesInText.0.date: must be a date (YYYY-MM-DD) or a month (YYYY-MM)`,
    )
  })

  it('a count edited so the derived change no longer matches the prose', () => {
    // The prose says "five tanks" were lost between the two reports; 2,174 the day before makes it six. The
    // article names the dataset's reports, so the edit is made there, in the one place the figure lives.
    const message = complaint(broken(({ reports }) => setCount(reports, '2022-09-13', 'tanks', 2174)))
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
    const inline = complaint(broken(({ inline }) => inline.reports.reverse()))
    expect(inline).toContain(`${INLINE_FILE}: reports.1.date: 2022-09-13 must come after 2022-09-14`)
  })

  it('a report, a dataset or a claim whose source is not in sources.json', () => {
    const message = complaint(
      broken(({ inline, dataset, figures }) => {
        inline.reports[0].source = 'nobody'
        dataset.source = 'nobody'
        figures.claims[2].source = 'somebody'
      }),
    )
    expect(message).toContain(`${INLINE_FILE}: reports.0.source: source "nobody" is not in data/sources.json`)
    expect(message).toContain(`${DATASET_FILE}: source: source "nobody" is not in data/sources.json`)
    expect(message).toContain(
      `${FIGURES_FILE}: claims.2.source: source "somebody" is not in data/sources.json`,
    )
  })

  it('a figure or claim with no source at all', () => {
    const message = complaint(
      broken(({ inline, figures }) => {
        delete inline.reports[1].source
        delete figures.claims[0].source
      }),
    )
    expect(message).toContain(`${INLINE_FILE}: reports.1.source:`)
    expect(message).toContain(`${FIGURES_FILE}: claims.0.source:`)
  })

  it('a report named from a dataset that does not exist, or on a date the dataset does not have', () => {
    const message = complaint(
      broken(({ figures }) => {
        figures.reports[0].dataset = 'general-staff-loses'
        figures.reports[1].date = '2022-09-15'
      }),
    )
    expect(message).toContain(
      `${FIGURES_FILE}: reports.0.dataset: "general-staff-loses" is not a dataset in data/datasets/ (general-staff-losses)`,
    )
    expect(message).toContain(
      `${FIGURES_FILE}: reports.1.date: 2022-09-15 is not a report in dataset "general-staff-losses" (2022-02-25 to 2022-09-14)`,
    )
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
    const at = indexOf(REAL_DATA.datasets?.[0]?.reports.json as Json, '2022-09-14')
    const message = complaint(
      broken(({ reports }) => {
        setCount(reports, '2022-09-14', 'drones', -1)
        setCount(reports, '2022-09-14', 'mlrs', 311.5)
      }),
    )
    expect(message).toContain(`${REPORTS_FILE}: reports.${at}.stats.drones: must not be negative`)
    expect(message).toContain(`${REPORTS_FILE}: reports.${at}.stats.mlrs: must be a whole number`)
    const inline = complaint(
      broken(({ inline }) => {
        setCount(inline, '2022-09-14', 'drones', -1)
        setCount(inline, '2022-09-14', 'submarines', 1)
      }),
    )
    expect(inline).toContain(`${INLINE_FILE}: reports.1.counts.drones: must not be negative`)
    const unknown = complaint(broken(({ inline }) => setCount(inline, '2022-09-14', 'submarines', 1)))
    expect(unknown).toContain(
      `${INLINE_FILE}: reports.1: category "submarines" is not in data/categories.json`,
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
