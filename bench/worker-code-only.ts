// For the start-up breakdown: all of the Worker's code and data, loaded but not run (no validation, no app).

export { memoryAssets } from '../build-tools/data/assets'
export { createApp } from '../src/app'
export { assetLibrary } from '../src/data/asset-library'
export { keptAnswers } from '../src/http/kept-answers'
export { styleSources } from '../src/http/security'
export { BENCH_DATA } from './data'
