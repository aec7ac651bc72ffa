// Loading a pack from a file or a URL, run by the options page: a page the reader is looking at stays alive
// for the whole download and install, where the service worker could be stopped half way. The store's staging
// lease keeps the background from mistaking the half-written pack for a leftover, and the background is told
// to reload its linker once the new pack is active.
import { browser } from 'wxt/browser';
import { activePack, openStore, type InstalledPack } from './db';
import { send } from './messaging';
import { decodePack, installWithLinker, MAX_PACK_BYTES, readLimited, starterPackBytes } from './pack-loader';

export type InstallPhase = 'downloading' | 'checking' | 'installing' | 'done';
export type ProgressListener = (phase: InstallPhase, fraction: number) => void;

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as BufferSource);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Reads a response body with progress, refusing more than MAX_PACK_BYTES. */
async function readBody(res: Response, onProgress: ProgressListener): Promise<Uint8Array> {
  const total = Number(res.headers.get('content-length')) || 0;
  if (total > MAX_PACK_BYTES) throw new Error(`The pack is too large (${Math.round(total / 1048576)} MB).`);
  if (!res.body) return new Uint8Array(await res.arrayBuffer());
  const bytes = await readLimited(
    res.body,
    MAX_PACK_BYTES,
    (err) => `The download stopped half way (${err instanceof Error ? err.message : String(err)}).`,
    (size) => total && onProgress('downloading', size / total),
  );
  if (total && bytes.length < total) throw new Error(`The download stopped half way (${bytes.length} of ${total} bytes).`);
  return bytes;
}

/** Fetches a URL; if the server does not allow the extension to read it, asks the reader for that site once. */
async function fetchPack(url: string, headers: Record<string, string>): Promise<Response> {
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error('A pack URL must start with https:// or http://.');
  try {
    return await fetch(url, { headers, cache: 'no-cache', credentials: 'omit' });
  } catch (first) {
    const origins = [`${parsed.origin}/*`];
    const granted = (await browser.permissions.contains({ origins })) || (await browser.permissions.request({ origins }).catch(() => false));
    if (!granted) throw new Error(`Could not download the pack from ${parsed.host} (${first instanceof Error ? first.message : String(first)}).`);
    return fetch(url, { headers, cache: 'no-cache', credentials: 'omit' });
  }
}

export interface UrlInstallOptions {
  /** Expected sha256 of the file, hex; the install is refused if it differs. */
  sha256?: string;
  onProgress?: ProgressListener;
}

async function installBytes(bytes: Uint8Array, origin: InstalledPack['origin'], extra: { url?: string; etag?: string; sha256?: string }, onProgress: ProgressListener): Promise<InstalledPack> {
  onProgress('checking', 0);
  const pack = await decodePack(bytes);
  const db = await openStore();
  try {
    const { installed } = await installWithLinker(db, pack, { origin, ...extra, onProgress: (f) => onProgress('installing', f) });
    await send({ type: 'dataset-changed' });
    onProgress('done', 1);
    return installed;
  } finally {
    db.close();
  }
}

export async function installFromUrl(url: string, options: UrlInstallOptions = {}): Promise<InstalledPack> {
  const onProgress = options.onProgress ?? (() => undefined);
  onProgress('downloading', 0);
  const res = await fetchPack(url, {});
  if (!res.ok) throw new Error(`The server answered ${res.status} ${res.statusText} for ${url}.`);
  const bytes = await readBody(res, onProgress);
  const digest = await sha256Hex(bytes);
  const want = options.sha256?.trim().toLowerCase();
  if (want && want !== digest) throw new Error(`The pack's sha256 is ${digest}, not the ${want} you gave: it was not installed.`);
  return installBytes(bytes, 'url', { url, sha256: digest, ...(res.headers.get('etag') ? { etag: res.headers.get('etag') ?? '' } : {}) }, onProgress);
}

export async function installFromFile(file: Blob, onProgress: ProgressListener = () => undefined): Promise<InstalledPack> {
  if (file.size > MAX_PACK_BYTES) throw new Error(`The file is too large (${Math.round(file.size / 1048576)} MB).`);
  const bytes = new Uint8Array(await file.arrayBuffer());
  return installBytes(bytes, 'file', { sha256: await sha256Hex(bytes) }, onProgress);
}

export async function resetToStarter(onProgress: ProgressListener = () => undefined): Promise<InstalledPack> {
  return installBytes(await starterPackBytes(), 'starter', {}, onProgress);
}

export type UpdateCheck = { state: 'up-to-date' } | { state: 'updated'; pack: InstalledPack } | { state: 'not-from-url' };

/** Asks the pack's URL whether it changed (ETag), and installs the new version if it did. */
export async function checkForUpdate(onProgress: ProgressListener = () => undefined): Promise<UpdateCheck> {
  const db = await openStore();
  const current = await activePack(db);
  db.close();
  if (!current || current.origin !== 'url' || !current.url) return { state: 'not-from-url' };
  const res = await fetchPack(current.url, current.etag ? { 'if-none-match': current.etag } : {});
  if (res.status === 304) return { state: 'up-to-date' };
  if (!res.ok) throw new Error(`The server answered ${res.status} ${res.statusText} for ${current.url}.`);
  const bytes = await readBody(res, onProgress);
  const digest = await sha256Hex(bytes);
  if (digest === current.sha256) return { state: 'up-to-date' };
  const pack = await installBytes(bytes, 'url', { url: current.url, sha256: digest, ...(res.headers.get('etag') ? { etag: res.headers.get('etag') ?? '' } : {}) }, onProgress);
  return { state: 'updated', pack };
}
