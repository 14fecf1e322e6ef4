// `npm run check`: validates every data file and cross-check, writing nothing. Exit 1 lists each problem as
// `file:line:column: field: what is wrong`. Usage: tsx scripts/check-data.ts [data folder, default data]
import { checkOrExit } from '../build-tools/data/check'

const root = process.argv[2] ?? 'data'
const built = await checkOrExit(root)
console.log(
  `${root}: ${built.articles.length} articles and ${built.datasets.length} datasets checked, no problems.`,
)
