// The deployed Worker: the data the build checked and derived, read from Workers Static Assets as requests need it.
import { env } from 'cloudflare:workers'
import { createApp } from './app'
import { assetLibrary } from './data/asset-library'
import { styleSources } from './http/security'

export default createApp(assetLibrary(env.ASSETS), await styleSources())
