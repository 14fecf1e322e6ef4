declare module '*?raw' {
  const text: string
  export default text
}

interface ImportMeta {
  /** Vite's import.meta.glob, which vitest compiles: the modules matching the pattern, loaded. */
  glob(pattern: string, options: { eager: true }): Record<string, object>
}
