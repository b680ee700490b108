#!/bin/bash
# PostgreSQL hot-standby replica: on first start, clone the primary with pg_basebackup (-R writes
# standby.signal and primary_conninfo), then run as a read-only streaming replica.
set -euo pipefail
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  until pg_isready -h "$PRIMARY_HOST" -U replicator -d postgres; do sleep 2; done
  mkdir -p "$PGDATA"
  chown postgres:postgres "$PGDATA"
  chmod 700 "$PGDATA"
  gosu postgres env PGPASSWORD="$REPLICATION_PASSWORD" \
    pg_basebackup -h "$PRIMARY_HOST" -U replicator -D "$PGDATA" -Fp -Xs -R -P
fi
exec gosu postgres postgres -c hot_standby=on -c jit=off -c max_connections=200 \
  -c hot_standby_feedback=on
