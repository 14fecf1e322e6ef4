// How long each kind of response may be reused. The content only changes with a deploy, and every 200 carries a
// strong ETag, so caches revalidate cheaply (304) once these run out.

/** Article pages: short, so a correction reaches readers within minutes of a deploy. */
export const PAGE = 'public, max-age=300, stale-while-revalidate=86400'
/** JSON and other data: embeds poll it, so an hour in caches, then revalidate. */
export const DATA = 'public, max-age=3600, stale-while-revalidate=86400'
/** An unknown address may become a real one with the next deploy. */
export const NOT_FOUND = 'public, max-age=60'
/** Errors that depend on the request itself. */
export const NO_STORE = 'no-store'
/** Files whose name carries a fingerprint of their content: a new content is a new name. */
export const IMMUTABLE = 'public, max-age=31536000, immutable'
