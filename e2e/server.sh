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
npx next build
exec npx next start -H 127.0.0.1 -p "${E2E_PORT}"
