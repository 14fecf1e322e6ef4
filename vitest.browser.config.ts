import { defineConfig } from 'vitest/config'

// Node-side suite: Chromium, axe-core and the Nu HTML Checker against the Worker under `wrangler dev`.
// Files run one at a time: each drives its own browser, and the machine has two cores.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/browser/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 30_000,
    // In CI a test that fails gets one more try, as Playwright advises for end-to-end suites: a bug fails both
    // tries, but a one-off stall of wrangler dev or Chromium (one 30 s page load in all our landings) does not
    // turn the whole run red. Vitest prints the retried test, and locally nothing is retried.
    retry: process.env.CI ? 1 : 0,
    hookTimeout: 60_000,
  },
})
