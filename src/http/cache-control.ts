// How long each kind of response may be reused. The content only changes with a deploy, and every 200 carries a
// strong ETag, so caches revalidate cheaply (304) once these run out.

/** A cache may serve a stale copy for a day while it revalidates in the background. */
const STALE_SECONDS = 86_400

/** Seconds an article page stays fresh: short, so a correction reaches readers within minutes of a deploy. */
const PAGE_SECONDS = 300
/** Seconds JSON and other data stay fresh: embeds poll it, so an hour in caches, then revalidate. */
export const DATA_SECONDS = 3600

export const PAGE = `public, max-age=${PAGE_SECONDS}, stale-while-revalidate=${STALE_SECONDS}`
export const DATA = `public, max-age=${DATA_SECONDS}, stale-while-revalidate=${STALE_SECONDS}`
/** Seconds an unknown address is remembered as unknown: it may become a real one with the next deploy. */
const NOT_FOUND_SECONDS = 60

/** Seconds a fingerprinted file is kept: a year, the longest caches honour. */
const YEAR_SECONDS = 31_536_000

export const NOT_FOUND = `public, max-age=${NOT_FOUND_SECONDS}`
/** Errors that depend on the request itself. */
export const NO_STORE = 'no-store'
/** Files whose name carries a fingerprint of their content: a new content is a new name. */
export const IMMUTABLE = `public, max-age=${YEAR_SECONDS}, immutable`
