// `npm run openapi`: writes src/generated/openapi.json from the valibot schemas and data/categories.json.
// tests/openapi.test.ts fails if the file is stale.
import { writeFile } from 'node:fs/promises'
import categories from '../data/categories.json'
import { openApiDocument } from './openapi-document'

const OUT = 'src/generated/openapi.json'
const document = openApiDocument(categories.categories.map((c) => c.id))
await writeFile(OUT, `${JSON.stringify(document, null, 2)}\n`)
console.log(`Wrote ${OUT}`)
