// Writes a pack as reproducible gzip: same pack, same bytes (no timestamp, fixed OS byte, fixed level).
// memLevel 9 (zlib's most memory for matching) makes the full pack ~20 KB smaller than the default 8.
import { gzipSync, constants } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Pack } from '../../lib/core/pack';

export function packToGzip(pack: Pack): Buffer {
  const gz = gzipSync(Buffer.from(JSON.stringify(pack), 'utf8'), { level: 9, memLevel: 9, strategy: constants.Z_DEFAULT_STRATEGY });
  // Header bytes 4..7 are MTIME and byte 9 is the OS: pin both so builds on any machine agree.
  gz.writeUInt32LE(0, 4);
  gz[9] = 255;
  return gz;
}

export function writePack(pack: Pack, file: string): number {
  const gz = packToGzip(pack);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, gz);
  return gz.length;
}
