/**
 * A named moment of a click (`news-lens:<name>` in the performance timeline): `npm run bench` reads them to say
 * where the time goes. No-op where the User Timing API is missing; a few microseconds elsewhere.
 */
export function mark(name: string): void {
  globalThis.performance?.mark?.(`news-lens:${name}`);
}
