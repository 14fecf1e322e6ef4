// The charts' font, as the build (build-tools/images/fonts.ts) writes it and both renderers read it.

/** The family the charts' stylesheet names first (src/views/charts/chart-style.ts). */
export const FONT_FAMILY = 'Source Sans 3'
/** The weights the charts use, each a TrueType file in build/fonts/. */
export const FONT_FILES = [400, 600, 700].map((weight) => ({ weight, file: `source-sans-3-${weight}.ttf` }))
