// A generated archive for the bench (bench/archive.mjs) and the image tests (tests/node/images.test.mjs): the
// real data plus articles whose text and numbers differ, each quoting a different pair of consecutive General Staff
// reports, written as data folders the check accepts.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { random } from './random.mjs'

const root = fileURLToPath(new URL('../..', import.meta.url))

const WORDS =
  `officials front line shelling village region counteroffensive reported morning statement analysts
  supply convoy bridge artillery positions eastern southern northern drone footage satellite images residents
  evacuation mayor governor ministry briefing spokesman estimate independent verification casualties
  equipment losses armoured column river crossing railway depot ammunition warehouse strike overnight
  defence intelligence assessment commanders troops brigade battalion trenches winter summer harvest grain
  port corridor sanctions talks negotiations ceasefire humanitarian aid volunteers hospital power station`
    .split(/\s+/)
    .filter(Boolean)
const NUMBER = new Intl.NumberFormat('en-US')

/**
 * One generated article over two reports of the dataset, `gap` days apart: prose whose figures the check verifies.
 * The gap makes the rise it quotes, and so its snapshot chart and share image, its own.
 */
function generatedArticle(i, [before, after, gap], rand) {
  const pick = () => WORDS[Math.floor(rand() * WORDS.length)]
  const sentence = (n) => {
    const words = Array.from({ length: n }, pick)
    return `${words[0][0].toUpperCase()}${words.join(' ').slice(1)}.`
  }
  const paragraph = () =>
    Array.from({ length: 3 + Math.floor(rand() * 3) }, () => sentence(8 + Math.floor(rand() * 10))).join(' ')
  const slug = `generated-article-${i}`
  const personnel = after.stats.personnel - before.stats.personnel
  const stated = {
    troops:
      gap === 1 ? `${NUMBER.format(personnel)} troops in one day` : `${NUMBER.format(personnel)} troops`,
    total: `about ${NUMBER.format(after.stats.personnel)} soldiers`,
    tanks: `${NUMBER.format(after.stats.tanks)} tanks`,
    artillery: `${NUMBER.format(after.stats.artillery)} artillery systems`,
  }
  const paragraphs = [
    `Ukraine's General Staff said Russia lost ${stated.troops}${gap === 1 ? '' : ` since ${before.date}`}, bringing its count to ${stated.total}. ${paragraph()}`,
    paragraph(),
    `It also claimed ${stated.tanks} and ${stated.artillery} destroyed since the invasion began. ${paragraph()}`,
    paragraph(),
    paragraph(),
    paragraph(),
  ]
  const article = {
    $schema: '../../../schemas/article.schema.json',
    slug,
    headline: `Report ${i}: Ukraine says Russia lost ${NUMBER.format(personnel)} troops in ${gap === 1 ? 'one day' : `${gap} days`}, ${pick()} ${pick()}`,
    description: `${sentence(12)} Figures as of ${after.date}, according to Ukraine's General Staff.`,
    publisher: { name: 'Generated Gazette', url: 'https://generated.example/' },
    originalUrl: `https://generated.example/${slug}`,
    figuresAsOf: after.date,
    keyPoints: [sentence(10), sentence(12)],
    paragraphs,
    mentions: [
      { text: stated.troops, report: after.date, category: 'personnel', value: 'change' },
      { text: stated.total, report: after.date, category: 'personnel', value: 'total' },
      { text: stated.tanks, report: after.date, category: 'tanks', value: 'total' },
      { text: stated.artillery, report: after.date, category: 'artillery', value: 'total' },
    ],
  }
  const figures = {
    $schema: '../../../schemas/figures.schema.json',
    reports: [
      { dataset: 'general-staff-losses', date: before.date },
      { dataset: 'general-staff-losses', date: after.date },
    ],
    claims: [],
  }
  return { slug, article, figures }
}

/** Longest gap between the two reports an article quotes: 60 gaps of about 190 days make over 10,000 pairs. */
const MAX_GAP = 60

/**
 * Pairs of reports of the dataset, [before, after, days apart], consecutive days first, whose personnel figure is
 * "about" (an article cannot quote a "more than" figure).
 */
function reportPairs(dir) {
  const { reports } = JSON.parse(
    readFileSync(join(dir, 'datasets/general-staff-losses/reports.json'), 'utf8'),
  )
  const about = (r) => r.personnelQualifier === 'about'
  const pairs = []
  for (let gap = 1; gap <= MAX_GAP; gap++)
    for (let j = gap; j < reports.length; j++)
      if (about(reports[j - gap]) && about(reports[j])) pairs.push([reports[j - gap], reports[j], gap])
  return pairs
}

/** Writes generated article `i` into a data folder, quoting the `pair`th pair of consecutive reports. */
function writeArticle(dir, pairs, i, pair, rand) {
  const { slug, article, figures } = generatedArticle(i, pairs[pair % pairs.length], rand)
  mkdirSync(join(dir, 'articles', slug), { recursive: true })
  writeFileSync(join(dir, 'articles', slug, 'article.json'), JSON.stringify(article))
  writeFileSync(join(dir, 'articles', slug, 'figures.json'), JSON.stringify(figures))
  return slug
}

/** The real data plus `count - 1` generated articles, in a new folder. */
export function generateData(count) {
  const dir = mkdtempSync(join(tmpdir(), `article-edge-archive-${count}-`))
  cpSync(join(root, 'data'), dir, { recursive: true })
  const pairs = reportPairs(dir)
  const rand = random(count)
  for (let i = 1; i < count; i++) writeArticle(dir, pairs, i, i, rand)
  return dir
}

/**
 * Article `i` of a generated `count`-article folder rewritten to quote a pair of reports no other article quotes:
 * its figures change, and so do its text's numbers. Returns its slug.
 */
export const changeArticle = (dir, i, count) => writeArticle(dir, reportPairs(dir), i, count + i, random(i))
