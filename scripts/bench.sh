#!/usr/bin/env bash
# Run the bench (bench/regency_bench.py, or the scripts given) inside Odoo on the private cluster:
# a database with the addon (no demo data; installed once, then updated), the script given to
# `odoo-bin shell`. The synthetic regency is generated once per database and sizes (BENCH_* in the
# environment, see the script) and reused by the next run. Needs ODOO_SRC.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
VENV=${VENV:-.venv}
ROOT=$(pwd)
: "${ODOO_SRC:?set ODOO_SRC to an Odoo 18.0 source tree}"
odoo_setup
trap 'bash scripts/pg.sh stop' EXIT
DB=skasn_bench
common=(--addons-path="$ADDONS_PATH" --db_host=127.0.0.1 --db_port="$PORT" --db_user=odoo -d "$DB"
        --data-dir="$ROOT/.local/data")
if ! psql -h 127.0.0.1 -p "$PORT" -U odoo -d "$DB" -Atc 'select 1' >/dev/null 2>&1; then
  "$VENV/bin/python" "$ODOO_BIN" "${common[@]}" -i sistem_kerja_asn --without-demo=all \
    --stop-after-init --log-level=warn
else
  "$VENV/bin/python" "$ODOO_BIN" "${common[@]}" -u sistem_kerja_asn --stop-after-init --log-level=warn
fi
for script in "${@:-bench/regency_bench.py}"; do
  log "bench: $script"
  "$VENV/bin/python" "$ODOO_BIN" shell "${common[@]}" --log-level=warn --no-http < "$script"
done
