#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server for the SQL tests (Debian's package), on loopback only,
# and prints the URL the tests read from HUKKA_TEST_POSTGRES. Idempotent: a server already
# started by this script is reused. Run as root (CI) or as a user who can run initdb.
set -euo pipefail
PORT="${HUKKA_PG_PORT:-54329}"
DIR="${HUKKA_PG_DIR:-/tmp/hukka-test-postgres-$PORT}"

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if [ ! -f "$DIR/PG_VERSION" ]; then
  mkdir -p "$DIR"
  [ "$(id -u)" = 0 ] && chown postgres "$DIR"
  as_owner "$BIN/initdb" -D "$DIR" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
fi
if ! as_owner "$BIN/pg_ctl" -D "$DIR" status >/dev/null 2>&1; then
  as_owner "$BIN/pg_ctl" -D "$DIR" -l "$DIR/server.log" -w \
    -o "-p $PORT -c listen_addresses=127.0.0.1 -k $DIR -c fsync=off -c synchronous_commit=off" start >/dev/null
fi
echo "postgres://postgres@127.0.0.1:$PORT/postgres"
