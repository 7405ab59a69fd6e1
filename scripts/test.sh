#!/usr/bin/env bash
# Runs every test of the solution: unit, property, grain (Orleans TestingHost), storage and end-to-end gRPC tests,
# plus buf lint, after checking the deployment (scripts/check-deployment.sh, needs docker-compose).
# PostgreSQL-backed tests need MENTORING_TEST_POSTGRES (see README); they fail, never skip, without it.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ -z "${MENTORING_TEST_POSTGRES:-}" ]]; then
  echo "MENTORING_TEST_POSTGRES is not set: the PostgreSQL tests will fail. See README, section 'Tests'." >&2
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
dotnet build Mentoring.sln -c Release -warnaserror
# The deployment (docker-compose.yml, the images' publish step) is checked before the tests; it fails loudly.
./scripts/check-deployment.sh
set +e
dotnet test Mentoring.sln -c Release --no-build 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One closing line for the whole solution: "N passed, N failed".
awk '/(Passed|Failed)!/ { for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i + 1); if ($i == "Passed:") p += $(i + 1) } }
     END { printf "%d passed, %d failed\n", p, f }' "$log"

exit "$status"
