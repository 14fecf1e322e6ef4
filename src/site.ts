// What the site is called and which colour themes its embeds offer: named once, used by pages, embeds and the API.

/** The site's name: the masthead, link previews, oEmbed's provider_name and the OpenAPI title. */
export const SITE_NAME = 'Russia-Ukraine war: figures and sources'

/** The colour themes of what other sites embed (`?theme=`); `auto` follows the reader's setting. */
export const THEMES = ['light', 'dark', 'auto'] as const
export type Theme = (typeof THEMES)[number]
