// `npm run fonts`: the charts' font as TrueType files in build/fonts/ (the drawing Worker's [build] command).
import { writeFontFiles } from '../build-tools/images/fonts'

console.log(`Fonts: ${writeFontFiles().join(', ')}`)
