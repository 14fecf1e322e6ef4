declare module '*?raw' {
  const text: string
  export default text
}

/** From the environment when the tests start (vitest.config.ts): the fuzz suite's seed and how many runs. */
declare const __FUZZ_SEED__: string
declare const __FUZZ_SCALE__: string

interface ImportMeta {
  /** Vite's import.meta.glob, which vitest compiles: the modules matching the pattern, loaded. */
  glob(pattern: string, options: { eager: true }): Record<string, object>
}
