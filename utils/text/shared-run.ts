/**
 * The length of the longest run of items two sequences share, in order: words of two sentences ("… des changements
 * dans les participations …"), or letters of two titles ("spacex").
 */
export function longestSharedRun<T>(a: ArrayLike<T>, b: ArrayLike<T>): number {
  let best = 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let x = 1; x <= a.length; x++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let y = 1; y <= b.length; y++) if (a[x - 1] === b[y - 1]) best = Math.max(best, (row[y] = prev[y - 1]! + 1));
    prev = row;
  }
  return best;
}
