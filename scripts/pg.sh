#!/usr/bin/env bash
# A private PostgreSQL cluster for this checkout, under .local/pg.
#   scripts/pg.sh start   -> starts it on a free port (prints the port), creating it if needed
#   scripts/pg.sh stop    -> stops it
#   scripts/pg.sh port    -> prints the port of the running cluster
# PostgreSQL refuses to run as root: when run as root, the cluster runs as the system user
# $PG_OS_USER (default: postgres, created by Debian's package; else a user 'skasn' is made).
# The database role is 'odoo' (Odoo refuses the role 'postgres'), trust auth on 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
ROOT=$(pwd)
BASE=${PG_BASE:-$ROOT/.local/pg}
DATA=$BASE/data
RUN=$BASE/run
LOGF=$BASE/postgresql.log

find_bindir() {
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$d/initdb" ] && { printf '%s' "$d"; return 0; }
  done
  command -v initdb >/dev/null && { dirname "$(command -v initdb)"; return 0; }
  return 1
}

BIN=$(find_bindir || true)
if [ -z "$BIN" ]; then
  apt_ensure postgresql
  BIN=$(find_bindir) || die "no PostgreSQL server binaries after installing postgresql"
fi

as_pg() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u "$PG_OS_USER" -- "$@"
  else
    "$@"
  fi
}

prepare_user() {
  [ "$(id -u)" -eq 0 ] || return 0
  PG_OS_USER=${PG_OS_USER:-postgres}
  if ! id "$PG_OS_USER" >/dev/null 2>&1; then
    PG_OS_USER=skasn
    id skasn >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin skasn
  fi
  mkdir -p "$BASE"
  chown "$PG_OS_USER" "$BASE"
  # The cluster's user must reach the checkout; if it cannot, keep the data in /tmp.
  if ! runuser -u "$PG_OS_USER" -- test -w "$BASE"; then
    local alt
    alt=/tmp/skasn-pg-$(printf '%s' "$ROOT" | sha1sum | cut -c1-10)
    mkdir -p "$alt" && chown "$PG_OS_USER" "$alt"
    log "the user $PG_OS_USER cannot reach $BASE; using $alt"
    BASE=$alt; DATA=$BASE/data; RUN=$BASE/run; LOGF=$BASE/postgresql.log
    mkdir -p "$ROOT/.local" && ln -sfn "$alt" "$ROOT/.local/pg-tmp"
  fi
}

running() { [ -f "$DATA/postmaster.pid" ] && as_pg "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; }

cmd=${1:-start}
PG_OS_USER=${PG_OS_USER:-postgres}
prepare_user
case "$cmd" in
  start)
    if [ ! -f "$DATA/PG_VERSION" ]; then
      as_pg mkdir -p "$DATA" "$RUN"
      as_pg "$BIN/initdb" -D "$DATA" -U odoo --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null \
        || as_pg "$BIN/initdb" -D "$DATA" -U odoo --auth=trust -E UTF8 --locale=C >/dev/null
    fi
    as_pg mkdir -p "$RUN"
    if running; then
      cat "$BASE/port"; exit 0
    fi
    port=$(free_port "${PG_PORT:-55432}")
    as_pg "$BIN/pg_ctl" -D "$DATA" -l "$LOGF" -w -t 60 \
      -o "-p $port -k $RUN -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
      start >/dev/null || { cat "$LOGF" >&2; die "PostgreSQL did not start"; }
    printf '%s\n' "$port" | as_pg tee "$BASE/port" >/dev/null
    log "PostgreSQL $("$BIN/postgres" -V | awk '{print $3}') running on 127.0.0.1:$port (data: $DATA)"
    echo "$port"
    ;;
  stop)
    if running; then as_pg "$BIN/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null; log "PostgreSQL stopped"; fi
    ;;
  port)
    running && cat "$BASE/port"
    ;;
  *) die "usage: $0 start|stop|port" ;;
esac
