// The General Staff's daily series as a dataset: checked against the reference file it was made from (a copy
// kept in tests/fixtures as the oracle), with increases computed here, not by the code under test.
import { describe, expect, it } from 'vitest'
import { buildData, DataError, type DataFiles } from '../build-tools/data/load'
import reference from './fixtures/general-staff-reference/general-staff-daily.json'
import { dataWithFixture, FEATURED, libraryFor } from './helpers'
import { REAL_DATA } from './real-data'

const dataWithDatasets = () => structuredClone(REAL_DATA)

const DATASET = 'general-staff-losses'
const REPORTS_FILE = `data/datasets/${DATASET}/reports.json`
const DATASET_FILE = `data/datasets/${DATASET}/dataset.json`
const INLINE_FILE = 'tests/fixtures/drone-report/figures.json'

type Day = Record<string, string | number | null>
const days = reference.days as Day[]
const KEYS = [...Object.keys(reference.meta.categories), ...Object.keys(reference.meta.legacyCategories)]
const RANGES = { ...reference.meta.categories, ...reference.meta.legacyCategories } as Record<
  string,
  { firstDate: string; lastDate: string }
>

async function generalStaff(files: DataFiles = dataWithDatasets()) {
  const dataset = await libraryFor(files).getDataset(DATASET)
  if (!dataset) throw new Error(`no dataset ${DATASET}`)
  return dataset
}

// biome-ignore lint/suspicious/noExplicitAny: an edit may reach anywhere in a file
type Json = Record<string, any>

/** The loader's complaint about the data with one edit; fails if it loads or throws anything but a DataError. */
function complaint(edit: (files: { reports: Json; dataset: Json; figures: Json }) => void): string {
  const files = dataWithDatasets()
  const [entry] = files.datasets ?? []
  const [article] = files.articles
  if (!entry || !article) throw new Error('no dataset or article')
  edit({
    reports: entry.reports.json as Json,
    dataset: entry.dataset.json as Json,
    figures: article.figures.json as Json,
  })
  try {
    buildData(files)
  } catch (error) {
    expect(error).toBeInstanceOf(DataError)
    return (error as DataError).message
  }
  throw new Error('the broken data loaded')
}

describe(`dataset ${DATASET}`, () => {
  it('holds every report of the reference file, oldest first, one per date', async () => {
    const dataset = await generalStaff()
    expect(dataset.reports.map((r) => r.date)).toEqual(days.map((d) => d.date))
    expect(dataset.reports).toHaveLength(202)
    expect([dataset.from, dataset.to]).toEqual(['2022-02-25', '2022-09-14'])
  })

  it('equals the reference value for value, every category, qualifier and direction', async () => {
    const dataset = await generalStaff()
    dataset.reports.forEach((report, i) => {
      const day = days[i] as Day
      expect(report.day).toBe(day.day)
      expect(Object.keys(report.stats).sort()).toEqual([...KEYS].sort())
      for (const key of KEYS) expect(report.stats[key], `${day.date} ${key}`).toBe(day[key])
      expect(report.personnelQualifier).toBe(day.personnelQualifier)
      expect(report.greatestLossesDirection).toBe(day.greatestLossesDirection)
    })
  })

  it('keeps null as null, never 0, and a reported 0 as 0', async () => {
    const dataset = await generalStaff()
    const nulls = (get: (i: number, key: string) => unknown) =>
      days.flatMap((_, i) => KEYS.filter((key) => get(i, key) === null).map((key) => `${i}:${key}`))
    const inReference = nulls((i, key) => days[i]?.[key])
    expect(inReference.length).toBeGreaterThan(0)
    expect(nulls((i, key) => dataset.reports[i]?.stats[key])).toEqual(inReference)
    expect(dataset.reports[0]?.stats.drones).toBe(0)
    expect(dataset.reports[0]?.stats['anti-aircraft']).toBe(0)
    expect(dataset.reports[0]?.stats.vehicles).toBeNull()
  })

  it('derives each increase from the day before: null where either day is null, and on the first day', async () => {
    const dataset = await generalStaff()
    dataset.reports.forEach((report, i) => {
      const today = days[i] as Day
      const before = days[i - 1]
      for (const key of KEYS) {
        const a = today[key]
        const b = before?.[key]
        const expected = typeof a === 'number' && typeof b === 'number' ? a - b : null
        expect(report.increase[key], `${today.date} ${key}`).toBe(expected)
      }
    })
    const last = dataset.reports.at(-1)
    expect(last?.increase.personnel).toBe(350)
    expect(dataset.reports.find((r) => r.date === '2022-05-01')?.increase.vehicles).toBeNull()
  })

  it('names each category with the first and last date it was reported', async () => {
    const dataset = await generalStaff()
    expect(dataset.categories.map((c) => c.key)).toEqual(KEYS)
    for (const category of dataset.categories) {
      expect([category.firstReported, category.lastReported]).toEqual([
        RANGES[category.key]?.firstDate,
        RANGES[category.key]?.lastDate,
      ])
    }
  })

  it("credits the compiler and carries the MIT notice and the claimant's name", async () => {
    const dataset = await generalStaff()
    expect(dataset.source.shortName).toBe("Ukraine's General Staff")
    expect(dataset.compiledBy).toMatchObject({
      author: 'Petro Ivaniuk',
      commit: reference.meta.source.commit,
    })
    expect(dataset.licence.name).toBe('MIT')
    expect(dataset.licence.text).toContain(reference.meta.source.copyright)
    expect(dataset.licence.text).toContain(
      'The above copyright notice and this permission notice shall be included',
    )
  })

  it('is listed, and an unknown id is undefined', async () => {
    const library = libraryFor(dataWithDatasets())
    expect((await library.listDatasets()).map((d) => d.id)).toEqual([DATASET])
    expect(await library.getDataset('nope')).toBeUndefined()
  })
})

