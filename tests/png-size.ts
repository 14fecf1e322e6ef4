// Width and height from a PNG's IHDR chunk, read here rather than trusted from the code that wrote the file.

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

/** @example pngSize(new Uint8Array(await res.arrayBuffer())) // { width: 1200, height: 630 } */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  if (SIGNATURE.some((byte, i) => bytes[i] !== byte)) throw new Error('not a PNG: its signature differs')
  if (new TextDecoder().decode(bytes.subarray(12, 16)) !== 'IHDR') throw new Error('not a PNG: no IHDR first')
  const view = new DataView(bytes.buffer, bytes.byteOffset)
  return { width: view.getUint32(16), height: view.getUint32(20) }
}
