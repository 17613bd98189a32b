/**
 * npm run goldens:update -- regenerates tests/fixtures/<slug>/expected.json (the whole PageSummary)
 * from the current pipeline. Run after an intended change; the commit says why each file changed.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXPECTED_FILE, listFixtures, summarizeFixture } from '../tests/golden/fixtures';

for (const fixture of listFixtures()) {
  const summary = summarizeFixture(fixture);
  writeFileSync(join(fixture.dir, EXPECTED_FILE), `${JSON.stringify(summary, null, 2)}\n`);
  console.log(
    `${fixture.slug}: ${summary.keyPoints.length} key points, ${summary.related.length} related, table ${summary.whyItMatters?.origin ?? 'none'}`,
  );
}
