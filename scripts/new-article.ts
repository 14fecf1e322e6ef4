// `npm run new-article -- {slug}`: starts data/articles/{slug}/ as a draft that passes the check, for a journalist
// to fill in. A draft is checked but not published; delete `"draft": true` to publish it with the next deploy.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import * as v from 'valibot'
import { checkOrExit } from '../build-tools/data/check'
import { Id } from '../src/data/primitives'

const slug = process.argv[2] ?? ''
const root = process.argv[3] ?? 'data'
// The data schema's own rule for a slug, so the draft cannot start with one the check or the Worker refuses.
const refused = v.safeParse(Id, slug).issues?.map((issue) => issue.message)
if (refused) {
  const shown = slug.length > 60 ? `${slug.slice(0, 60)}…` : slug
  console.error(
    `The slug "${shown}" ${refused.join(' and ')}. Usage: npm run new-article -- {slug}, where the slug is lower-case words joined by hyphens; it becomes the address /articles/{slug}.`,
  )
  process.exit(1)
}
const folder = join(root, 'articles', slug)
if (existsSync(folder)) {
  console.error(`${folder} already exists: choose another slug.`)
  process.exit(1)
}

// The newest General Staff report, so the scaffold quotes a real record and its figures are as of a real date.
const { datasets } = await checkOrExit(root)
const generalStaff = datasets.find((d) => d.id === 'general-staff-losses')
const latest = generalStaff?.to

const article = {
  $schema: '../../../schemas/article.schema.json',
  draft: true,
  slug,
  headline: 'Draft headline: say who claims what, with "about" where the figure is approximate',
  description: 'Draft summary: one or two sentences for search results and link previews.',
  publisher: { name: 'Draft: the publisher of the original article', url: 'https://example.com/' },
  originalUrl: 'https://example.com/',
  figuresAsOf: latest ?? '2022-09-14',
  keyPoints: [],
  paragraphs: ['Draft paragraph: the article text, one paragraph per entry, exactly as published.'],
  mentions: [],
}
const figures = {
  $schema: '../../../schemas/figures.schema.json',
  reports: latest ? [{ dataset: 'general-staff-losses', date: latest }] : [],
  claims: [],
}
await mkdir(folder, { recursive: true })
await writeFile(join(folder, 'article.json'), `${JSON.stringify(article, null, 2)}\n`)
await writeFile(join(folder, 'figures.json'), `${JSON.stringify(figures, null, 2)}\n`)
// In the project's own format, so `npm run lint` accepts the files as they are.
execFileSync('node_modules/.bin/biome', ['format', '--write', folder], { stdio: 'ignore' })
await checkOrExit(root)
console.log(
  `Created ${folder}/article.json and figures.json as a draft that passes \`npm run check\`. Fill them in (README, "Editing the data"), then delete "draft": true to publish.`,
)
