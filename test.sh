#!/usr/bin/env bash
# Runs every test of the project (engines, HTTP, real server processes, Python clients, browser)
# and ends with one line of totals over all test runs: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"
log=$(mktemp)
dotnet test Mocean.slnx -c Release "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
passed=0; failed=0; skipped=0
while read -r f p s; do
  failed=$((failed + f)); passed=$((passed + p)); skipped=$((skipped + s))
done < <(sed -n 's/.*Failed: *\([0-9]*\), Passed: *\([0-9]*\), Skipped: *\([0-9]*\),.*/\1 \2 \3/p' "$log")
rm -f "$log"
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1   # the build or a test host failed before any test could report
fi
if [ "$skipped" -ne 0 ]; then
  echo "skipped tests: $skipped (a skipped test is not a pass)"
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
