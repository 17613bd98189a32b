#!/usr/bin/env bash
# The full test command (`npm test`): type check, ESLint, Prettier check, Chrome + Firefox + e2e builds,
# unit/component/golden tests, web-ext lint on the Firefox build, browser tests (and the built-manifest
# checks) in Chromium and in Firefox ESR. Ends with `N passed, N failed`.
set -euo pipefail
cd "$(dirname "$0")/.."

reports=".tmp/test-reports"
rm -rf "$reports"
mkdir -p "$reports"
status=0
# Steps outside Vitest that failed (type check, lint, format check, web-ext lint): each counts as one
# failed test.
extra_failed=0

step() { printf '\n== %s\n' "$*"; }

step "type check"
if ! npm run -s typecheck; then echo "type check: failed"; extra_failed=$((extra_failed + 1)); status=1; fi

step "lint (eslint)"
if ! npm run -s lint; then echo "lint: failed"; extra_failed=$((extra_failed + 1)); status=1; fi

step "format check (prettier)"
if ! npm run -s format:check; then echo "format check: failed"; extra_failed=$((extra_failed + 1)); status=1; fi

step "build (chrome, firefox, e2e)"
if ! { npm run -s build && npm run -s build:e2e; }; then
  echo "build failed: nothing to test"
  echo "0 passed, $((extra_failed + 1)) failed"
  exit 1
fi

step "unit, component and golden tests"
npx vitest run --reporter=default --reporter=json --outputFile="$reports/unit.json" || status=1

step "web-ext lint (firefox build)"
if npx web-ext lint --source-dir .output/firefox-mv3 --output json --no-input >"$reports/lint.json" 2>/dev/null; then :; fi
lint_errors=$(node -e '
  const fs = require("fs");
  try {
    const j = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
    for (const e of j.errors) console.error(`  error ${e.code}: ${e.message} (${e.file ?? ""})`);
    for (const w of j.warnings) console.error(`  warning ${w.code}: ${w.message} (${w.file ?? ""})`);
    console.log(j.errors.length);
  } catch (e) { console.error("  could not read web-ext lint output: " + e.message); console.log(1); }
' "$reports/lint.json")
echo "web-ext lint: $lint_errors error(s)"
if [ "$lint_errors" != "0" ]; then extra_failed=$((extra_failed + 1)); status=1; fi

step "browser tests (Chromium)"
npx vitest run --config vitest.e2e.config.ts --reporter=default --reporter=json --outputFile="$reports/e2e.json" || status=1

step "browser tests (Firefox)"
npx vitest run --config vitest.e2e-firefox.config.ts --reporter=default --reporter=json --outputFile="$reports/e2e-firefox.json" || status=1

step "summary"
node -e '
  const fs = require("fs");
  let passed = 0, failed = 0;
  for (const name of ["unit", "e2e", "e2e-firefox"]) {
    const file = `${process.argv[1]}/${name}.json`;
    if (!fs.existsSync(file)) { console.log(`${name}: no report (the run crashed)`); failed += 1; continue; }
    const r = JSON.parse(fs.readFileSync(file, "utf8"));
    // A file whose setup failed (import error, beforeAll throwing) reports its tests as skipped or has
    // none: those count as failed, so a broken browser never passes silently.
    let notRun = 0;
    for (const f of r.testResults ?? []) {
      if (f.status !== "failed") continue;
      const tests = f.assertionResults ?? [];
      const unrun = tests.filter((t) => t.status !== "passed" && t.status !== "failed").length;
      notRun += tests.some((t) => t.status === "failed") ? unrun : Math.max(1, unrun);
    }
    const skipped = r.numPendingTests + r.numTodoTests;
    console.log(`${name}: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${notRun} not run in failed files, ${skipped} skipped`);
    passed += r.numPassedTests;
    failed += r.numFailedTests + notRun;
  }
  failed += Number(process.argv[2]); // type check / lint / format check / web-ext lint failures
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
' "$reports" "$extra_failed" || status=1
exit "$status"
