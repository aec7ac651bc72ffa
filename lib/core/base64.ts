// Typed arrays <-> base64 text, so the compiled linker is plain JSON yet loads by decoding buffers instead
// of rebuilding hash tables. Pure TypeScript (no atob/Buffer), little-endian as every supported platform is.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DECODE = new Uint8Array(128);
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i;

export function bytesToBase64(bytes: Uint8Array): string {
  const n = bytes.length;
  const parts: string[] = [];
  const CHUNK = 3 * 8192;
  for (let off = 0; off < n; off += CHUNK) {
    const stop = Math.min(n, off + CHUNK);
    const codes: number[] = [];
    let i = off;
    for (; i + 2 < stop; i += 3) {
      const v = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
      codes.push(
        ALPHABET.charCodeAt(v >>> 18),
        ALPHABET.charCodeAt((v >>> 12) & 63),
        ALPHABET.charCodeAt((v >>> 6) & 63),
        ALPHABET.charCodeAt(v & 63),
      );
    }
    if (i < stop) {
      const rest = stop - i;
      const v = (bytes[i]! << 16) | (rest > 1 ? bytes[i + 1]! << 8 : 0);
      codes.push(ALPHABET.charCodeAt(v >>> 18), ALPHABET.charCodeAt((v >>> 12) & 63));
      codes.push(rest > 1 ? ALPHABET.charCodeAt((v >>> 6) & 63) : 61, 61);
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/** Engines with the TC39 base64 proposal (recent Chrome and Firefox) decode natively. */
type NativeFromBase64 = (text: string) => Uint8Array;
const nativeFromBase64 = (Uint8Array as unknown as { fromBase64?: NativeFromBase64 }).fromBase64;

export function base64ToBytes(text: string): Uint8Array {
  if (typeof nativeFromBase64 === 'function') return nativeFromBase64.call(Uint8Array, text);
  let len = text.length;
  while (len > 0 && text.charCodeAt(len - 1) === 61) len--;
  const out = new Uint8Array((len * 3) >>> 2);
  let o = 0;
  let i = 0;
  for (; i + 3 < len; i += 4) {
    const v =
      (DECODE[text.charCodeAt(i)]! << 18) |
      (DECODE[text.charCodeAt(i + 1)]! << 12) |
      (DECODE[text.charCodeAt(i + 2)]! << 6) |
      DECODE[text.charCodeAt(i + 3)]!;
    out[o++] = v >>> 16;
    out[o++] = (v >>> 8) & 255;
    out[o++] = v & 255;
  }
  const rest = len - i;
  if (rest >= 2) {
    const v = (DECODE[text.charCodeAt(i)]! << 18) | (DECODE[text.charCodeAt(i + 1)]! << 12) | (rest > 2 ? DECODE[text.charCodeAt(i + 2)]! << 6 : 0);
    out[o++] = v >>> 16;
    if (rest > 2) out[o++] = (v >>> 8) & 255;
  }
  return out;
}

export function int32ToBase64(a: Int32Array): string {
  return bytesToBase64(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
}

export function base64ToInt32(text: string): Int32Array {
  const bytes = base64ToBytes(text);
  return new Int32Array(bytes.buffer, 0, bytes.byteLength >>> 2);
}

export function float32ToBase64(a: Float32Array): string {
  return bytesToBase64(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
}

export function base64ToFloat32(text: string): Float32Array {
  const bytes = base64ToBytes(text);
  return new Float32Array(bytes.buffer, 0, bytes.byteLength >>> 2);
}
