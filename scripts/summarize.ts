/**
 * npm run -s summarize -- [--json] [--points N] [--url URL] [--batch FILE] <input>...
 * Runs the extension's own pipeline in Node on saved pages (.html, .html.gz), plain-text articles (.txt)
 * or http(s) URLs. Markdown for people by default; --json prints one PageSummary per line (JSON Lines).
 */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { summarizeDocumentAt } from '../utils/summarize-current-page';
import type { PageSummary } from '../utils/types';
import { documentFromHtml, documentFromText } from './lib/load-document';
import { formatMarkdown } from '../utils/popup/format-markdown';

type Job = { input: string; url?: string };
type Outcome = { input: string; summary: PageSummary } | { input: string; error: { reason: string; message: string } };

class InputError extends Error {
  constructor(
    readonly reason: string,
    message: string,
  ) {
    super(message);
  }
}

const USAGE = `Usage: npm run -s summarize -- [--json] [--points N] [--url URL] [--batch FILE] <input>...
  input     a saved page (.html, .html.gz), a plain-text article (.txt, paragraphs separated by blank lines) or an http(s) URL
  --json    one PageSummary per line (JSON Lines), or {"input", "error": {"reason", "message"}} for an input that failed
  --points  number of key points (default 5)
  --url     the page's URL for a single saved file (default: its canonical link, else its file: URL)
  --batch   a JSON Lines file of {"path": ..., "url": ...} to read instead of arguments`;

function canonicalUrl(doc: Document): string | null {
  const href =
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  if (!href) return null;
  try {
    const url = new URL(href);
    return /^https?:$/.test(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

async function loadJob(job: Job): Promise<{ doc: Document; url: string }> {
  if (/^https?:\/\//i.test(job.input)) {
    let response: Response;
    try {
      response = await fetch(job.input, { redirect: 'follow', signal: AbortSignal.timeout(20_000) });
    } catch (error) {
      throw new InputError('fetch-failed', `Could not fetch ${job.input}: ${(error as Error).message}`);
    }
    if (!response.ok) throw new InputError('fetch-failed', `Fetching ${job.input} gave HTTP ${response.status}`);
    const type = response.headers.get('content-type') ?? '';
    if (!/html|xml|text\/plain/i.test(type))
      throw new InputError('unsupported-input', `${job.input} is ${type || 'not HTML'}, not a web page`);
    const body = await response.text();
    const doc = /text\/plain/i.test(type) ? documentFromText(body) : documentFromHtml(body);
    return { doc, url: job.url ?? response.url };
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(job.input);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(
      code === 'ENOENT' ? 'not-found' : 'unreadable',
      `Cannot read ${job.input} (${code ?? 'error'})`,
    );
  }
  if (job.input.endsWith('.gz')) bytes = gunzipSync(bytes);
  const name = job.input.replace(/\.gz$/, '');
  const text = bytes.toString('utf8');
  if (/\.txt$/i.test(name)) return { doc: documentFromText(text), url: job.url ?? pathToFileURL(job.input).href };
  if (!/\.x?html?$/i.test(name))
    throw new InputError('unsupported-input', `${job.input}: expected .html, .html.gz, .txt or an http(s) URL`);
  const doc = documentFromHtml(text);
  return { doc, url: job.url ?? canonicalUrl(doc) ?? pathToFileURL(job.input).href };
}

async function run(job: Job, points: number): Promise<Outcome> {
  try {
    const { doc, url } = await loadJob(job);
    // The extension's own guarded path: the same limits, trimming and failure reasons.
    const result = summarizeDocumentAt(doc, url, { points });
    return result.ok
      ? { input: job.input, summary: result.summary }
      : { input: job.input, error: { reason: result.reason, message: result.message } };
  } catch (error) {
    if (error instanceof InputError)
      return { input: job.input, error: { reason: error.reason, message: error.message } };
    return {
      input: job.input,
      error: { reason: 'extraction-failed', message: (error as Error).message ?? String(error) },
    };
  }
}

async function readBatch(file: string): Promise<Job[]> {
  const lines = (await readFile(file, 'utf8')).split('\n').filter((l) => l.trim());
  return lines.map((line, i) => {
    const row = JSON.parse(line) as { path?: unknown; url?: unknown };
    if (typeof row.path !== 'string') throw new Error(`${file}:${i + 1}: "path" is missing`);
    return { input: row.path, url: typeof row.url === 'string' ? row.url : undefined };
  });
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      points: { type: 'string', default: '5' },
      url: { type: 'string' },
      batch: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const points = Number(values.points);
  if (values.help || (!positionals.length && !values.batch) || !Number.isInteger(points) || points < 1 || points > 20) {
    process.stderr.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  if (values.url && positionals.length !== 1) {
    process.stderr.write('--url applies to a single input\n');
    return 2;
  }
  const jobs: Job[] = values.batch
    ? await readBatch(values.batch)
    : positionals.map((input) => ({ input, url: values.url }));
  let failed = 0;
  for (const job of jobs) {
    const outcome = await run(job, points);
    if ('error' in outcome) failed++;
    if (values.json) process.stdout.write(`${JSON.stringify('error' in outcome ? outcome : outcome.summary)}\n`);
    else if ('error' in outcome)
      process.stdout.write(`# ${outcome.input}\n\nError (${outcome.error.reason}): ${outcome.error.message}\n\n`);
    else process.stdout.write(`${formatMarkdown(outcome.summary)}\n`);
  }
  return failed === jobs.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`summarize: ${(error as Error).message}\n`);
    process.exit(2);
  },
);