describe("the article's General Staff reports and the dataset", () => {
  it("are the dataset's records for those dates, figure for figure", async () => {
    const article = buildData(dataWithDatasets()).articles.find((a) => a.slug === FEATURED)
    const gsReports = article?.reports.filter((r) => r.source.id === 'ukraine-general-staff') ?? []
    expect(gsReports.map((r) => r.date)).toEqual(['2022-09-13', '2022-09-14'])
    for (const report of gsReports) {
      const day = days.find((d) => d.date === report.date) as Day
      const reported = KEYS.filter((key) => day[key] !== null)
      expect(report.figures.map((f) => f.category.id).sort()).toEqual([...reported].sort())
      for (const figure of report.figures) expect(figure.value).toBe(day[figure.category.id])
    }
  })

  it('are named, not copied: the real article takes its General Staff reports from the dataset', () => {
    const figures = dataWithDatasets().articles[0]?.figures.json as { reports: object[] }
    expect(figures.reports).toEqual([
      { dataset: DATASET, date: '2022-09-13' },
      { dataset: DATASET, date: '2022-09-14' },
    ])
  })

  it('fail to load when a copy disagrees, naming the file and the field', () => {
    const files = dataWithFixture()
    const inline = files.articles[1]?.figures.json as Json
    inline.reports[1].counts.drones = 909
    let message = ''
    try {
      buildData(files)
    } catch (error) {
      expect(error).toBeInstanceOf(DataError)
      message = (error as DataError).message
    }
    expect(message).toContain(
      `${INLINE_FILE}: reports.1.counts.drones: 909 disagrees with ${REPORTS_FILE}, which has 908 on 2022-09-14`,
    )
  })
})

describe('a broken dataset fails to load, naming file and field', () => {
  it('a category left out of a report, which must be written as null', () => {
    const message = complaint(({ reports }) => delete reports.reports[3].stats.tanks)
    expect(message).toContain(`${REPORTS_FILE}: reports.3.stats: "tanks" is missing; write null`)
  })

  it('a cumulative count that falls (a typo such as 165 for 1,165)', () => {
    const message = complaint(({ reports }) => (reports.reports[14].stats.afv = 165))
    expect(message).toContain(`${REPORTS_FILE}: reports.14.stats.afv: 165 is below`)
  })

  it('a category that is not the dataset’s, and one that is not in data/categories.json', () => {
    const message = complaint(({ reports, dataset }) => {
      reports.reports[0].stats.submarines = 1
      dataset.categories.push({ key: 'spaceships', sourceField: 'spaceship' })
    })
    expect(message).toContain(`${REPORTS_FILE}: reports.0.stats.submarines: "submarines" is not one of`)
    expect(message).toContain(`${DATASET_FILE}: categories.16.key: category "spaceships" is not in`)
  })

  it('a figure typed as a string, and a negative one', () => {
    const message = complaint(({ reports }) => {
      reports.reports[0].stats.tanks = '80'
    })
    expect(message).toContain(`${REPORTS_FILE}: reports.0.stats.tanks:`)
  })

  it('reports out of date order', () => {
    const message = complaint(({ reports }) => reports.reports.reverse())
    expect(message).toContain(`${REPORTS_FILE}: reports.1.date: 2022-09-13 must come after 2022-09-14`)
  })
})
