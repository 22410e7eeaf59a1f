#!/usr/bin/env bash
# Production build and server for the end-to-end tests, on a fresh database of their own, in a build folder of
# their own so that a running `npm run start:local` is not disturbed.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
export NEXT_DIST_DIR="${NEXT_DIST_DIR:-.next-e2e}"
export DATABASE_PATH="test-results/e2e-db/positions-${E2E_PORT}.db"
rm -f "$DATABASE_PATH" "$DATABASE_PATH-wal" "$DATABASE_PATH-shm"
npx tsx db/setup.ts

# Test accounts, one per role, a second analyst for the two-editor journeys, and two throwaway viewers the
# auth journeys lock out and disable. The password comes from the
# Playwright config (random per run) so that e2e/fixtures/auth.ts can sign in with it.
: "${E2E_USER_PASSWORD:?E2E_USER_PASSWORD must be set (playwright.config.ts sets it)}"
for account in viewer:viewer analyst:analyst analyst2:analyst admin:admin lockout:viewer disabled:viewer; do
  npx tsx db/cli/user-add.ts --email "${account%%:*}@e2e.test" --role "${account##*:}" \
    --name "E2E ${account%%:*}" --password "$E2E_USER_PASSWORD" >/dev/null
done

# Every test signs in from 127.0.0.1: the per-address limit would count the whole suite as one attacker.
export SIGN_IN_MAX_PER_ADDRESS="${SIGN_IN_MAX_PER_ADDRESS:-100000}"
npx next build
exec npx next start -H 127.0.0.1 -p "${E2E_PORT}"
