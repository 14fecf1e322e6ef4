// The charts' font as TrueType files, for resvg (which reads sfnt fonts only): Source Sans 3 from @fontsource,
// its WOFF files unpacked into build/fonts/. The build draws with these files and the drawing Worker bundles the
// same ones (src/draw/worker.ts), so both draw with the very bytes the images' fingerprints hash.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { FONT_FILES } from '../../src/draw/font'
import { woffToSfnt } from './woff'

/** The folder of the font package, found from a file its exports name. */
const FONT_PACKAGE = dirname(fileURLToPath(import.meta.resolve('@fontsource/source-sans-3/LICENSE')))
export const FONTS_DIR = join('build', 'fonts')

/** Writes the TrueType files; returns their paths. */
export function writeFontFiles(): string[] {
  mkdirSync(FONTS_DIR, { recursive: true })
  return FONT_FILES.map(({ weight, file }) => {
    const woff = readFileSync(join(FONT_PACKAGE, 'files', `source-sans-3-latin-${weight}-normal.woff`))
    const path = join(FONTS_DIR, file)
    writeFileSync(path, woffToSfnt(woff))
    return path
  })
}
