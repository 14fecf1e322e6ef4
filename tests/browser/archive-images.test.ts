// A generated archive built and served as a deploy is (the data build, the images, then `wrangler dev` with the
// real wrangler.toml's routing and public/_headers, and the drawing Worker): a random sample of articles' og:image
// and chart PNGs, read from their pages, answer 200 image/png at the stated size, whether the build drew them
// (the newest PREBUILD articles) or left them to their first request; an image's address changes when its data
// changes, and only then.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { changeArticle, generateData } from '../../scripts/lib/generated-archive.mjs'
import { freePorts, stopGroup, waitUntilAnswering } from './global-setup'
import { expectImage, linkedImages } from './images'

/** Articles in the archive: enough for two archive pages' worth of choice, few enough to draw in seconds. */
const COUNT = 12
const SAMPLE = 5
/** The newest articles whose PNGs the build draws: the others' are drawn on their first request. */
const PREBUILD = 4
/** Empty, so the build draws only the newest PREBUILD articles' PNGs and leaves the rest to their first request. */
const CACHE = mkdtempSync(join(tmpdir(), 'article-edge-archive-images-cache-'))

const data = generateData(COUNT)
const out = mkdtempSync(join(tmpdir(), 'article-edge-archive-images-'))
const assets = join(out, 'assets')

/** The data build, the images and public/, as `npm run assets` runs them, into this archive's own assets folder. */
function build() {
  execFileSync('npm', ['run', '--silent', 'build:data', '--', data, assets], { stdio: 'pipe' })
  execFileSync('npm', ['run', '--silent', 'images', '--', assets, CACHE], {
    stdio: 'pipe',
    env: { ...process.env, IMAGES_PREBUILD: String(PREBUILD) },
  })
  execFileSync('npm', ['run', '--silent', 'public', '--', assets], { stdio: 'pipe' })
}

/** The real wrangler.toml with these assets and without [build] (built above already). */
function config(): string {
  const text = readFileSync('wrangler.toml', 'utf8')
    .replace(/\[build\]\ncommand = .*\n/, '')
    .replace(/directory = "build\/assets"/, `directory = "${assets}"`)
    .replace(/^main = .*$/m, `main = "${resolve('src/index.ts')}"`)
  const path = join(out, 'wrangler.toml')
  writeFileSync(path, text)
  return path
}

let worker: ChildProcess | undefined
let origin = ''
async function serve() {
  const [port, inspector] = await freePorts(2)
  let log = ''
  worker = spawn(
    resolve('node_modules/.bin/wrangler'),
    [
      'dev',
      '-c',
      config(),
      // The drawing Worker, for the PNGs past PREBUILD.
      '-c',
      'wrangler.draw.toml',
      '--ip',
      '127.0.0.1',
      '--port',
      String(port),
      '--inspector-port',
      String(inspector),
    ].concat([
      '--persist-to',
      join(out, 'state'),
      '--log-level',
      'warn',
      '--show-interactive-dev-session=false',
    ]),
    {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
    },
  )
  worker.stdout?.on('data', (chunk) => {
    log += chunk
  })
  worker.stderr?.on('data', (chunk) => {
    log += chunk
  })
  origin = `http://127.0.0.1:${port}`
  await waitUntilAnswering(`${origin}/`, worker, () => log)
}

async function slugs(): Promise<string[]> {
  const listed: string[] = []
  for (let page = 1; ; page++) {
    const res = await fetch(`${origin}/api/v1/articles?page=${page}`)
    if (res.status !== 200) return listed
    listed.push(...((await res.json()) as { articles: { slug: string }[] }).articles.map((a) => a.slug))
  }
}

/** Every image address each article page links, by slug. */
async function addresses(of: string[]): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>()
  for (const slug of of) {
    const { og, charts } = await linkedImages(origin, slug)
    found.set(slug, [og.url, ...charts.map((c) => c.url)].sort())
  }
  return found
}

describe(`a generated archive of ${COUNT} articles`, () => {
  beforeAll(async () => {
    build()
    await serve()
  }, 180_000)
  afterAll(async () => {
    if (worker) await stopGroup(worker)
    rmSync(data, { recursive: true, force: true })
    rmSync(out, { recursive: true, force: true })
    rmSync(CACHE, { recursive: true, force: true })
  })

  it(`serves the og:image and chart PNGs of ${SAMPLE} articles picked at random, drawn or not`, async () => {
    const all = await slugs()
    expect(all).toHaveLength(COUNT)
    // The newest article's PNGs are files; the oldest's are drawn on this request; the rest, any of them.
    const sample = [all[0], all.at(-1), ...all.slice(1, -1).sort(() => Math.random() - 0.5)]
      .slice(0, SAMPLE)
      .filter((slug) => slug !== undefined)
    for (const slug of sample) {
      const { og, charts } = await linkedImages(origin, slug)
      expect([og.width, og.height], slug).toEqual([1200, 630])
      expect(charts.length, slug).toBeGreaterThanOrEqual(2)
      for (const image of [og, ...charts]) await expectImage(image)
    }
  })

  it('gives an article new image addresses when its figures change, and no other article', async () => {
    const all = await slugs()
    const before = await addresses(all)
    // Article 3 now quotes reports no article quoted; article 5's prose changes, which no image shows.
    const changed = changeArticle(data, 3, COUNT)
    const prose = join(data, 'articles/generated-article-5/article.json')
    const article = JSON.parse(readFileSync(prose, 'utf8'))
    article.paragraphs[1] = `${article.paragraphs[1]} Officials gave no further details.`
    writeFileSync(prose, JSON.stringify(article))
    if (worker) await stopGroup(worker)
    build()
    await serve()
    const after = await addresses(all)
    for (const slug of all) {
      const [was, now] = [before.get(slug) ?? [], after.get(slug) ?? []]
      if (slug === changed) {
        expect(
          now.filter((url) => was.includes(url)),
          slug,
        ).toEqual([])
        for (const url of now) expect((await fetch(url)).status, url).toBe(200)
      } else expect(now, slug).toEqual(was)
    }
  }, 180_000)
})
