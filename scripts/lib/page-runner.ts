/**
 * The parts of `npm run screenshots:pages` that decide, kept apart from the browser so the tests can show them:
 * which requests a saved page may make, and a loop that keeps going past a page that fails.
 */

/**
 * Whether a saved page may make this request: only to the local server that serves it (and the browser's own
 * data:, blob: and extension URLs). Anything else would fetch live resources from the publisher and third parties,
 * making the screenshots slow, unrepeatable and a privacy leak.
 */
export function isAllowedRequest(url: string, serverOrigin: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:' || parsed.protocol === 'chrome-extension:')
    return true;
  return parsed.origin === new URL(serverOrigin).origin;
}

export type PageOutcome = { slug: string; ok: true; line: string } | { slug: string; ok: false; error: string };

/** Runs `shoot` on every slug in order; a page that throws is reported and the run goes on to the next one. */
export async function runEveryPage(
  slugs: readonly string[],
  shoot: (slug: string) => Promise<string>,
  report: (outcome: PageOutcome) => void = () => {},
): Promise<PageOutcome[]> {
  const outcomes: PageOutcome[] = [];
  for (const slug of slugs) {
    let outcome: PageOutcome;
    try {
      outcome = { slug, ok: true, line: await shoot(slug) };
    } catch (error) {
      outcome = { slug, ok: false, error: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
    }
    outcomes.push(outcome);
    report(outcome);
  }
  return outcomes;
}
