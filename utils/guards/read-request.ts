import type { SummarizeOptions } from '../types';

const MAX_POINTS = 20;

/**
 * A summarize request `{ points, force }` as the pipeline takes it (from the popup, the CLI or a test scope).
 * Anything else (missing, wrong types, out of range) falls back to the defaults.
 */
export function readSummarizeRequest(request: unknown): SummarizeOptions {
  const options: SummarizeOptions = {};
  if (typeof request !== 'object' || request === null) return options;
  const { points, force } = request as { points?: unknown; force?: unknown };
  if (typeof points === 'number' && Number.isInteger(points) && points >= 1)
    options.points = Math.min(points, MAX_POINTS);
  if (force === true) options.force = true;
  return options;
}
