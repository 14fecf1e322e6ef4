// `npm run openapi`: writes src/generated/openapi.json from the valibot schemas and the bundled data.
// tests/openapi.test.ts fails if the file is stale.
import { writeFile } from 'node:fs/promises'
import { BUNDLED_DATA } from '../src/data/bundled'
import { loadLibrary } from '../src/data/load'
import { openApiDocument } from './openapi-document'

const OUT = 'src/generated/openapi.json'
const document = openApiDocument(loadLibrary(BUNDLED_DATA))
await writeFile(OUT, `${JSON.stringify(document, null, 2)}\n`)
console.log(`Wrote ${OUT}`)
