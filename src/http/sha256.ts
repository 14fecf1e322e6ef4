// SHA-256, the one digest the Worker computes: strong ETags, and the CSP sources of its inline stylesheets.

const UTF8 = new TextEncoder()

/** @example await sha256('body') // 32 bytes */
export function sha256(data: string | Uint8Array<ArrayBuffer>): Promise<ArrayBuffer> {
  return crypto.subtle.digest('SHA-256', typeof data === 'string' ? UTF8.encode(data) : data)
}

/** @example await sha256Base64('css') // "…=" (44 characters) */
export async function sha256Base64(text: string): Promise<string> {
  return btoa(String.fromCharCode(...new Uint8Array(await sha256(text))))
}
