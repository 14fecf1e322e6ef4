// A bench Worker: runs the per-request rounds inside workerd, where the Worker really runs, and answers with the
// samples as JSON. Started by bench/micro.mjs through Miniflare.
import { prepareCases, runRound } from './cases.mjs'

let cases

export default {
  async fetch(request) {
    cases ??= await prepareCases()
    const url = new URL(request.url)
    if (url.pathname === '/cases') {
      return Response.json(cases.map(({ name, path, status, body }) => ({ name, path, status, body })))
    }
    const round = Number(url.searchParams.get('round'))
    const time = Number(url.searchParams.get('time'))
    const iterations = Number(url.searchParams.get('iterations'))
    const windowMs = Number(url.searchParams.get('window'))
    return Response.json(await runRound(cases, { round, time, iterations, windowMs }))
  },
}
