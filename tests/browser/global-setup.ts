// Starts what the browser tests look at: the real Worker under `wrangler dev`, and a foreign host page server.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import { createServer } from 'node:net'
import { resolve } from 'node:path'
import type { TestProject } from 'vitest/node'
import { CHROMIUM_PATH, SCREENSHOT_DIR } from './checks'
import { startHostServer } from './host-server'
import { WP_EMBED_JS } from './wordpress'

/** Ports this suite may use (shared machine: other suites own other ranges). */
const PORT_RANGE = { first: 8801, last: 8820 }
/** How long `wrangler dev` may take to answer before the suite gives up. */
const STARTUP_TIMEOUT_MS = 60_000

declare module 'vitest' {
  export interface ProvidedContext {
    /** Why the suite cannot run here, or '' when it can. */
    skipReason: string
    /** Origin of the Worker under `wrangler dev`, e.g. http://127.0.0.1:8801 */
    workerOrigin: string
    /** Origin of the foreign host page server (a different port, so a different origin). */
    hostOrigin: string
  }
}

function missingPrerequisites(): string {
  const missing: string[] = []
  if (!existsSync(CHROMIUM_PATH)) missing.push(`Chromium (${CHROMIUM_PATH}): apt-get install -y chromium`)
  if (spawnSync('java', ['-version'], { stdio: 'ignore' }).status !== 0)
    missing.push('Java 17: apt-get install -y openjdk-17-jre-headless')
  // WordPress's own host script, unpacked from Debian's package (no PHP); apt can fetch it without root.
  if (!existsSync(WP_EMBED_JS)) spawnSync('bash', ['scripts/fetch-wordpress-embed.sh'], { stdio: 'inherit' })
  if (!existsSync(WP_EMBED_JS)) missing.push(`${WP_EMBED_JS}: bash scripts/fetch-wordpress-embed.sh`)
  return missing.join('; ')
}

export function isFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const probe = createServer()
    probe.once('error', () => done(false))
    probe.listen(port, '127.0.0.1', () => probe.close(() => done(true)))
  })
}

export async function freePorts(count: number): Promise<number[]> {
  const ports: number[] = []
  for (let port = PORT_RANGE.first; port <= PORT_RANGE.last && ports.length < count; port++) {
    if (await isFree(port)) ports.push(port)
  }
  if (ports.length < count)
    throw new Error(`No ${count} free ports in ${PORT_RANGE.first}-${PORT_RANGE.last}`)
  return ports
}

export async function waitUntilAnswering(
  url: string,
  worker: ChildProcess,
  log: () => string,
): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS
  while (Date.now() < deadline) {
    if (worker.exitCode !== null) throw new Error(`wrangler dev exited early:\n${log()}`)
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2_000) })
      if (res.ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`wrangler dev did not answer ${url} within ${STARTUP_TIMEOUT_MS / 1000}s:\n${log()}`)
}

/** Ends wrangler and the workerd it started: they share a process group because wrangler was detached. */
export async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null) return
  const exited = new Promise((r) => child.once('exit', r))
  const kill = (signal: NodeJS.Signals) => {
    try {
      process.kill(-(child.pid as number), signal)
    } catch {
      // Already gone.
    }
  }
  kill('SIGTERM')
  const timer = setTimeout(() => kill('SIGKILL'), 5_000)
  await Promise.race([exited, new Promise((r) => setTimeout(r, 6_000))])
  clearTimeout(timer)
}

export default async function setup(project: TestProject) {
  const skipReason = missingPrerequisites()
  project.provide('skipReason', skipReason)
  project.provide('workerOrigin', '')
  project.provide('hostOrigin', '')
  if (skipReason) {
    if (process.env.REQUIRE_BROWSER === '1') {
      throw new Error(`REQUIRE_BROWSER=1 but the browser tests cannot run: missing ${skipReason}`)
    }
    console.warn(`Browser tests skipped: missing ${skipReason}`)
    return
  }

  const [workerPort, inspectorPort, hostPort] = await freePorts(3)
  let output = ''
  const worker = spawn(
    resolve('node_modules/.bin/wrangler'),
    [
      'dev',
      // As `npm start` runs it: the site and its drawing Worker.
      '-c',
      'wrangler.toml',
      '-c',
      'wrangler.draw.toml',
      '--ip',
      '127.0.0.1',
      '--port',
      String(workerPort),
      '--inspector-port',
      String(inspectorPort),
      '--log-level',
      'warn',
      '--show-interactive-dev-session=false',
    ],
    {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1' },
    },
  )
  // Should vitest die without its teardown, its exit still takes wrangler and workerd down.
  const killOnExit = () => {
    try {
      if (worker.pid !== undefined) process.kill(-worker.pid, 'SIGKILL')
    } catch {
      // Already gone.
    }
  }
  process.once('exit', killOnExit)
  const collect = (chunk: Buffer) => {
    output += chunk.toString()
  }
  worker.stdout?.on('data', collect)
  worker.stderr?.on('data', collect)

  const workerOrigin = `http://127.0.0.1:${workerPort}`
  const host = await startHostServer({ port: hostPort as number, workerOrigin })
  try {
    await waitUntilAnswering(`${workerOrigin}/`, worker, () => output)
  } catch (error) {
    await stopGroup(worker)
    await host.close()
    throw error
  }
  project.provide('workerOrigin', workerOrigin)
  project.provide('hostOrigin', host.origin)
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  console.log(`Browser tests: Worker at ${workerOrigin}, host page at ${host.origin}`)
  console.log(`Browser tests: screenshots in ${SCREENSHOT_DIR}`)

  return async () => {
    process.off('exit', killOnExit)
    await stopGroup(worker)
    await host.close()
  }
}
