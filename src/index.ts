// The deployed Worker: the bundled data, validated as the module loads, so bad data can never go live.
import { createApp } from './app'
import { BUNDLED_DATA } from './data/bundled'
import { loadLibrary } from './data/load'
import { styleHash } from './http/security'
import { EMBED_CSS } from './views/embed-styles'
import { CHART_CSS } from './views/figures-chart'

export default createApp(loadLibrary(BUNDLED_DATA), {
  styleSource: await styleHash(),
  embedStyleSources: [await styleHash(EMBED_CSS), await styleHash(CHART_CSS)],
})
