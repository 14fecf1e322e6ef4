// The checks every page gets in a real browser. Each returns what it found wrong, so an empty list means fine.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { type Browser, chromium, type Page } from 'playwright-core'
import vnuJar from 'vnu-jar'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const SCREENSHOT_DIR = resolve('test-results/screenshots')
export const WIDTHS = [360, 1280] as const
export const SCHEMES = ['light', 'dark'] as const
export type Scheme = (typeof SCHEMES)[number]

/**
 * Debian's Chromium, headless and quiet. Playwright gives every launch a fresh temporary profile.
 * @example const browser = await launchBrowser()
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

/** The slug of every article the Worker lists, so each one gets checked. */
export async function articleSlugs(workerOrigin: string): Promise<string[]> {
  const res = await fetch(`${workerOrigin}/api/v1/articles`)
  const { articles } = (await res.json()) as { articles: { slug: string }[] }
  return articles.map((a) => a.slug)
}

export type OpenedPage = {
  page: Page
  /** Console errors, uncaught exceptions, failed or erroring requests and CSP violations, in any frame. */
  problems: () => string[]
  close: () => Promise<void>
}

/**
 * Opens `url` in a fresh context at `width`, watching everything that can go wrong while it loads.
 * @example const { page, problems } = await openPage(browser, `${origin}/`, { width: 360 })
 */
export async function openPage(
  browser: Browser,
  url: string,
  { width, scheme = 'light', status = 200 }: { width: number; scheme?: Scheme; status?: number },
): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme: scheme })
  const problems: string[] = []
  // The page's own scripts may be blocked by its CSP; a binding and an init script are not.
  await context.exposeBinding('reportCspViolation', ({ frame }, violation: string) => {
    problems.push(`CSP violation: ${violation} (in ${frame.url()})`)
  })
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { reportCspViolation: (v: string) => void }).reportCspViolation
      report(
        `${e.effectiveDirective} blocked ${e.blockedURI || 'an inline resource'} at line ${e.lineNumber}`,
      )
    })
  })
  const page = await context.newPage()
  const isDocument = (u: string, frameIsMain: boolean) => frameIsMain && u === url
  page.on('console', (message) => {
    if (message.type() !== 'error') return
    // Chromium logs a document's own error status; the expected status is checked below instead.
    if (status !== 200 && message.location().url === url && message.text().includes(`status of ${status}`))
      return
    problems.push(`console error: ${message.text()} (at ${message.location().url})`)
  })
  page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`))
  page.on('requestfailed', (request) =>
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`),
  )
  page.on('response', (response) => {
    const expected = isDocument(response.url(), response.frame() === page.mainFrame()) ? status : 200
    if (response.status() >= 400 && response.status() !== expected)
      problems.push(`request answered ${response.status()}: ${response.url()}`)
  })
  const response = await page.goto(url, { waitUntil: 'load' })
  if (response?.status() !== status) problems.push(`document answered ${response?.status()}, not ${status}`)
  return { page, problems: () => [...problems], close: () => context.close() }
}

/** A full-page screenshot in SCREENSHOT_DIR, named after the page and how it was viewed. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const file = join(SCREENSHOT_DIR, `${name.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '')}.png`)
  await page.screenshot({ path: file, fullPage: true })
  return file
}

/**
 * No sideways scrolling; every table inside the viewport or in its own scroll region, with legible text;
 * no two blocks on top of each other (children of body, of main, and of each of main's children).
 */
