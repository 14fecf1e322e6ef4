// For the start-up breakdown: all of the Worker's code and data, loaded but not run (no validation, no app).

export { loadLibrary } from '../build-tools/data/load'
export { createApp } from '../src/app'
export { keptAnswers } from '../src/http/kept-answers'
export { styleSources } from '../src/http/security'
export { BENCH_DATA } from './data'
