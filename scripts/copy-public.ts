// The files the asset layer serves as they are, without invoking the Worker (public/): the site icon, the embed
// card's resize script, and the asset layer's own rules, _headers and _redirects. Copied into the assets last.
import { cpSync, readdirSync } from 'node:fs'
import { ASSETS_DIR } from '../build-tools/assets-dir'

const [out = ASSETS_DIR] = process.argv.slice(2)
cpSync('public', out, { recursive: true })
console.log(
  `Public files: ${readdirSync('public', { recursive: true }).length} entries of public/ copied into ${out}.`,
)
