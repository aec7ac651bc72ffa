// The packages as the stores receive them. Chrome: a strict CSP for extension pages and no permission beyond
// what the features need. Firefox: `wxt zip -b firefox --mv3` builds the MV3 extension and its sources zip, and
// Mozilla's own linter (web-ext lint, from npm) finds no error in it.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/example-page';

const OUT = join(ROOT, '.output');
const DIR = join(OUT, 'firefox-mv3');
const bin = (name: string) => join(ROOT, 'node_modules/.bin', name);

interface LintMessage {
  code: string;
  file?: string;
  message: string;
}
interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
}

let zips: string[];
beforeAll(() => {
  execFileSync(bin('wxt'), ['zip', '-b', 'firefox', '--mv3'], { cwd: ROOT, stdio: 'ignore', timeout: 240_000 });
  zips = readdirSync(OUT).filter((f) => f.endsWith('.zip'));
}, 300_000);

describe('Chrome package', () => {
  const manifest = () => JSON.parse(readFileSync(join(OUT, 'chrome-mv3/manifest.json'), 'utf8'));

  it('lets extension pages run only their own scripts: no eval, no inline or remote code, no plugins', () => {
    const csp: string = manifest().content_security_policy.extension_pages;
    const directive = (name: string) => csp.split(';').map((d) => d.trim().split(/\s+/)).find((d) => d[0] === name)?.slice(1);
    expect(directive('script-src')).toEqual(["'self'"]);
    expect(directive('object-src')).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-(eval|inline)|wasm-unsafe-eval/);
  });

  it('asks only for storage up front; sites only when the reader loads a pack from one', () => {
    const m = manifest();
    expect(m.permissions.sort()).toEqual(['storage', 'unlimitedStorage']);
    expect(m.host_permissions).toBeUndefined();
    expect(m.optional_host_permissions.sort()).toEqual(['http://*/*', 'https://*/*']);
    expect(m.content_scripts.map((c: { matches: string[] }) => c.matches.sort())).toEqual([['http://*/*', 'https://*/*']]);
    // One resource pages may load: the page reader the content script imports, at a per-session URL only.
    expect(m.web_accessible_resources).toEqual([
      { resources: ['content-main.js'], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true },
    ]);
  });
});

describe('Firefox package', () => {
  it('is an MV3 build with an add-on id, a minimum version that has the Highlight API, and no data collected', () => {
    const manifest = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.background.scripts).toEqual(['background.js']);
    expect(manifest.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(Number.parseFloat(manifest.browser_specific_settings.gecko.strict_min_version)).toBeGreaterThanOrEqual(140);
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions.required).toEqual(['none']);
  });

  it('has its extension zip and a sources zip', () => {
    expect(zips.some((f) => /firefox\.zip$/.test(f))).toBe(true);
    const sources = zips.find((f) => /sources\.zip$/.test(f));
    expect(sources).toBeDefined();
    const files = execFileSync('unzip', ['-Z1', join(OUT, sources!)], { encoding: 'utf8' }).split('\n');
    expect(files).toContain('package.json');
    expect(files).toContain('wxt.config.ts');
    expect(files.some((f) => f.startsWith('node_modules/') || f.startsWith('.output/'))).toBe(false);
  });

  it('passes web-ext lint with no errors', () => {
    expect(existsSync(DIR)).toBe(true);
    const run = spawnSync(bin('web-ext'), ['lint', '--source-dir', DIR, '--output', 'json', '--no-input'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    const report = JSON.parse(run.stdout) as LintReport;
    expect(report.errors.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`)).toEqual([]);
    // The only warnings allowed are Preact's own innerHTML path (used solely for dangerouslySetInnerHTML, which
    // Backstory never uses: see tests/unit/security): anything else is new and must be looked at.
    expect(report.warnings.filter((w) => w.code !== 'UNSAFE_VAR_ASSIGNMENT').map((w) => w.code)).toEqual([]);
  });
});
