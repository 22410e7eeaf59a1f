#!/usr/bin/env bash
# Production build and server for the end-to-end tests, on a fresh database of their own, in a build folder of
# their own so that a running `npm start` or `npm run serve` is not disturbed.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
export NEXT_DIST_DIR="${NEXT_DIST_DIR:-.next-e2e}"
export DATABASE_PATH="test-results/e2e-db/positions-${E2E_PORT}.db"
rm -f "$DATABASE_PATH" "$DATABASE_PATH-wal" "$DATABASE_PATH-shm"
npx tsx db/setup.ts
if [ -n "${E2E_SYNTHETIC_COUNT:-}" ]; then
  npx tsx seeds/synthetic.ts --count "$E2E_SYNTHETIC_COUNT" --seed 7 >/dev/null
fi

# Test accounts, one per role, a second analyst for the two-editor journeys, and two throwaway viewers the
# auth journeys lock out and disable. The password comes from the
# Playwright config (random per run) so that e2e/fixtures/auth.ts can sign in with it.
: "${E2E_USER_PASSWORD:?E2E_USER_PASSWORD must be set (playwright.config.ts sets it)}"
for account in viewer:viewer analyst:analyst analyst2:analyst admin:admin lockout:viewer disabled:viewer changer:viewer; do
  printf '%s' "$E2E_USER_PASSWORD" | npx tsx db/cli/user-add.ts --email "${account%%:*}@e2e.test" \
    --role "${account##*:}" --name "E2E ${account%%:*}" --password-stdin >/dev/null
done

# Every test signs in from 127.0.0.1: the per-address limit would count the whole suite as one attacker.
export SIGN_IN_MAX_PER_ADDRESS="${SIGN_IN_MAX_PER_ADDRESS:-100000}"
# One build per run: the server that builds leaves a marker named after its port; a server given E2E_BUILD_PORT
# waits for that marker instead of building the same folder at the same time.
if [ -n "${E2E_BUILD_PORT:-}" ]; then
  for _ in $(seq 1 900); do
    [ -f "$NEXT_DIST_DIR/e2e-built-$E2E_BUILD_PORT" ] && break
    sleep 0.2
  done
  [ -f "$NEXT_DIST_DIR/e2e-built-$E2E_BUILD_PORT" ] || { echo "the e2e build did not finish" >&2; exit 1; }
else
  rm -f "$NEXT_DIST_DIR"/e2e-built-*
  npx next build
  touch "$NEXT_DIST_DIR/e2e-built-$E2E_PORT"
fi
# The app's own server (app/_server/serve.ts), as `npm run serve` runs it: forwarding headers come from the socket.
HOST=127.0.0.1 PORT="${E2E_PORT}" NODE_ENV=production exec npx tsx app/_server/serve.ts