export function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = []
    const width = window.innerWidth
    const name = (el: Element) =>
      el.tagName.toLowerCase() + (el.id ? `#${el.id}` : '') + [...el.classList].map((c) => `.${c}`).join('')
    const inside = (box: DOMRect) => box.left >= -0.5 && box.right <= width + 0.5

    const pageWidth = document.documentElement.scrollWidth
    if (pageWidth > width) problems.push(`the page scrolls sideways: ${pageWidth}px wide at ${width}px`)

    for (const table of document.querySelectorAll('table')) {
      let region: HTMLElement | null = table.parentElement
      while (region && !/auto|scroll/.test(getComputedStyle(region).overflowX)) region = region.parentElement
      const fits = inside(table.getBoundingClientRect())
      const scrollsOnItsOwn =
        region !== null && region !== document.body && inside(region.getBoundingClientRect())
      if (!fits && !scrollsOnItsOwn)
        problems.push(`${name(table)} runs off the screen and has no scroll region of its own`)
      for (const cell of table.querySelectorAll('th, td')) {
        const size = Number.parseFloat(getComputedStyle(cell).fontSize)
        if (size < 12) problems.push(`${name(table)} has ${size}px text in a cell`)
      }
    }

    // Blocks only: a link that wraps onto two lines has a box that spans both, overlapping its neighbours.
    const visibleBlock = (el: Element) => {
      const style = getComputedStyle(el)
      const box = el.getBoundingClientRect()
      return (
        !/^(none|inline|contents)$/.test(style.display) &&
        style.visibility !== 'hidden' &&
        box.width * box.height > 0
      )
    }
    const main = document.querySelector('main')
    const containers = [document.body, ...(main ? [main, ...main.children] : [])]
    for (const container of containers) {
      // Off-screen children (the skip link until focused) overlap nothing a reader sees.
      const blocks = [...container.children].filter(
        (el) =>
          visibleBlock(el) && el.getBoundingClientRect().right > 0 && el.getBoundingClientRect().bottom > 0,
      )
      blocks.forEach((a, i) => {
        for (const b of blocks.slice(i + 1)) {
          const p = a.getBoundingClientRect()
          const q = b.getBoundingClientRect()
          const overlap =
            Math.max(0, Math.min(p.right, q.right) - Math.max(p.left, q.left)) *
            Math.max(0, Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top))
          if (overlap > 1) problems.push(`${name(a)} and ${name(b)} overlap by ${Math.round(overlap)}px²`)
        }
      })
    }
    return problems
  })
}

