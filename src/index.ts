// The deployed Worker: the data the build checked and derived, read from Workers Static Assets as requests need
// it, and kept answers handed back before Hono routes the request at all.
import { env } from 'cloudflare:workers'
import { createApp } from './app'
import { assetLibrary } from './data/asset-library'
import { keptAnswers } from './http/kept-answers'
import { styleSources } from './http/security'

const kept = keptAnswers()
const app = createApp({ library: assetLibrary(env.ASSETS), styles: await styleSources(), kept })

export default {
  fetch: (request: Request, env: Env, ctx: ExecutionContext) =>
    kept.answer(request) ?? app.fetch(request, env, ctx),
} satisfies ExportedHandler<Env>
