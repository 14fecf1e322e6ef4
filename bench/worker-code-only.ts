// For the start-up breakdown: all of the Worker's code and data, loaded but not run (no validation, no app).
export { createApp } from '../src/app'
export { loadLibrary } from '../src/data/load'
export { keptAnswers } from '../src/http/kept-answers'
export { styleSources } from '../src/http/security'
export { BENCH_DATA } from './data'
