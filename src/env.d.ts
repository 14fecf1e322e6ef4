// The Worker's bindings (wrangler.toml): the build's data and files, served as Workers Static Assets.
declare namespace Cloudflare {
  interface Env {
    ASSETS: Fetcher
  }
}
