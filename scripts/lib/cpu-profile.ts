import { Session } from 'node:inspector/promises';

type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
};
type Profile = { nodes: ProfileNode[]; samples?: number[]; timeDeltas?: number[] };
export type Hotspot = { where: string; ms: number; share: number };

/**
 * Runs `fn` under V8's sampling CPU profiler and attributes every sample to the innermost frame from the
 * project's own utils/ (library and built-in time, e.g. Intl.Segmenter or Readability, is charged to
 * the project function that called it). Answers "which step of the pipeline costs the time".
 */
export async function profileByProjectFunction(fn: () => void, sourceMarker = '/utils/'): Promise<Hotspot[]> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  try {
    fn();
  } finally {
    // fallthrough to stop below
  }
  const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: Profile };
  session.disconnect();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = new Map<number, string>();
  const labelOf = (id: number): string => {
    const cached = label.get(id);
    if (cached !== undefined) return cached;
    let cur: number | undefined = id;
    let found = '(outside the project: parse, GC, test harness)';
    while (cur !== undefined) {
      const frame = byId.get(cur)?.callFrame;
      if (frame && frame.url.includes(sourceMarker) && !frame.url.includes('node_modules')) {
        const file = frame.url.slice(frame.url.indexOf(sourceMarker) + 1);
        found = `${file} ${frame.functionName || '(anonymous)'}`;
        break;
      }
      cur = parent.get(cur);
    }
    label.set(id, found);
    return found;
  };
  const totals = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let all = 0;
  samples.forEach((id, i) => {
    const ms = (deltas[i] ?? 0) / 1000;
    all += ms;
    const where = labelOf(id);
    totals.set(where, (totals.get(where) ?? 0) + ms);
  });
  return [...totals].map(([where, ms]) => ({ where, ms, share: all ? ms / all : 0 })).sort((a, b) => b.ms - a.ms);
}
