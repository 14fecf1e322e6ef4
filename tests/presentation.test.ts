// The article presented as a newsroom would: whose words and figures are whose, when it happened, how the figures
// are counted. Oracles: the seed text and the verified facts (../shared/reference/facts.md), copied here as text.
import { describe, expect, it } from 'vitest'
import LICENCE from './fixtures/general-staff-reference/LICENSE.txt?raw'
import seed from './fixtures/seed-article.txt?raw'
import { FEATURED, fetchWorker, ORIGIN } from './helpers'

const PAGE = `/articles/${FEATURED}`
const ORIGINAL =
  'https://www.ibtimes.com/350-russian-soldiers-die-one-day-53600-deaths-total-since-war-began-3613074'

const REPOSITORY = 'https://github.com/PetroIvaniuk/2022-Ukraine-Russia-War-Dataset'
/** The seed's body paragraphs: not its key points (•), not the photo captions on its first and last lines. */
const BODY = seed
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && line !== 'KEY POINTS' && !line.startsWith('•'))
  .slice(1, -1)

const page = async () => (await fetchWorker(PAGE)).text()
const text = (html: string) =>
  html
    .replace(/<(style|script)[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, '')
    .replaceAll('&#39;', "'")
    .replaceAll('&quot;', '"')
    .replaceAll('&amp;', '&')

function graph(html: string): Record<string, unknown>[] {
  const block = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1] ?? '{}'
  return (JSON.parse(block) as { '@graph': Record<string, unknown>[] })['@graph']
}

