// The folder wrangler uploads as the Worker's static assets ([assets] in wrangler.toml): build outputs only.
export const ASSETS_DIR = 'build/assets'
