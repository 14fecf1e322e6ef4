// The data files bundled into the Worker. To publish another article, add its folder under data/articles/
// and two import lines here; no other code changes.

import russiaLost350Article from '../../data/articles/russia-lost-350-troops-in-one-day/article.json'
import russiaLost350Figures from '../../data/articles/russia-lost-350-troops-in-one-day/figures.json'
import categories from '../../data/categories.json'
import sourcesJson from '../../data/sources.json'
import type { DataFiles } from './load'

export const BUNDLED_DATA: DataFiles = {
  categories: { path: 'data/categories.json', json: categories },
  sources: { path: 'data/sources.json', json: sourcesJson },
  articles: [
    {
      article: {
        path: 'data/articles/russia-lost-350-troops-in-one-day/article.json',
        json: russiaLost350Article,
      },
      figures: {
        path: 'data/articles/russia-lost-350-troops-in-one-day/figures.json',
        json: russiaLost350Figures,
      },
    },
  ],
  featured: 'russia-lost-350-troops-in-one-day',
}
