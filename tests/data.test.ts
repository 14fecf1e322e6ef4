import { describe, expect, it } from 'vitest'
import { BUNDLED_DATA } from '../src/data/bundled'
import { DataError, type DataFiles, loadLibrary } from '../src/data/load'
import { numberIn } from '../src/domain/mentions'
import { dataWithFixture, FEATURED, json } from './helpers'

type Counts = { reports: { date: string; source: string; counts: Record<string, number | string> }[] }
type Text = { slug: string; paragraphs: string[]; keyPoints: string[]; mentions: { text: string }[] }

/** A deep copy of the bundled data, broken by `edit`, and the error loading it gives. */
function loadError(edit: (files: DataFiles) => void): string {
  const files = structuredClone(BUNDLED_DATA)
  edit(files)
  try {
    loadLibrary(files)
  } catch (error) {
    expect(error).toBeInstanceOf(DataError)
    return (error as Error).message
  }
  throw new Error('loadLibrary accepted broken data')
}

const main = (files: DataFiles) => files.articles[0] as DataFiles['articles'][number]
const ARTICLE = 'data/articles/russia-lost-350-troops-in-one-day/article.json'
const FIGURES = 'data/articles/russia-lost-350-troops-in-one-day/figures.json'

describe('loadLibrary with the bundled data', () => {
  const library = loadLibrary(BUNDLED_DATA)
  const article = library.getArticle(FEATURED)
  if (!article) throw new Error('featured article missing')
  const latest = article.reports.at(-1)
  const figure = (id: string) => latest?.figures.find((f) => f.category.id === id)

  it('holds both General Staff reports with all thirteen categories, oldest first', () => {
    expect(article.reports.map((r) => r.date)).toEqual(['2022-09-13', '2022-09-14'])
    for (const report of article.reports) expect(report.figures).toHaveLength(13)
    expect(article.reports.map((r) => r.dayOfWar)).toEqual([202, 203])
  })

  it('derives each daily change from the two reports', () => {
    expect(figure('personnel')).toMatchObject({
      value: 53650,
      change: 350,
      changeSince: '2022-09-13',
      approximate: true,
    })
    expect(figure('tanks')).toMatchObject({ value: 2180, change: 5 })
    expect(figure('artillery')).toMatchObject({ value: 1290, change: 11 })
    expect(figure('vehicles')).toMatchObject({ value: 3501, change: 32 })
    expect(figure('mlrs')).toMatchObject({ value: 311, change: 0 })
    expect(article.reports[0]?.figures.every((f) => f.change === null)).toBe(true)
  })

  it('marks exactly the six categories the article quotes', () => {
    const quoted = latest?.figures.filter((f) => f.quotedInArticle).map((f) => f.category.id)
    expect(quoted?.sort()).toEqual(['afv', 'aircraft', 'artillery', 'helicopters', 'personnel', 'tanks'])
  })

  it('attributes every claim to its source, with what it measures and its kind', () => {
    expect(article.claims.map((c) => [c.by.shortName, c.measures, c.kind])).toEqual([
      ["Russia's Ministry of Defence", 'deaths', 'party-claim'],
      ['Mediazona', 'confirmed-deaths', 'independent-count'],
      ['Colin Kahl (U.S. Department of Defense)', 'casualties', 'estimate-range'],
    ])
    expect(article.claims.find((c) => c.source === 'mediazona')?.asOfVerified).toBe(false)
  })

  it('features the article served at /', () => {
    expect(library.featured.slug).toBe(FEATURED)
  })
})

describe('a second article is data, not code', () => {
  it('loads the test-only fixture beside the real article', () => {
    const library = loadLibrary(dataWithFixture())
    expect(library.listArticles().map((a) => a.slug)).toEqual([FEATURED, 'drone-report'])
    const drones = library
      .getArticle('drone-report')
      ?.reports.at(-1)
      ?.figures.find((f) => f.category.id === 'drones')
    expect(drones).toMatchObject({ value: 908, change: 4, quotedInArticle: true })
  })
})

