// The drawing Worker's non-code modules, as wrangler.draw.toml's rules and wrangler's defaults bundle them.
declare module '*.wasm' {
  const module: WebAssembly.Module
  export default module
}
declare module '*.ttf' {
  const bytes: ArrayBuffer
  export default bytes
}
