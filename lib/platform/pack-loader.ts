// Turns pack bytes (gzipped or plain JSON) into a validated Pack, with a message a reader can act on when not.
import { validatePack, describePackErrors } from '../core/pack-validate';
import type { Pack } from '../core/pack';

/** Packs larger than this are refused before decompression finishes, so a hostile file cannot fill memory. */
export const MAX_PACK_BYTES = 200 * 1024 * 1024;

async function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
  const reader = stream.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch {
      throw new Error('The pack file is damaged: its gzip data is truncated or corrupt.');
    }
    if (chunk.done) break;
    size += chunk.value.length;
    if (size > MAX_PACK_BYTES) {
      await reader.cancel();
      throw new Error(`The pack is too large once unpacked (over ${MAX_PACK_BYTES / 1024 / 1024} MB).`);
    }
    parts.push(chunk.value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export async function decodePack(bytes: Uint8Array): Promise<Pack> {
  if (bytes.length > MAX_PACK_BYTES) throw new Error(`The pack file is too large (over ${MAX_PACK_BYTES / 1024 / 1024} MB).`);
  const isGzip = bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
  const raw = isGzip ? await gunzip(bytes) : bytes;
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: false }).decode(raw));
  } catch (err) {
    throw new Error(`The pack is not valid JSON (${err instanceof Error ? err.message : String(err)}).`);
  }
  const result = validatePack(json);
  if (!result.ok) throw new Error(describePackErrors(result.errors));
  return result.pack;
}
