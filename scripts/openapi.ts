// `npm run openapi` (part of `npm run assets`): writes the OpenAPI document, generated from the app's routes
// (build-tools/openapi.ts), into the static assets, where the Worker serves it as /api/v1/openapi.json.
// Usage: tsx scripts/openapi.ts [assets folder, default build/assets]
import { mkdir, readdir, writeFile } from 'node:fs/promises'
import { register } from 'node:module'
import { dirname, join } from 'node:path'
import { ASSETS_DIR } from '../build-tools/assets-dir'
import { OPENAPI_ASSET } from '../src/data/openapi-asset'

// The app's stylesheets import as text: hooked in first, then the app imported.
register('../build-tools/text-imports.mjs', import.meta.url)
const { openApiDocument, responseSchemas } = await import('../build-tools/openapi')
const { createApp } = await import('../src/app')
const { assetLibrary } = await import('../src/data/asset-library')
const { styleSources } = await import('../src/http/security')

// Only the routes are read: documenting them reads no data, so the Library's files are never fetched.
const noFiles = { fetch: () => Promise.reject(new Error('the document reads no data')) } as unknown as Fetcher
const app = createApp({ library: assetLibrary(noFiles), styles: await styleSources() })
const [out = ASSETS_DIR] = process.argv.slice(2)
const target = join(out, OPENAPI_ASSET)
await mkdir(dirname(target), { recursive: true })
// Every view module, for the response schemas the routes name.
const views = await readdir('src/views', { recursive: true })
const modules = await Promise.all(
  views.filter((file) => /\.tsx?$/.test(file)).map((file) => import(`../src/views/${file}`)),
)
const document = await openApiDocument(app, responseSchemas(modules))
await writeFile(target, `${JSON.stringify(document, null, 2)}\n`)
console.log(`OpenAPI: ${target}`)
