import { cloudflareTest } from '@cloudflare/vitest-pool-workers'
import { configDefaults, defineConfig } from 'vitest/config'

// Every test runs inside workerd, the runtime Cloudflare deploys to, configured from wrangler.toml.
// tests/browser runs in Node instead (vitest.browser.config.ts): it drives a real browser.
export default defineConfig({
  plugins: [cloudflareTest({ wrangler: { configPath: './wrangler.toml' } })],
  test: { include: ['tests/**/*.test.{ts,tsx}'], exclude: [...configDefaults.exclude, 'tests/browser/**'] },
})