describe('GET /articles/{slug}: honest presentation', () => {
  it('has a headline that says "about" where the General Staff does', async () => {
    const html = await page()
    expect(html).toContain('bringing its count to about 53,650</h1>')
    expect(html).not.toMatch(/count to 53,650/)
  })

  it('labels the key points as the original article’s, and their figures as the General Staff’s claims', async () => {
    const shown = text(await page())
    expect(shown).toContain('Key points of the original article')
    expect(shown).toContain(
      "As International Business Times wrote them. Their figures are claims by Ukraine's General Staff, not verified facts.",
    )
  })

  it('dates the story: published in September 2022, figures as of Sept. 14, 2022', async () => {
    const html = await page()
    expect(text(html)).toContain('Published in September 2022; figures as of Sept. 14, 2022.')
    expect(html).toContain('<time datetime="2022-09">September 2022</time>')
  })

  it('ties each relative date to the calendar without changing a word of it', async () => {
    const html = await page()
    // facts.md: Tuesday and Wednesday are the reports of 2022-09-13 and -14; "Friday" is most likely 2022-09-09;
    // Kahl spoke on 2022-08-08 ("last month"); the Russian toll dates from March 2022.
    for (const [datetime, words] of [
      ['2022-09-13', 'Tuesday'],
      ['2022-09-14', 'Wednesday'],
      ['2022-02-24', 'Feb. 24'],
      ['2022-03', 'in March'],
      ['2022-09-09', 'as of Friday'],
      ['2022-08', 'last month'],
      ['2022-09', 'earlier this month'],
    ]) {
      expect(html).toContain(`<time datetime="${datetime}">${words}</time>`)
    }
    expect(html.match(/<time datetime="2022-09-13">Tuesday<\/time>/g)).toHaveLength(2)
    const shown = text(html)
    expect(shown).toContain('“Tuesday” means Sept. 13, 2022')
    expect(shown).toContain('“as of Friday” means Sept. 9, 2022 (most likely; not verified)')
    expect(shown).toContain('“last month” means August 2022')
  })

  it('explains how the figures are counted: combat losses, deaths, casualties, "about", and why none is checked', async () => {
    const html = await page()
    expect(html).toContain('<h2 id="how-counted">How the figures are counted</h2>')
    const note = text(html.slice(html.indexOf('id="how-counted"'), html.indexOf('id="figures"')))
    for (const phrase of [
      'Combat losses',
      'Deaths',
      'Casualties are killed and wounded together',
      '“About”',
    ]) {
      expect(note).toContain(phrase)
    }
    expect(note).toContain('No party’s count can be checked')
  })

  it('says what is whose in a visible line: the text is IBT’s, the data’s licence is MIT', async () => {
    const html = await page()
    expect(text(html)).toContain('The article’s text is by International Business Times')
    expect(html).toContain(`<a href="${ORIGINAL}">International Business Times</a>`)
    const licence = '/api/v1/datasets/general-staff-losses/licence.txt'
    expect(html).toContain(`<a href="${ORIGIN}${licence}">MIT licence</a>`)
    expect(await (await fetchWorker(licence)).text()).toBe(LICENCE)
  })

  it('links the dataset’s repository, and says it was compiled from the reports and corrected by its compiler', async () => {
    const html = await page()
    expect(html).toContain(`<a href="${REPOSITORY}">2022 Russia Ukraine War</a>`)
    expect(text(html)).toMatch(
      /The figures are claims by Ukraine's General Staff, as compiled from its daily reports by Petro Ivaniuk in “2022 Russia Ukraine War” \(MIT licence\) and corrected by its compiler where a figure was wrong\./,
    )
  })

  it('marks where the original’s words start and end, and says the chart set among them is this site’s', async () => {
    const html = await page()
    const start = '<p class="original-mark">The article as International Business Times published it:</p>'
    const end = '<p class="original-mark">End of the International Business Times article.</p>'
    expect(html).toContain(start)
    const between = html.slice(html.indexOf(start) + start.length, html.indexOf(end))
    const quotes = [...between.matchAll(/<blockquote cite="([^"]*)">([\s\S]*?)<\/blockquote>/g)]
    expect(quotes.map(([, cite]) => cite)).toEqual([ORIGINAL, ORIGINAL])
    // Every paragraph of the original, in order, is quoted; nothing of the original is outside the quotes.
    const quoted = quotes.flatMap(([, , body]) =>
      [...(body ?? '').matchAll(/<p>(.*?)<\/p>/g)].map(([, p]) => p),
    )
    expect(quoted.map((p) => text(p ?? ''))).toEqual(BODY)
    const rest = quotes.reduce((left, [whole]) => left.replace(whole, ''), between)
    expect(rest).toMatch(/^<figure class="chart-figure" id="context-chart">[\s\S]*<\/figure>$/)
    expect(text(rest)).toMatch(/^Set into the article by this site: not part of the original\./)
  })

  it('names this site as publisher and the IBT article as the source in JSON-LD, inventing no author or date', async () => {
    const nodes = graph(await page())
    const news = nodes.find((n) => n['@type'] === 'NewsArticle') as Record<string, unknown>
    expect(news.publisher).toMatchObject({ '@type': 'Organization', url: `${ORIGIN}/` })
    expect(JSON.stringify(news.publisher)).not.toContain('International Business Times')
    for (const key of ['isBasedOn', 'citation']) {
      expect(news[key]).toMatchObject({
        url: ORIGINAL,
        publisher: { name: 'International Business Times', url: 'https://www.ibtimes.com/' },
      })
    }
    expect(news).not.toHaveProperty('author')
    expect(news).not.toHaveProperty('datePublished')
    expect(news.creditText).toMatch(
      /^Headline, notes, tables and charts by .+\. Article text by International/,
    )
  })

  it('describes the Dataset for search engines: licence URL, variables, place, period, creators, downloads', async () => {
    const dataset = graph(await page()).find((n) => n['@type'] === 'Dataset') as Record<string, unknown>
    expect(dataset.license).toBe('https://spdx.org/licenses/MIT.html')
    expect(dataset.spatialCoverage).toMatchObject({ name: 'Ukraine' })
    expect(dataset.temporalCoverage).toBe('2022-02-24/2022-09-14')
    expect(dataset.creator).toEqual([
      { '@type': 'Organization', name: 'General Staff of the Armed Forces of Ukraine' },
      { '@type': 'Person', name: 'Petro Ivaniuk' },
    ])
    const variables = dataset.variableMeasured as { name: string; propertyID: string }[]
    // The thirteen categories of the General Staff's report (facts.md).
    expect(variables).toHaveLength(13)
    expect(variables.map((v) => v.propertyID)).toContain('personnel')
    const downloads = (dataset.distribution as { contentUrl: string; encodingFormat: string }[]).map(
      (d) => `${d.encodingFormat} ${d.contentUrl}`,
    )
    expect(downloads).toEqual(
      expect.arrayContaining([
        `application/json ${ORIGIN}/api/v1/articles/${FEATURED}/figures`,
        `text/csv ${ORIGIN}/api/v1/articles/${FEATURED}/figures.csv`,
        // The daily series the page charts (issue 12: every distribution, the daily series included).
        `application/json ${ORIGIN}/api/v1/datasets/general-staff-losses/reports`,
        `text/csv ${ORIGIN}/api/v1/datasets/general-staff-losses/reports.csv`,
      ]),
    )
    // Every download is served.
    for (const d of dataset.distribution as { contentUrl: string }[]) {
      expect((await fetchWorker(d.contentUrl.slice(ORIGIN.length))).status, d.contentUrl).toBe(200)
    }
  })

  it('puts the data links first and folds the embed code into a closed <details>', async () => {
    const html = await page()
    const section = html.slice(html.indexOf('id="get-data"'))
    expect(section.indexOf('figures.csv">')).toBeLessThan(section.indexOf('<details'))
    expect(section).toMatch(/<details class="embed"><summary>Embed code for your site<\/summary>/)
    expect(section).not.toMatch(/<details[^>]* open/)
    expect(section.indexOf('&lt;iframe')).toBeGreaterThan(section.indexOf('<details'))
  })
})

describe('the 404 page', () => {
  it('leads readers to reader pages, not to raw JSON', async () => {
    const res = await fetchWorker('/no-such-page')
    expect(res.status).toBe(404)
    const html = await res.text()
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'))
    const links = [...main.matchAll(/href="([^"]+)"/g)].map((m) => m[1])
    expect(links).toContain('/')
    expect(links.filter((href) => href?.includes('/api/'))).toEqual([])
  })
})
