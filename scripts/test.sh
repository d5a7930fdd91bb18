#!/usr/bin/env bash
# `npm test`: lint, formatting and type checks, then every test — formulas, services, API, store contract,
# components, and the browser tests against the real built server in Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

# Installs a Debian package the tests need when its program is missing (as root), or says how and stops.
need_package() { # <package> <why>
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "$1 is missing: installing Debian's $1 for $2…"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$1" >/dev/null
  else
    echo "$2 need Debian's $1. Install it with:" >&2
    echo "  sudo apt-get install -y $1" >&2
    exit 1
  fi
}

[ -x /usr/bin/chromium ] || need_package chromium "the browser tests (/usr/bin/chromium)"
# The PostgreSQL tests start their own throwaway cluster (tests/support/postgres-cluster.ts) with Debian's
# server programs; none of them is skipped, so PostgreSQL must be installed.
command -v initdb >/dev/null || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need_package postgresql "the PostgreSQL store tests (initdb, pg_ctl)"

mkdir -p test-results
npx svelte-kit sync >/dev/null

# Lint, formatting and types first. A failed check fails the run, but the tests still run, so that one run
# tells everything; each failed check counts as one failure in the closing line.
failed_checks=()
for check in lint format:check check; do
  echo "npm run $check…"
  npm run --silent "$check" > "test-results/$check.log" 2>&1 || { cat "test-results/$check.log"; failed_checks+=("$check"); }
done

echo "Building pages and widgets for the browser tests…"
npm run build > test-results/build.log 2>&1 || { cat test-results/build.log; exit 1; }
status=0
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json "$@" || status=$?
[ ${#failed_checks[@]} -eq 0 ] || { echo "Failed checks: ${failed_checks[*]} (logs in test-results/)"; status=1; }
FAILED_CHECKS=${#failed_checks[@]} node -e '
  const r = JSON.parse(require("fs").readFileSync("test-results/vitest.json", "utf8"));
  // A file that fails outside its tests (it does not load, or its beforeAll throws and its tests are skipped) has
  // no failed test to count; count it as one failure so the line never hides it.
  const unloadable = r.testResults.filter((f) => f.status === "failed" && !f.assertionResults.some((a) => a.status === "failed")).length;
  const checks = Number(process.env.FAILED_CHECKS);
  console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests + unloadable + checks} failed`);
' || true
exit $status
