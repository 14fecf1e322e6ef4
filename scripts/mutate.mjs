// `npm run mutate`: how many bugs the fuzz suite (tests/fuzz.test.ts) catches. Two kinds of bug, each put into a
// copy-free edit of one source file, the suite run against it, the file restored:
//   - injected: the bug kinds that once passed the whole suite (a 5xx in the 404 handler, the dataset API, the
//     crawl files, the images, paged lists, the series charts, oEmbed's maxwidth), each written out below;
//   - mutants: small changes (a comparison or logical operator flipped, a boolean or number changed, a `!` dropped)
//     found in src/http/ and src/domain/ with the TypeScript parser, a seeded sample of them.
// A bug is caught when the suite fails. Slow (one vitest run a bug), so not part of `npm test`; bounded by
// MUTANTS (how many sampled, default 30), FUZZ_SCALE (the share of the suite's requests, default 0.25) and a time
// limit per run. Usage: npm run mutate [-- injected|mutants]   MUTANTS=n MUTATION_SEED=n FUZZ_SEED=n
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { random } from './lib/random.mjs'

const ROOT = new URL('..', import.meta.url).pathname
const MUTANTS = Number(process.env.MUTANTS ?? 30)
const MUTATION_SEED = Number(process.env.MUTATION_SEED ?? 1)
const FUZZ_SEED = process.env.FUZZ_SEED ?? String(Date.now() % 2 ** 31)
const FUZZ_SCALE = process.env.FUZZ_SCALE ?? '0.25'
const TIME_LIMIT_MS = 240_000
const which = process.argv[2] ?? 'all'

/** Bugs of the kinds the fuzz suite once missed: in which file, what text, replaced by what. */
const INJECTED = [
  {
    name: '404 handler decodes the path (URIError on %ZZ)',
    file: 'src/app.tsx',
    find: '    return answerError(c, 404)',
    put: '    decodeURIComponent(c.req.path)\n    return answerError(c, 404)',
  },
  {
    name: 'dataset reports: `from` read when absent',
    file: 'src/routes/datasets.ts',
    find: "    const { from, to, category } = c.req.valid('query')\n    return json(",
    put: "    const { from, to, category } = c.req.valid('query')\n    ;(from as string).trim()\n    return json(",
  },
  {
    name: 'feed: `page` read from the raw query when absent',
    file: 'src/routes/crawl.ts',
    find: "const archive = await library.listArticles(c.req.valid('query').page)",
    put: "const archive = await library.listArticles(Number((c.req.query('page') as string).trim()))",
  },
  {
    name: 'images: a header the asset may not carry',
    file: 'src/routes/images.ts',
    find: "    const etag = asset.headers.get('ETag')",
    put: "    const etag = (asset.headers.get('Last-Modified') as string).trim() && asset.headers.get('ETag')",
  },
  {
    name: 'archive: an explicit ?page= fails',
    file: 'src/routes/pages.tsx',
    find: "const archive = await library.listArticles(c.req.valid('query').page)",
    put: "if (c.req.query('page')) throw new Error('paged')\n    const archive = await library.listArticles(c.req.valid('query').page)",
  },
  {
    name: 'context.svg: the dark theme fails',
    file: 'src/routes/embeds.tsx',
    find: '    return svg(c, <ContextChart {...context} theme={theme} id="context" standalone />)',
    put: "    if (theme === 'dark') throw new Error('dark')\n    return svg(c, <ContextChart {...context} theme={theme} id=\"context\" standalone />)",
  },
  {
    name: 'equipment.svg: answers 404 for the light theme',
    file: 'src/routes/embeds.tsx',
    find: '    return svg(c, <SmallMultiples {...equipment} theme={theme} id="equipment" standalone />)',
    put: '    if (theme === \'light\') return c.notFound()\n    return svg(c, <SmallMultiples {...equipment} theme={theme} id="equipment" standalone />)',
  },
  {
    name: 'oEmbed: maxwidth under 100 fails',
    file: 'src/routes/oembed.ts',
    find: '    const target = new URL(url)',
    put: "    if (maxwidth !== undefined && maxwidth < 100) throw new Error('narrow')\n    const target = new URL(url)",
  },
]

const FLIPPED = {
  [ts.SyntaxKind.EqualsEqualsEqualsToken]: '!==',
  [ts.SyntaxKind.ExclamationEqualsEqualsToken]: '===',
  [ts.SyntaxKind.LessThanToken]: '>=',
  [ts.SyntaxKind.GreaterThanToken]: '<=',
  [ts.SyntaxKind.LessThanEqualsToken]: '>',
  [ts.SyntaxKind.GreaterThanEqualsToken]: '<',
  [ts.SyntaxKind.AmpersandAmpersandToken]: '||',
  [ts.SyntaxKind.BarBarToken]: '&&',
}