describe('prose and figures must agree', () => {
  it('fails when the prose states a number the figures do not have', () => {
    const message = loadError((files) => {
      const text = json<Text>(main(files).article)
      text.paragraphs = text.paragraphs.map((p) => p.replace('2,180 tanks', '2,190 tanks'))
      const mention = text.mentions.find((m) => m.text === '2,180 tanks')
      if (mention) mention.text = '2,190 tanks'
    })
    expect(message).toMatch(
      new RegExp(`${ARTICLE}: mentions\\.\\d+: "2,190 tanks": the prose says 2190 but the figures say 2180`),
    )
  })

  it('fails when a count changes under the prose, naming every sentence it breaks', () => {
    const message = loadError((files) => {
      const latest = json<Counts>(main(files).figures).reports[1]
      if (latest) latest.counts.tanks = 2181
    })
    expect(message).toContain('"2,180 tanks": the prose says 2180 but the figures say 2181')
    expect(message).toContain('"five tanks": the prose says 5 but the figures say 6')
  })

  it('fails when a quoted sentence is no longer in the prose', () => {
    const message = loadError((files) => {
      const text = json<Text>(main(files).article)
      text.keyPoints = text.keyPoints.map((k) => k.replace('five tanks', 'some tanks'))
    })
    expect(message).toContain('"five tanks": this text is not in the key points or paragraphs')
  })
})

describe('broken data never loads', () => {
  it('names the file and field of a schema error', () => {
    const message = loadError((files) => {
      const latest = json<Counts>(main(files).figures).reports[1]
      if (latest) latest.counts.tanks = 'many'
    })
    expect(message).toContain(`${FIGURES}: reports.1.counts.tanks:`)
  })

  it('rejects reports out of date order', () => {
    const message = loadError((files) => {
      json<Counts>(main(files).figures).reports.reverse()
    })
    expect(message).toContain(`${FIGURES}: reports.1.date: 2022-09-13 must come after 2022-09-14`)
  })

  it('rejects an impossible date', () => {
    const message = loadError((files) => {
      const first = json<Counts>(main(files).figures).reports[0]
      if (first) first.date = '2022-02-30'
    })
    expect(message).toContain(`${FIGURES}: reports.0.date:`)
  })

  it('rejects a figure whose source is unknown', () => {
    const message = loadError((files) => {
      const first = json<Counts>(main(files).figures).reports[0]
      if (first) first.source = 'someone'
    })
    expect(message).toContain(`${FIGURES}: reports.0.source: source "someone" is not in data/sources.json`)
  })

  it('rejects a category that is not in data/categories.json', () => {
    const message = loadError((files) => {
      const first = json<Counts>(main(files).figures).reports[0]
      if (first) first.counts.submarines = 1
    })
    expect(message).toContain(`${FIGURES}: reports.0: category "submarines" is not in data/categories.json`)
  })

  it('rejects two articles with one slug', () => {
    const message = loadError((files) => {
      files.articles.push(structuredClone(main(files)))
    })
    expect(message).toContain(`${ARTICLE}: slug: "${FEATURED}" is used by another article`)
  })

  it('rejects a featured slug that names no article', () => {
    expect(loadError((files) => Object.assign(files, { featured: 'nope' }))).toContain(
      'featured article "nope"',
    )
  })

  it('rejects unknown fields, so a typo cannot silently drop data', () => {
    const message = loadError((files) => Object.assign(json(main(files).article), { headlien: 'x' }))
    expect(message).toContain(`${ARTICLE}: headlien:`)
  })
})

describe('numberIn', () => {
  it('reads digits with thousands separators and AP-style number words', () => {
    expect(numberIn('numbered 53,650')).toBe(53650)
    expect(numberIn('five tanks')).toBe(5)
    expect(numberIn('11 artillery systems')).toBe(11)
    expect(numberIn('no number here')).toBeUndefined()
  })
})
