// The files in src/static/ are imported as text (wrangler.toml [[rules]]).
declare module '*.css' {
  const text: string
  export default text
}
declare module '*.svg' {
  const text: string
  export default text
}
declare module '*/resize.js' {
  const text: string
  export default text
}
