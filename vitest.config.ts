import { cloudflareTest } from '@cloudflare/vitest-pool-workers'
import { defineConfig } from 'vitest/config'

// Every test runs inside workerd, the runtime Cloudflare deploys to, configured from wrangler.toml.
export default defineConfig({
  plugins: [cloudflareTest({ wrangler: { configPath: './wrangler.toml' } })],
  test: { include: ['tests/**/*.test.{ts,tsx}'] },
})
