#!/usr/bin/env bash
# Runs every test of the project (engines, HTTP, real server processes, Python clients, browser)
# and ends with one line of totals over all test runs: "N passed, N failed".
# Exits non-zero when anything failed or did not run: a failed build, a test host that crashed or
# printed no result, a skipped test (a skipped test is not a pass).
set -uo pipefail
cd "$(dirname "$0")"
log=$(mktemp)
trap 'rm -f "$log"' EXIT

# Restore and build first, on their own: a build error is then reported as such, and the test runs
# that follow start from finished outputs.
dotnet build Mocean.slnx -c Release 2>&1 | tee "$log"
build=${PIPESTATUS[0]}
if [ "$build" -ne 0 ]; then
  echo "the build failed (exit $build): no test ran"
  echo "0 passed, 1 failed"
  exit 1
fi

dotnet test Mocean.slnx -c Release --no-build "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# One summary line per test assembly, e.g.
#   Passed!  - Failed:     0, Passed:   160, Skipped:     0, Total:   160, Duration: 1 s - Mocean.Steps.Tests.dll (net10.0)
passed=0; failed=0; skipped=0
while read -r f p s; do
  failed=$((failed + f)); passed=$((passed + p)); skipped=$((skipped + s))
done < <(sed -n 's/.*Failed: *\([0-9]*\), Passed: *\([0-9]*\), Skipped: *\([0-9]*\),.*/\1 \2 \3/p' "$log")

# Every test project of the solution must have reported. One that did not (its host crashed, it was
# never started) counts as a failure; so does each run the test platform reports aborted (a crashed
# host prints "Test Run Aborted." and no summary: counted once).
# (With --filter a project may rightly have nothing to run, so then only aborted runs count.)
missing=0
projects=$(sed -n 's|.*Project Path="\(tests/[^"]*\)\.csproj".*|\1|p' Mocean.slnx)
case " $* " in *" --filter "*) projects="" ;; esac
for project in $projects; do
  name=$(basename "$project")
  if ! grep -q "Skipped: *[0-9]*, Total: *[0-9]*, Duration: .* - $name\.dll" "$log"; then
    echo "no result from $name: its test host crashed or it did not run"
    missing=$((missing + 1))
  fi
done
aborted=$(grep -c '^Test Run Aborted' "$log")
if [ "$aborted" -ne 0 ]; then
  echo "test runs aborted: $aborted"
fi
failed=$((failed + (missing > aborted ? missing : aborted)))

if [ "$skipped" -ne 0 ]; then
  echo "skipped tests: $skipped (a skipped test is not a pass)"
  failed=$((failed + skipped))
fi
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "dotnet test exited with $status although every test passed"
  failed=1
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
