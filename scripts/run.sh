#!/usr/bin/env bash
# make run: Odoo on http://localhost:8069 with the addon and its demo data (login admin/admin),
# on the private PostgreSQL cluster of this checkout. Needs ODOO_SRC.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
VENV=${VENV:-.venv}
ROOT=$(pwd)
if [ -z "${ODOO_SRC:-}" ]; then
  cat >&2 <<'MSG'
make run needs an Odoo 18.0 source tree. Point ODOO_SRC at one, e.g.
    git clone --branch 18.0 --depth 1 <your Odoo 18.0 repository> ~/odoo18
    make run ODOO_SRC=~/odoo18
(or the source directory of your own Odoo 18 server: the folder that holds odoo-bin).
MSG
  exit 2
fi
odoo_setup
DB=${ODOO_DB:-sistem_kerja_asn}
HTTP_PORT=${HTTP_PORT:-8069}
common=(--addons-path="$ADDONS_PATH" --db_host=127.0.0.1 --db_port="$PORT" --db_user=odoo
        --data-dir="$ROOT/.local/data")
if ! psql -h 127.0.0.1 -p "$PORT" -U odoo -d "$DB" -Atc 'select 1' >/dev/null 2>&1; then
  log "creating database $DB with the demo data (first run only)"
  "$VENV/bin/python" "$ODOO_BIN" "${common[@]}" -d "$DB" -i sistem_kerja_asn \
    --load-language=id_ID --stop-after-init --log-level=warn
  # Letters follow the language of the government (company): Indonesian.
  printf '%s\n' "env.ref('base.main_company').partner_id.lang = 'id_ID'" "env.cr.commit()" \
    | "$VENV/bin/python" "$ODOO_BIN" shell "${common[@]}" -d "$DB" --no-http --log-level=warn >/dev/null
else
  "$VENV/bin/python" "$ODOO_BIN" "${common[@]}" -d "$DB" -u sistem_kerja_asn \
    --stop-after-init --log-level=warn
fi
log "serving http://localhost:$HTTP_PORT (database $DB, login admin / admin); Ctrl-C stops"
log "demo logins of Kabupaten Contoh (password = login): clerk bkpsdm kadis kabid ketua jf pegawai; README \"Demo: Kabupaten Contoh\""
trap "bash scripts/pg.sh stop" EXIT
"$VENV/bin/python" "$ODOO_BIN" "${common[@]}" -d "$DB" --db-filter="^$DB\$" \
  --http-port="$HTTP_PORT" --http-interface=0.0.0.0 --max-cron-threads=1
