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
    hookTimeout: 60_000,
  },
})
