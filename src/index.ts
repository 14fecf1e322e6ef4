// The deployed Worker: the bundled data, validated as the module loads (so bad data can never go live), and kept
// answers handed back before Hono routes the request at all.
import { createApp } from './app'
import { BUNDLED_DATA } from './data/bundled'
import { loadLibrary } from './data/load'
import { keptAnswers } from './http/kept-answers'
import { styleSources } from './http/security'

const kept = keptAnswers()
const app = createApp({ library: loadLibrary(BUNDLED_DATA), styles: await styleSources(), kept })

export default {
  fetch: (request: Request, env?: unknown, ctx?: ExecutionContext) =>
    kept.answer(request) ?? app.fetch(request, env, ctx),
} satisfies ExportedHandler
