import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Reads the BUILT extensions (`npm run build` and `npm run build:e2e` first; `npm test` does both), so it
// runs with the browser tests (vitest.e2e.config.ts), after the builds, not with the unit tests.
const OUTPUT = resolve(import.meta.dirname, '..', '..', '.output');
const SHIPPED = ['chrome-mv3', 'firefox-mv3'] as const;
const ALLOWED_PERMISSIONS = ['activeTab', 'scripting', 'storage'];

type Manifest = Record<string, unknown> & {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: unknown[];
  content_security_policy?: unknown;
};

function readManifest(build: string): Manifest {
  const file = join(OUTPUT, build, 'manifest.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build && npm run build:e2e\` first`);
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}

function filesUnder(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, ext);
    return path.endsWith(ext) ? [path] : [];
  });
}

/** Every CSP string of a manifest (MV3 object form or MV2 string form). */
function cspStrings(manifest: Manifest): string[] {
  const csp = manifest.content_security_policy;
  if (csp === undefined) return [];
  if (typeof csp === 'string') return [csp];
  return Object.values(csp as Record<string, unknown>).map(String);
}

/** Problems with a CSP: eval, inline script, or any script source that is not the extension itself. */
function cspProblems(policy: string): string[] {
  const problems: string[] = [];
  for (const directive of policy
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)) {
    const [name = '', ...sources] = directive.split(/\s+/);
    if (!/^(?:script-src|script-src-elem|script-src-attr|default-src|worker-src|object-src)$/.test(name)) continue;
    for (const source of sources) {
      if (source === "'self'" || source === "'none'" || source === "'wasm-unsafe-eval'") continue;
      problems.push(`${name} ${source}`);
    }
  }
  return problems;
}

/** The e2e build's popup reads `?tabId=N` and may mention 127.0.0.1: none of that may ship. */
const TEST_ONLY = [/["'`]tabId["'`]/g, /location\.search/g, /127\.0\.0\.1/g];

/** Snippets of test-only code found in a build's scripts (empty when clean). */
function testOnlyCode(dir: string): string[] {
  return filesUnder(dir, '.js').flatMap((file) => {
    const code = readFileSync(file, 'utf8');
    return TEST_ONLY.flatMap((re) =>
      [...code.matchAll(re)].map(
        (m) => `${file.slice(OUTPUT.length + 1)}: …${code.slice(Math.max(0, m.index - 60), m.index + 40)}…`,
      ),
    );
  });
}

describe.each(SHIPPED)('shipped manifest (%s)', (build) => {
  const manifest = readManifest(build);

  it('requests only activeTab, scripting and storage', () => {
    const requested = [...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? [])];
    expect(requested).toEqual(expect.arrayContaining(['activeTab', 'scripting']));
    expect(requested.filter((p) => !ALLOWED_PERMISSIONS.includes(p))).toEqual([]);
  });

  it('has no host permissions and no manifest content scripts', () => {
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
    expect(manifest.content_scripts ?? []).toEqual([]);
    expect(manifest.externally_connectable).toBeUndefined();
  });

  it('opens the popup with Alt+Shift+S (the _execute_action command)', () => {
    const commands = manifest.commands as Record<string, { suggested_key?: { default?: string } }> | undefined;
    expect(commands?._execute_action?.suggested_key?.default).toBe('Alt+Shift+S');
  });

  it('keeps the default MV3 content security policy (no eval, no remote code)', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(cspStrings(manifest).flatMap(cspProblems)).toEqual([]);
  });

  it('loads only its own scripts and never evaluates strings', () => {
    const dir = join(OUTPUT, build);
    for (const html of filesUnder(dir, '.html')) {
      const srcs = [...readFileSync(html, 'utf8').matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1] ?? '');
      expect(
        srcs.filter((src) => /^(?:https?:)?\/\//.test(src)),
        html,
      ).toEqual([]);
    }
    for (const js of filesUnder(dir, '.js')) {
      const code = readFileSync(js, 'utf8');
      const found = code.match(/\bnew Function\s*\(|[^.\w]eval\s*\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource/g);
      expect(found, js).toBeNull();
    }
  });

  it('preloads the chunks the popup entry imports lazily (the view and the pipeline), so they compile while the tab copies', () => {
    const dir = join(OUTPUT, build);
    const html = readFileSync(join(dir, 'popup.html'), 'utf8');
    const entry = /<script[^>]+src="\/([^"]+)"/.exec(html)?.[1];
    expect(entry).toBeTruthy();
    // Vite lists the lazily imported chunks of the entry in its __vite__mapDeps table.
    const lazy = [...readFileSync(join(dir, entry!), 'utf8').matchAll(/"(chunks\/[\w.-]+\.js)"/g)].map((m) => m[1]);
    const preloaded = [...html.matchAll(/<link rel="modulepreload"[^>]*href="\/([^"]+)"/g)].map((m) => m[1]);
    expect(lazy.some((f) => f!.includes('summarize-captured-page'))).toBe(true);
    expect(new Set(preloaded)).toEqual(new Set(lazy));
  });

  it('ships no test-only code in the popup bundle', () => {
    expect(testOnlyCode(join(OUTPUT, build))).toEqual([]);
  });
});

describe('the checks above can fail', () => {
  it('the e2e build (which must differ) trips the test-only-code and host-permission checks', () => {
    const manifest = readManifest('chrome-mv3-e2e');
    expect(manifest.host_permissions).toEqual(['http://127.0.0.1/*']);
    expect(testOnlyCode(join(OUTPUT, 'chrome-mv3-e2e')).length).toBeGreaterThan(0);
  });

  it.each([
    ["script-src 'self' 'unsafe-eval'; object-src 'self'", ["script-src 'unsafe-eval'"]],
    ["script-src 'self' https://cdn.example.com", ['script-src https://cdn.example.com']],
    ["default-src * 'unsafe-inline'", ['default-src *', "default-src 'unsafe-inline'"]],
    ["script-src 'self' 'wasm-unsafe-eval'; object-src 'self'", []],
  ])('cspProblems(%j)', (policy, expected) => {
    expect(cspProblems(policy)).toEqual(expected);
  });
});
