// What every handler may read (`c.env`, `c.var`) and the factory route files build their sub-apps with, in a file of
// its own so that no route file imports the app that mounts it (Hono's best practices).
import { createFactory } from 'hono/factory'
import type { AudienceEnv } from './http/errors'
import type { KeepEnv } from './http/kept-answers'

/** The Worker's bindings, typed by `wrangler types`, and what the middleware in src/app.tsx sets. */
export type AppEnv = {
  Bindings: Env
  Variables: { origin: string } & AudienceEnv['Variables'] & KeepEnv['Variables']
}

/** @example const api = factory.createApp() */
export const factory = createFactory<AppEnv>()