/** Every mutant of a file: where it starts and ends, the text it replaces and what it puts instead. */
function mutantsOf(file) {
  const text = readFileSync(join(ROOT, file), 'utf8')
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX)
  const found = []
  const add = (node, put) =>
    found.push({ file, start: node.getStart(source), end: node.getEnd(), was: node.getText(source), put })
  const visit = (node) => {
    if (ts.isBinaryExpression(node) && FLIPPED[node.operatorToken.kind])
      add(node.operatorToken, FLIPPED[node.operatorToken.kind])
    else if (node.kind === ts.SyntaxKind.TrueKeyword) add(node, 'false')
    else if (node.kind === ts.SyntaxKind.FalseKeyword) add(node, 'true')
    else if (ts.isNumericLiteral(node) && !ts.isTypeNode(node.parent) && !ts.isLiteralTypeNode(node.parent))
      add(node, String(Number(node.text) + 1))
    else if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.ExclamationToken)
      found.push({
        file,
        start: node.getStart(source),
        end: node.operand.getStart(source),
        was: '!',
        put: '',
      })
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

/** Runs the fuzz suite; true when it fails (the bug is caught). */
function suiteFails() {
  const started = Date.now()
  const { status, signal } = spawnSync('npx', ['vitest', 'run', 'tests/fuzz.test.ts'], {
    cwd: ROOT,
    env: { ...process.env, FUZZ_SEED, FUZZ_SCALE },
    stdio: 'ignore',
    timeout: TIME_LIMIT_MS,
    killSignal: 'SIGKILL',
  })
  return { caught: status !== 0, seconds: Math.round((Date.now() - started) / 1000), timedOut: !!signal }
}

/** Applies one edit, runs the suite, puts the file back whatever happens. */
function tryBug(file, edit) {
  const path = join(ROOT, file)
  const original = readFileSync(path, 'utf8')
  const changed = edit(original)
  if (changed === original) throw new Error(`${file}: the edit changed nothing; update scripts/mutate.mjs`)
  writeFileSync(path, changed)
  try {
    return suiteFails()
  } finally {
    writeFileSync(path, original)
  }
}

console.log(`mutate: fuzz seed ${FUZZ_SEED}, scale ${FUZZ_SCALE}, mutation seed ${MUTATION_SEED}`)
const healthy = suiteFails()
if (healthy.caught) throw new Error('the fuzz suite fails without any bug: fix it first')
console.log(`mutate: the suite passes unmutated in ${healthy.seconds} s`)

if (which !== 'mutants') {
  let caught = 0
  for (const bug of INJECTED) {
    const result = tryBug(bug.file, (text) => text.replace(bug.find, bug.put))
    if (result.caught) caught++
    console.log(
      `injected | ${result.caught ? 'caught' : 'MISSED'} | ${bug.name} | ${bug.file} | ${result.seconds} s`,
    )
  }
  console.log(`mutate: injected bugs caught: ${caught} of ${INJECTED.length}`)
}

if (which !== 'injected') {
  const files = ['src/http', 'src/domain'].flatMap((dir) =>
    readdirSync(join(ROOT, dir))
      .filter((f) => /\.tsx?$/.test(f))
      .map((f) => `${dir}/${f}`),
  )
  const all = files.flatMap(mutantsOf)
  // A seeded shuffle, then the first MUTANTS.
  const next = random(MUTATION_SEED)
  const order = all.map((m) => [next(), m]).sort((a, b) => a[0] - b[0])
  const sample = order.slice(0, MUTANTS).map(([, m]) => m)
  let killed = 0
  for (const m of sample) {
    const result = tryBug(m.file, (text) => `${text.slice(0, m.start)}${m.put}${text.slice(m.end)}`)
    if (result.caught) killed++
    const line = readFileSync(join(ROOT, m.file), 'utf8').slice(0, m.start).split('\n').length
    console.log(
      `mutant | ${result.caught ? 'killed' : 'SURVIVED'} | ${m.file}:${line} | ${m.was} -> ${m.put || '(nothing)'} | ${result.seconds} s${result.timedOut ? ' (time limit)' : ''}`,
    )
  }
  console.log(
    `mutate: ${killed} of ${sample.length} mutants killed (${Math.round((100 * killed) / sample.length)}%), sampled from ${all.length} in ${files.length} files`,
  )
}
