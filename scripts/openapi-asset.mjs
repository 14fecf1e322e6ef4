// Puts the committed OpenAPI document (src/generated/openapi.json) among the static assets, so the Worker serves
// it through the ASSETS binding instead of carrying its 25 KB in the script (the script's gzipped budget).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'

const OUT_DIR = 'build/assets/api/v1'
const document = JSON.parse(readFileSync('src/generated/openapi.json', 'utf8'))
mkdirSync(OUT_DIR, { recursive: true })
writeFileSync(`${OUT_DIR}/openapi.json`, JSON.stringify(document))
console.log(`OpenAPI: ${OUT_DIR}/openapi.json`)
