// The real articles as in-memory files for the benchmarks, which run where the disk and the assets binding are not.

import type { DataFiles } from '../build-tools/data/load'
import russiaLost350Article from '../data/articles/russia-lost-350-troops-in-one-day/article.json'
import russiaLost350Figures from '../data/articles/russia-lost-350-troops-in-one-day/figures.json'
import categories from '../data/categories.json'
import generalStaffDataset from '../data/datasets/general-staff-losses/dataset.json'
import generalStaffReports from '../data/datasets/general-staff-losses/reports.json'
import site from '../data/site.json'
import sourcesJson from '../data/sources.json'

const ARTICLE_DIR = 'data/articles/russia-lost-350-troops-in-one-day'

export const BENCH_DATA: DataFiles = {
  categories: { path: 'data/categories.json', json: categories },
  sources: { path: 'data/sources.json', json: sourcesJson },
  articles: [
    {
      article: { path: `${ARTICLE_DIR}/article.json`, json: russiaLost350Article },
      figures: { path: `${ARTICLE_DIR}/figures.json`, json: russiaLost350Figures },
    },
  ],
  // The licence text is not read here: bundlers take no text files, and no benchmarked route shows it.
  datasets: [
    {
      dataset: { path: 'data/datasets/general-staff-losses/dataset.json', json: generalStaffDataset },
      reports: { path: 'data/datasets/general-staff-losses/reports.json', json: generalStaffReports },
      licence: '',
    },
  ],
  featured: site.featured,
}
