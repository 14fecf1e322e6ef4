// Writes schemas/{kind}.schema.json, one JSON Schema per kind of data file, from the valibot schemas that the
// check uses (build-tools/data/schema.ts), so editors validate and complete a file while it is typed. Every data file names
// its schema with a relative `$schema`. Run `npm run schemas`; `--check` fails if a committed schema is stale.
import { readFile, writeFile } from 'node:fs/promises'
import { type JsonSchema, toJsonSchema } from '@valibot/to-json-schema'
import type * as v from 'valibot'
import {
  ArticleFile,
  CategoriesFile,
  ClaimMention,
  DatasetFile,
  DatasetReportRef,
  DatasetReportsFile,
  FiguresFile,
  InlineReport,
  Mention,
  ReportEntry,
  ReportMention,
  SiteFile,
  SourcesFile,
} from '../build-tools/data/schema'

/** Each kind of data file: its schema and where such files live. */
export const KINDS: Record<string, { schema: v.GenericSchema; title: string }> = {
  site: { schema: SiteFile, title: 'data/site.json: what the site shows at /' },
  categories: { schema: CategoriesFile, title: 'data/categories.json: what the General Staff counts' },
  sources: { schema: SourcesFile, title: 'data/sources.json: who says so' },
  article: {
    schema: ArticleFile,
    title: 'data/articles/{slug}/article.json: the words, exactly as published',
  },
  figures: {
    schema: FiguresFile,
    title: 'data/articles/{slug}/figures.json: the numbers the article rests on',
  },
  dataset: {
    schema: DatasetFile,
    title: 'data/datasets/{id}/dataset.json: what a dataset is and who compiled it',
  },
  reports: {
    schema: DatasetReportsFile,
    title: 'data/datasets/{id}/reports.json: one record per daily report',
  },
}

const OPTIONS = {
  target: 'draft-07',
  // Checks JSON Schema cannot say (a real calendar date, ascending dates) stay with `npm run check`.
  errorMode: 'ignore',
  // A report in figures.json is chosen by its `dataset` key, a mention by its `claim` key (v.lazy); editors get
  // both shapes.
  overrideSchema: ({ valibotSchema }: { valibotSchema: unknown }) =>
    valibotSchema === ReportEntry
      ? { anyOf: [schemaOf(DatasetReportRef), schemaOf(InlineReport)] }
      : valibotSchema === Mention
        ? { anyOf: [schemaOf(ReportMention), schemaOf(ClaimMention)] }
        : undefined,
} as const

function schemaOf(schema: v.GenericSchema): JsonSchema {
  const { $schema: _, ...rest } = toJsonSchema(schema, OPTIONS) as JsonSchema & { $schema?: string }
  return rest
}

/** The text of schemas/{kind}.schema.json. */
export function schemaText(kind: string): string {
  const { schema, title } = KINDS[kind] as (typeof KINDS)[string]
  const document = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title,
    description:
      'Generated from build-tools/data/schema.ts by `npm run schemas`; `npm run check` checks more.',
    ...schemaOf(schema),
  }
  return `${JSON.stringify(document, null, 2)}\n`
}

const check = process.argv.includes('--check')
const stale: string[] = []
for (const kind of Object.keys(KINDS)) {
  const path = `schemas/${kind}.schema.json`
  const text = schemaText(kind)
  if (check) {
    if ((await readFile(path, 'utf8').catch(() => '')) !== text) stale.push(path)
  } else await writeFile(path, text)
}
if (stale.length) {
  console.error(`Stale JSON Schemas (run \`npm run schemas\`): ${stale.join(', ')}`)
  process.exit(1)
}
console.log(check ? 'JSON Schemas are fresh.' : `Wrote schemas/ (${Object.keys(KINDS).length} files).`)
