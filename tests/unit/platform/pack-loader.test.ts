import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PACK_FORMAT } from '../../../lib/core/pack';
import { decodePack, MAX_PACK_BYTES, readLimited } from '../../../lib/platform/pack-loader';

const pack = {
  format: PACK_FORMAT,
  id: 'p',
  version: '1',
  builtAt: '2026-01-01T00:00:00Z',
  sources: [{ id: 's', name: 'S', licence: 'CC0', attribution: 'a', url: 'https://example.org' }],
  entities: [{ id: 'e', type: 'person', name: 'Sergei Skripal', aliases: [], facts: [], links: [], prior: 0.5, sources: ['s'] }],
  events: [],
};
const bytes = (s: string) => new TextEncoder().encode(s);

describe('decodePack', () => {
  it.each([
    ['gzipped JSON', new Uint8Array(gzipSync(JSON.stringify(pack)))],
    ['plain JSON', bytes(JSON.stringify(pack))],
  ])('reads %s', async (_n, input) => {
    expect((await decodePack(input)).entities[0]?.name).toBe('Sergei Skripal');
  });

  it.each([
    ['a truncated gzip', new Uint8Array(gzipSync(JSON.stringify(pack)).subarray(0, 40)), /damaged/],
    ['invalid JSON', bytes('{"format":'), /not valid JSON/],
    ['an unknown format', bytes(JSON.stringify({ ...pack, format: 'backstory-pack/2' })), /format/i],
    ['a bad entity type', bytes(JSON.stringify({ ...pack, entities: [{ ...pack.entities[0], type: 'alien' }] })), /entities\[0\]\.type/],
    // 200 KB on disk, over the limit unpacked: refused while decompressing, before it fills memory.
    ['a gzip bomb', new Uint8Array(gzipSync(Buffer.alloc(MAX_PACK_BYTES + 1024, 32))), /too large/],
  ])('refuses %s with a clear message', async (_n, input, message) => {
    await expect(decodePack(input)).rejects.toThrow(message);
  });
});

describe('readLimited', () => {
  const stream = (chunks: number[]) =>
    new ReadableStream<Uint8Array>({
      start(c) {
        for (const n of chunks) c.enqueue(new Uint8Array(n));
        c.close();
      },
    });

  it('joins the chunks and reports progress', async () => {
    const seen: number[] = [];
    const out = await readLimited(stream([3, 4]), 10, () => 'x', (n) => seen.push(n));
    expect(out.length).toBe(7);
    expect(seen).toEqual([3, 7]);
  });

  it('stops past the limit', async () => {
    await expect(readLimited(stream([6, 6]), 10, () => 'x')).rejects.toThrow(/too large/);
  });
});
