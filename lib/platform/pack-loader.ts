// Turns pack bytes (gzipped or plain JSON) into a validated Pack, with a message a reader can act on when not.
import { browser } from 'wxt/browser';
import { compileLinker, type Linker } from '../core/linker';
import { validatePack, describePackErrors } from '../core/pack-validate';
import type { Pack } from '../core/pack';
import { installPack, type Db, type InstalledPack, type InstallOptions } from './db';

/** Where the pack shipped inside the extension lives (the starter pack, or BACKSTORY_PACK at build time). */
export const STARTER_PACK_PATH = '/starter-pack.json.gz';

/** Everyday English words the builder writes beside the starter pack (see scripts/linker/english-words.ts). */
export const COMMON_WORDS_PATH = '/common-words.json';

let commonWordsPromise: Promise<Set<string>> | null = null;

/**
 * The words the linker doubts as one-word names ("Turkey", "Bill"): compiled into the linker so the background
 * refuses the same false friends as the eval and the builder. The build ships it; if it cannot be read, the
 * linker still works with its built-in short list rather than leaving the reader with no marks.
 */
export function commonWordsForLinker(): Promise<Set<string>> {
  commonWordsPromise ??= (async () => {
    try {
      const res = await fetch(browser.runtime.getURL(COMMON_WORDS_PATH as '/'));
      if (!res.ok) return new Set<string>();
      const words = (await res.json()) as unknown;
      return new Set(Array.isArray(words) ? words.filter((w): w is string => typeof w === 'string') : []);
    } catch {
      return new Set<string>();
    }
  })();
  return commonWordsPromise;
}

/** Packs larger than this are refused before decompression finishes, so a hostile file cannot fill memory. */
export const MAX_PACK_BYTES = 200 * 1024 * 1024;

/**
 * Reads a byte stream to its end, refusing more than `limit` bytes, so a hostile file cannot fill memory.
 * `describe` turns a read failure into the reader's message; `onBytes` reports progress.
 */
export async function readLimited(
  stream: ReadableStream<Uint8Array>,
  limit: number,
  describe: (err: unknown) => string,
  onBytes?: (size: number) => void,
): Promise<Uint8Array> {
  const reader = stream.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch (err) {
      throw new Error(describe(err));
    }
    if (chunk.done) break;
    size += chunk.value.length;
    if (size > limit) {
      await reader.cancel();
      throw new Error(`The pack is too large (over ${limit / 1048576} MB).`);
    }
    parts.push(chunk.value);
    onBytes?.(size);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
  return readLimited(stream, MAX_PACK_BYTES, () => 'The pack file is damaged: its gzip data is truncated or corrupt.');
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

export async function starterPackBytes(): Promise<Uint8Array> {
  const res = await fetch(browser.runtime.getURL(STARTER_PACK_PATH as '/'));
  if (!res.ok) throw new Error(`The starter pack is missing from the extension (${res.status}).`);
  return new Uint8Array(await res.arrayBuffer());
}

/** Compiles the pack's linker and installs both; every install (starter, file, URL) goes through here. */
export async function installWithLinker(db: Db, pack: Pack, options: Omit<InstallOptions, 'compiledLinker'>): Promise<{ installed: InstalledPack; linker: Linker }> {
  const linker = compileLinker(pack.entities, { commonWords: await commonWordsForLinker() });
  const installed = await installPack(db, pack, { ...options, compiledLinker: linker.toJSON() });
  return { installed, linker };
}
