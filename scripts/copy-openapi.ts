// Puts the OpenAPI document (src/generated/openapi.json, kept fresh by `npm run openapi`) into the static assets,
// so the Worker reads it through the ASSETS binding instead of carrying its 27 KB in the script.
import { copyFileSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { ASSETS_DIR } from '../build-tools/assets-dir'
import { OPENAPI_ASSET } from '../src/data/openapi-asset'

const target = join(ASSETS_DIR, OPENAPI_ASSET)
mkdirSync(dirname(target), { recursive: true })
copyFileSync('src/generated/openapi.json', target)
console.log(`OpenAPI: ${target}`)
