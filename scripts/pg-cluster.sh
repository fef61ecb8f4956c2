#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the tests and CI, on loopback only, with its data in memory
# and durability switched off (a crash loses it, which is the point). Run as root it runs the
# server as the `postgres` OS user, since initdb refuses root.
#
#   scripts/pg-cluster.sh start    start it (or reuse the running one) and print its URL
#   scripts/pg-cluster.sh stop     stop it and delete its data
#   scripts/pg-cluster.sh status   say whether it runs (exit 0) or not (exit 3)
#   scripts/pg-cluster.sh url      print the URL the tests take as REKRY_TEST_PG_URL
#
# REKRY_PG_PORT (default 55432) and REKRY_PG_DIR (default /dev/shm/rekry-pg-PORT) move it.
# REKRY_PG_DURABLE=1 makes a durable one instead, on disk (default /var/tmp/rekry-pg-PORT) with
# PostgreSQL's default fsync and synchronous commit, as a real installation runs: `npm run bench
# -- --db pg` measures on that.
set -euo pipefail

PORT="${REKRY_PG_PORT:-55432}"
DURABLE="${REKRY_PG_DURABLE:-0}"
if [ "$DURABLE" = 1 ]; then
  ROOT="${REKRY_PG_DIR:-/var/tmp/rekry-pg-$PORT}"
else
  ROOT="${REKRY_PG_DIR:-/dev/shm/rekry-pg-$PORT}"
fi
DATA="$ROOT/data"
# The superuser's password: the cluster listens on 127.0.0.1 only and holds nothing but tests.
PASSWORD="rekry-test"
URL="postgres://postgres:$PASSWORD@127.0.0.1:$PORT/postgres"

find_bin() {
  if [ -n "${PG_BIN:-}" ]; then
    echo "$PG_BIN"
    return
  fi
  local newest
  newest="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [ -n "$newest" ] && [ -x "$newest/initdb" ]; then
    echo "$newest"
  elif command -v initdb >/dev/null; then
    dirname "$(command -v initdb)"
  else
    echo "pg-cluster: no PostgreSQL server found (Debian: apt-get install postgresql; or set PG_BIN)" >&2
    exit 1
  fi
}
BIN="$(find_bin)"

# The server's own programs run as the postgres user when we are root, from a directory it can read.
as_server_user() {
  if [ "$(id -u)" = 0 ]; then
    (cd / && runuser -u postgres -- "$@")
  else
    (cd / && "$@")
  fi
}

running() {
  [ -f "$DATA/PG_VERSION" ] && as_server_user "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1
}

init_cluster() {
  mkdir -p "$ROOT"
  if [ "$(id -u)" = 0 ]; then chown postgres: "$ROOT"; fi
  chmod 700 "$ROOT"
  local pwfile="$ROOT/pwfile"
  as_server_user sh -c "umask 077 && printf '%s\n' '$PASSWORD' > '$pwfile'"
  # C collation sorts text by bytes, as SQLite's default BINARY collation does; a UTF-8 LC_CTYPE
  # lets pg_trgm (the search index) take Greek, Cyrillic or Chinese letters as letters, as a
  # database on a Debian server's default locale does (in C it sees ASCII letters only).
  local ctype=C
  if locale -a 2>/dev/null | grep -qix 'c\.utf-\?8'; then ctype=C.UTF-8; fi
  as_server_user "$BIN/initdb" -D "$DATA" -U postgres --pwfile="$pwfile" --encoding=UTF8 \
    --lc-collate=C --lc-ctype="$ctype" --lc-messages=C --lc-monetary=C --lc-numeric=C --lc-time=C \
    --auth-local=trust --auth-host=scram-sha-256 >"$ROOT/initdb.log" 2>&1 || {
    cat "$ROOT/initdb.log" >&2
    exit 1
  }
  rm -f "$pwfile"
  as_server_user sh -c "cat >> '$DATA/postgresql.conf'" <<EOF

# scripts/pg-cluster.sh: a cluster on loopback.
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = '$DATA'
EOF
  if [ "$DURABLE" != 1 ]; then
    as_server_user sh -c "cat >> '$DATA/postgresql.conf'" <<EOF
# For tests: fast and not durable.
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
  fi
}

start() {
  if running; then
    echo "$URL"
    return
  fi
  if [ ! -f "$DATA/PG_VERSION" ]; then init_cluster; fi
  if ! as_server_user "$BIN/pg_ctl" -D "$DATA" -l "$ROOT/server.log" -w -t 30 start >/dev/null; then
    echo "pg-cluster: the server did not start; its log ($ROOT/server.log) ends with:" >&2
    tail -n 20 "$ROOT/server.log" >&2
    exit 1
  fi
  echo "$URL"
}

stop() {
  if running; then as_server_user "$BIN/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null; fi
  rm -rf "$ROOT"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status)
    if running; then
      echo "running on 127.0.0.1:$PORT, data in $DATA"
    else
      echo "not running"
      exit 3
    fi
    ;;
  url) echo "$URL" ;;
  *)
    echo "usage: $0 start|stop|status|url" >&2
    exit 2
    ;;
esac
