// The real data folder as in-memory files, for tests that build a Library or edit a copy. Tests run inside
// workerd, which cannot read the disk, so each file is imported; the data check (scripts/) reads the folder itself.

import type { DataFiles } from '../build-tools/data/load'
import russiaLost350Article from '../data/articles/russia-lost-350-troops-in-one-day/article.json'
import russiaLost350Figures from '../data/articles/russia-lost-350-troops-in-one-day/figures.json'
import categories from '../data/categories.json'
import generalStaffDataset from '../data/datasets/general-staff-losses/dataset.json'
import generalStaffLicence from '../data/datasets/general-staff-losses/LICENSE.txt?raw'
import generalStaffReports from '../data/datasets/general-staff-losses/reports.json'
import site from '../data/site.json'
import sourcesJson from '../data/sources.json'

const ARTICLE_DIR = 'data/articles/russia-lost-350-troops-in-one-day'
/**
 * When the test data says its articles last changed. The build reads the real time from git
 * (build-tools/data/changed.ts, tests/node/article-times.test.mjs); workerd cannot run git.
 */
export const TEST_CHANGED = '2026-12-02T01:47:04Z'
const GENERAL_STAFF_DIR = 'data/datasets/general-staff-losses'

export const REAL_DATA: DataFiles = {
  categories: { path: 'data/categories.json', json: categories },
  sources: { path: 'data/sources.json', json: sourcesJson },
  articles: [
    {
      article: { path: `${ARTICLE_DIR}/article.json`, json: russiaLost350Article },
      figures: { path: `${ARTICLE_DIR}/figures.json`, json: russiaLost350Figures },
      changed: TEST_CHANGED,
    },
  ],
  datasets: [
    {
      dataset: { path: `${GENERAL_STAFF_DIR}/dataset.json`, json: generalStaffDataset },
      reports: { path: `${GENERAL_STAFF_DIR}/reports.json`, json: generalStaffReports },
      licence: generalStaffLicence,
    },
  ],
  featured: site.featured,
  site: { path: 'data/site.json', json: site },
}