/** sRGB relative luminance and contrast, as WCAG defines them. */
function luminance([r, g, b]: number[]): number {
  const [R, G, B] = [r, g, b].map((v = 0) => {
    const c = v / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * (R ?? 0) + 0.7152 * (G ?? 0) + 0.0722 * (B ?? 0)
}
const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)

/**
 * The page's own background and text colours match `scheme` (dark background and light text, or the reverse)
 * and differ by at least WCAG AA's 4.5:1.
 */
export async function colorProblems(page: Page, scheme: Scheme): Promise<string[]> {
  const { background, text } = await page.evaluate(() => {
    const channels = (css: string) => (css.match(/[\d.]+/g) ?? []).map(Number)
    const opaque = (css: string) => (channels(css)[3] ?? 1) > 0
    const body = getComputedStyle(document.body)
    const root = getComputedStyle(document.documentElement)
    // A transparent page shows the canvas: Chromium paints it near-black for a dark color-scheme.
    const canvas = root.colorScheme.includes('dark') && matchMedia('(prefers-color-scheme: dark)').matches
    const bg = [body.backgroundColor, root.backgroundColor].find(opaque)
    return {
      background: bg ? channels(bg) : canvas ? [18, 18, 18] : [255, 255, 255],
      text: channels(body.color),
    }
  })
  return schemeProblems(background, text, scheme)
}

/** Background and text (as RGB channels) match `scheme` and differ by at least WCAG AA's 4.5:1. */
function schemeProblems(background: number[], text: number[], scheme: Scheme): string[] {
  const problems: string[] = []
  const bg = luminance(background)
  const fg = luminance(text)
  const shown = `background rgb(${background.slice(0, 3)}), text rgb(${text.slice(0, 3)})`
  if (scheme === 'dark' && !(bg < 0.2 && fg > 0.4)) problems.push(`not dark: ${shown}`)
  if (scheme === 'light' && !(bg > 0.6 && fg < 0.2)) problems.push(`not light: ${shown}`)
  const ratio = contrast(bg, fg)
  if (ratio < 4.5) problems.push(`text contrast ${ratio.toFixed(2)}:1 is below 4.5:1 (${shown})`)
  return problems
}

/**
 * An SVG chart opened as a document: its background and text colours match `scheme`, the viewer's preference,
 * and differ by at least 4.5:1.
 */
export async function chartColorProblems(page: Page, scheme: Scheme): Promise<string[]> {
  const { background, text } = await page.evaluate(() => {
    const channels = (css: string) => (css.match(/[\d.]+/g) ?? []).map(Number)
    const fill = (selector: string) => {
      const element = document.querySelector(selector)
      return element ? channels(getComputedStyle(element).fill) : []
    }
    return { background: fill('rect.bg'), text: fill('text') }
  })
  return schemeProblems(background, text, scheme)
}

/**
 * Under print media the page still renders, black on white; every `nav`, the skip link and whatever the print
 * stylesheet hides are hidden; and Chromium can make a PDF of it.
 */
export async function printProblems(page: Page): Promise<string[]> {
  await page.emulateMedia({ media: 'print' })
  const problems = await page.evaluate(() => {
    const found: string[] = []
    const hiddenByPrintCss: string[] = []
    for (const sheet of document.styleSheets) {
      for (const rule of sheet.cssRules) {
        if (!(rule instanceof CSSMediaRule) || !rule.media.mediaText.includes('print')) continue
        for (const inner of rule.cssRules) {
          if (inner instanceof CSSStyleRule && inner.style.display === 'none')
            hiddenByPrintCss.push(inner.selectorText)
        }
      }
    }
    for (const selector of ['nav', '.skip', ...hiddenByPrintCss]) {
      for (const el of document.querySelectorAll(selector)) {
        if (getComputedStyle(el).display !== 'none') found.push(`${selector} is still shown in print`)
      }
    }
    const content = document.querySelector('main') ?? document.body
    if (content.getBoundingClientRect().height < 50) found.push('the content has no height in print')
    return found
  })
  problems.push(...(await colorProblems(page, 'light')).map((p) => `in print: ${p}`))
  const pdf = await page.pdf({ format: 'A4' })
  if (pdf.subarray(0, 4).toString() !== '%PDF') problems.push('Chromium could not print it to PDF')
  await page.emulateMedia({ media: 'screen' })
  return problems
}

/**
 * axe-core's violations (every rule it runs by default: WCAG A/AA and best practices), one line each with up to
 * three offending nodes, in the page and in its frames.
 */
export async function axeProblems(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze()
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} at ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(', ')}`,
  )
}

/** Well-formed XML with an <svg> root, as parsed by the browser's own DOMParser. */
export function svgProblems(page: Page, svg: string): Promise<string[]> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml')
    const error = doc.getElementsByTagName('parsererror')[0]
    if (error) return [`not well-formed XML: ${error.textContent?.trim()}`]
    return doc.documentElement.localName === 'svg' ? [] : [`root is <${doc.documentElement.localName}>`]
  }, svg)
}

/** vnu-jar's main export is the path of the jar, as a String object. */
const VNU_JAR = String(vnuJar)

/**
 * The W3C Nu HTML Checker's errors for each document, in one Java run.
 * @example expect(await htmlErrors({ article: html })).toEqual({ article: [] })
 */
export async function htmlErrors(documents: Record<string, string>): Promise<Record<string, string[]>> {
  const dir = mkdtempSync(join(tmpdir(), 'vnu-'))
  const names = Object.keys(documents)
  const files = names.map((name, i) => {
    const file = join(dir, `${i}.html`)
    writeFileSync(file, documents[name] as string)
    return file
  })
  try {
    const output = await new Promise<string>((done, fail) => {
      const java = spawn('java', ['-jar', VNU_JAR, '--errors-only', '--format', 'json', '--stdout', ...files])
      let out = ''
      java.stdout.on('data', (chunk) => {
        out += chunk
      })
      java.on('error', fail)
      java.on('close', () => done(out))
    })
    const { messages } = JSON.parse(output) as {
      messages: { type: string; url?: string; lastLine?: number; message: string }[]
    }
    const errors = Object.fromEntries(names.map((name) => [name, [] as string[]]))
    for (const m of messages) {
      if (m.type !== 'error' && m.type !== 'non-document-error') continue
      const name = names[files.findIndex((file) => m.url?.endsWith(file))]
      if (name === undefined) throw new Error(`vnu: ${m.message}`)
      errors[name]?.push(`line ${m.lastLine}: ${m.message}`)
    }
    return errors
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * Blocks in the main content that a reader would have to scroll sideways or that cut their content off: every
 * element whose content is wider than its box (scrolling or clipped), or that reaches past the viewport.
 */
export function clippedProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = []
    const width = document.documentElement.clientWidth
    const name = (el: Element) =>
      el.tagName.toLowerCase() + (el.id ? `#${el.id}` : '') + [...el.classList].map((c) => `.${c}`).join('')
    for (const el of document.querySelectorAll('main *')) {
      const style = getComputedStyle(el)
      if (style.display === 'none' || style.visibility === 'hidden' || el.closest('details:not([open])'))
        continue
      const box = el.getBoundingClientRect()
      // Zero-sized, or 1 px and clipped: hidden from sight, kept for screen readers.
      if (box.width <= 1 || box.height <= 1) continue
      if (box.right > width + 0.5 || box.left < -0.5)
        problems.push(
          `${name(el)} reaches past the screen: ${Math.round(box.left)} to ${Math.round(box.right)}px of ${width}px`,
        )
      if (el instanceof HTMLElement && el.scrollWidth > el.clientWidth + 1 && style.overflowX !== 'visible')
        problems.push(
          `${name(el)} scrolls or clips sideways: ${el.scrollWidth}px of content in ${el.clientWidth}px`,
        )
    }
    return problems
  })
}
