import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { THRESHOLDS, THRESHOLD_REASONS } from '@/utils/rules/thresholds';

const UTILS = join(import.meta.dirname, '..', '..', '..', 'utils');
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}
const code = sources(UTILS)
  .filter((p) => !p.endsWith('thresholds.ts'))
  .map((p) => readFileSync(p, 'utf8'))
  .join('\n');

describe('named thresholds', () => {
  it.each(Object.keys(THRESHOLDS))('%s has a reason and is used by the pipeline', (name) => {
    expect(THRESHOLD_REASONS[name as keyof typeof THRESHOLDS].length).toBeGreaterThan(20);
    expect(code).toContain(`THRESHOLDS.${name}`);
  });
});
