import { cloudflareTest } from '@cloudflare/vitest-pool-workers'
import { configDefaults, defineConfig } from 'vitest/config'

// Every test runs inside workerd, the runtime Cloudflare deploys to, configured from wrangler.toml.
// tests/browser runs in Node instead (vitest.browser.config.ts): it drives a real browser.
export default defineConfig({
  plugins: [
    cloudflareTest({
      wrangler: { configPath: './wrangler.toml' },
      miniflare: {
        // The drawing Worker behind the DRAW binding, as `npm run build:draw` bundles it (wrangler.draw.toml).
        workers: [
          {
            name: 'article-edge-draw',
            modules: true,
            scriptPath: 'build/draw/worker.js',
            compatibilityDate: '2026-04-26',
            modulesRules: [
              { type: 'CompiledWasm', include: ['**/*.wasm'] },
              { type: 'Data', include: ['**/*.ttf'] },
            ],
          },
        ],
      },
    }),
  ],
  // tests/fuzz.test.ts: FUZZ_SEED replays a run, FUZZ_SCALE scales its number of requests (npm run mutate).
  define: {
    __FUZZ_SEED__: JSON.stringify(process.env.FUZZ_SEED ?? ''),
    __FUZZ_SCALE__: JSON.stringify(process.env.FUZZ_SCALE ?? ''),
  },
  test: { include: ['tests/**/*.test.{ts,tsx}'], exclude: [...configDefaults.exclude, 'tests/browser/**'] },
})
