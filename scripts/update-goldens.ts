/**
 * npm run goldens:update -- regenerates tests/fixtures/<slug>/expected.json (the whole PageSummary, its text
 * stored as a list of blocks: see GoldenSnapshot in tests/golden/fixtures.ts) from the current pipeline.
 * Run after an intended change and commit the snapshots with that change; the commit says why each file changed.
 */
import { listFixtures, summarizeFixture, writeSnapshot } from '../tests/golden/fixtures';

for (const fixture of listFixtures()) {
  const summary = summarizeFixture(fixture);
  writeSnapshot(fixture, summary);
  console.log(
    `${fixture.slug}: ${summary.keyPoints.length} key points, ${summary.related.length} related, table ${summary.whyItMatters?.origin ?? 'none'}`,
  );
}
