import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const MASKPARK = join(ROOT, 'tests', 'fixtures', 'blogger-maskpark', 'source.html');

async function summarize(...args: string[]) {
  try {
    const { stdout } = await run(TSX, ['scripts/summarize.ts', ...args], { cwd: ROOT });
    return { code: 0, stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string };
    return { code: e.code, stdout: e.stdout };
  }
}

describe('npm run summarize', () => {
  it('prints one PageSummary per input as JSON Lines, in input order, and an error line for a failed input', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'news-lens-cli-'));
    const story = join(dir, 'story.txt');
    writeFileSync(
      story,
      'The city council approved the new harbour budget on Tuesday night after a long debate.\n\n' +
        'Residents said the ferry terminal would change how the waterfront is used for years to come.\n\n' +
        'Engineers warned that the sea wall needs repairs before the winter storms arrive in December.',
    );
    const { code, stdout } = await summarize('--json', '--points', '3', MASKPARK, join(dir, 'missing.html'), story);
    expect(code).toBe(0);
    const lines = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(3);
    expect(lines[0].whyItMatters.columns).toEqual(['Issue', 'Significance']);
    expect(lines[0].whyItMatters.rows).toHaveLength(4);
    expect(lines[0].related).toHaveLength(3);
    expect(lines[0].keyPoints).toHaveLength(3);
    expect(lines[1]).toEqual({
      input: join(dir, 'missing.html'),
      error: { reason: 'not-found', message: expect.any(String) },
    });
    expect(lines[2].text).toContain('harbour budget');
  }, 30_000);

  it('reads a --batch file of {path, url} and uses the given URL', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'news-lens-cli-'));
    const batch = join(dir, 'pages.jsonl');
    writeFileSync(batch, `${JSON.stringify({ path: MASKPARK, url: 'https://example.org/maskpark' })}\n`);
    const { stdout } = await summarize('--json', '--batch', batch);
    expect(JSON.parse(stdout).url).toBe('https://example.org/maskpark');
  }, 30_000);

  it('prints Markdown for people by default', async () => {
    const { stdout } = await summarize(MASKPARK);
    expect(stdout).toMatch(/^# .*Widespread Outrage/m);
    expect(stdout).toContain('| Issue | Significance |');
    expect(stdout).toContain('## Related');
  }, 30_000);
});
