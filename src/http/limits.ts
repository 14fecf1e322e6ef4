// Limits on what a request may send, checked before anything else reads it.

/** Longer request URLs are refused with 414 before any routing or parsing. */
export const MAX_URL_LENGTH = 4096
