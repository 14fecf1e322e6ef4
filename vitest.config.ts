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
  test: { include: ['tests/**/*.test.{ts,tsx}'], exclude: [...configDefaults.exclude, 'tests/browser/**'] },
})
