import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkCurrentPage,
  currentPageProperty,
  newStats,
  pipelineProperty,
} from '@/scripts/lib/fuzz/pipeline-properties';

// Property-based tests: random, hostile and malformed pages (see scripts/lib/fuzz/html-arbitraries.ts).
// A fixed seed keeps CI deterministic; FUZZ_SEED=<n> explores others. Long runs: `npm run fuzz -- --runs N`.
const seed = Number(process.env.FUZZ_SEED ?? 20251125);
const URL_A = 'https://news.example.com/2025/07/story.html';
const deep = (depth: number, close: boolean) =>
  `<!doctype html><html><head><title>Deep</title></head><body>${'<div>'.repeat(depth)}<p>The council approved the harbour budget after a long debate.</p>${close ? '</div>'.repeat(depth) : ''}</body></html>`;

// Fixed extremes checked on every run (not as fast-check `examples`: checking whether a 100 KB example
// can be shrunk takes fast-check minutes).
const EXTREMES: Array<[string, string, { points: number; force: boolean }]> = [
  ['5,000 nested divs', deep(5_000, true), { points: 5, force: false }],
  ['5,000 unclosed divs, forced', deep(5_000, false), { points: 3, force: true }],
  ['an empty string', '', { points: 5, force: false }],
  [
    'a frameset',
    '<html><head><title>F</title></head><frameset cols="50%,*"><frame src="a.html"><frame src="javascript:alert(1)"></frameset></html>',
    { points: 5, force: true },
  ],
  [
    'an SVG document, forced',
    '<svg xmlns="http://www.w3.org/2000/svg"><text>Harbour chart</text></svg>',
    { points: 5, force: true },
  ],
  [
    'a MathML document',
    '<math xmlns="http://www.w3.org/1998/Math/MathML"><mi>x</mi></math>',
    { points: 5, force: false },
  ],
  ['NUL and lone surrogates', '\u0000\uD800<p>\uDFFF</p>', { points: 5, force: true }],
  [
    'a 100 KB attribute',
    `<!doctype html><html><body><p title="${'x'.repeat(100_000)}">The council approved the harbour budget after a long debate.</p></body></html>`,
    { points: 5, force: false },
  ],
];

describe('pipeline fuzz', () => {
  it.each(EXTREMES)('summarizeCurrentPage answers well-formed data for %s', (_name, html, request) => {
    expect(() => checkCurrentPage(html, request, URL_A, newStats(), true)).not.toThrow();
  });

  it('summarizeCurrentPage never throws, answers well-formed data and leaves the page as it was (200 runs)', () => {
    const stats = newStats();
    fc.assert(currentPageProperty(stats), { numRuns: 200, seed });
    // The generator must reach both answers, or the property proves little.
    const outcomes = [...stats.outcomes.keys()];
    expect(outcomes).toContain('ok');
    expect(outcomes.some((o) => !o.startsWith('ok'))).toBe(true);
  }, 60_000);

  it('summarizePage never throws and returns a PageSummary of the right types (100 runs)', () => {
    fc.assert(pipelineProperty('types'), { numRuns: 100, seed });
  }, 60_000);
});
