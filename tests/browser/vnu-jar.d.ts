// vnu-jar ships no types: its main export is the path of the Nu HTML Checker's jar, as a String object.
declare module 'vnu-jar' {
  const jar: string
  export default jar
}
