// The deployed Worker: the bundled data, validated as the module loads, so bad data can never go live.
import { createApp } from './app'
import { BUNDLED_DATA } from './data/bundled'
import { loadLibrary } from './data/load'
import { styleSources } from './http/security'

export default createApp(loadLibrary(BUNDLED_DATA), await styleSources())
