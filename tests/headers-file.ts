// public/_headers read as Cloudflare's asset layer reads it: a path pattern, then indented `Name: value` lines; a
// file gets the headers of every rule whose pattern matches it (a trailing * matches any rest of the path).
import HEADERS_FILE from '../public/_headers?raw'

/** The headers the asset layer adds to the file at `path`, by lower-case name. */
export function headersFileFor(path: string): Map<string, string> {
  const headers = new Map<string, string>()
  let applies = false
  for (const line of HEADERS_FILE.split('\n')) {
    if (line.startsWith('#') || !line.trim()) continue
    if (!/^\s/.test(line)) {
      const pattern = line.trim()
      applies = pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern
    } else if (applies) {
      const at = line.indexOf(':')
      headers.set(line.slice(0, at).trim().toLowerCase(), line.slice(at + 1).trim())
    }
  }
  return headers
}
