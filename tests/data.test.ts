import { describe, expect, it } from 'vitest'
import { buildData } from '../build-tools/data/load'
import { numberIn } from '../build-tools/data/mentions'
import { dataWithFixture, FEATURED } from './helpers'
import { REAL_DATA } from './real-data'

describe('buildData with the bundled data', () => {
  const built = buildData(REAL_DATA)
  const article = built.articles.find((a) => a.slug === FEATURED)
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
    expect(built.featured).toBe(FEATURED)
  })
})

describe('a second article is data, not code', () => {
  it('loads the test-only fixture beside the real article', () => {
    const { articles } = buildData(dataWithFixture())
    expect(articles.map((a) => a.slug)).toEqual([FEATURED, 'drone-report'])
    const drones = articles
      .find((a) => a.slug === 'drone-report')
      ?.reports.at(-1)
      ?.figures.find((f) => f.category.id === 'drones')
    expect(drones).toMatchObject({ value: 908, change: 4, quotedInArticle: true })
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
