// Shared by the test files: requests against the real Worker (SELF, inside workerd) and fixture apps.
import { exports } from 'cloudflare:workers'

export const FEATURED = 'russia-lost-350-troops-in-one-day'
export const ORIGIN = 'https://example.com'

/** A request to the deployed Worker's own fetch handler, running in workerd. */
export function fetchWorker(path: string, init?: RequestInit): Promise<Response> {
  return (exports as unknown as { default: Fetcher }).default.fetch(`${ORIGIN}${path}`, init)
}
