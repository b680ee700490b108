#!/usr/bin/env bash
# The upgrade test (issue 16, "Upgrades keep every record"): install the previous release
# (commit 83910a0, 18.0.1.0.0, checked out with `git worktree`) with demo data into a fresh
# database, fill it with records in every state (scripts/upgrade/seed.py: assignments with letter
# numbers, teams, reports, escalations, performance records, chatter, attachments, a user per
# employee), take a fingerprint (scripts/upgrade/fingerprint.py), upgrade to the working tree's
# addon (`-u sistem_kerja_asn`, migrations/), fingerprint again and compare
# (scripts/upgrade/compare.py): every record, state, letter number, chatter message and
# attachment still there and readable by the same users, the stored computed fields as the new
# release computes them (scripts/upgrade/stale.py), no ERROR/traceback in the upgrade log;
# then uninstall the addon (button_immediate_uninstall) in a copy and check its log too.
# Prints "Odoo tier (upgrade from 18.0.1.0.0): N checks passed, M failed".
#
# usage: scripts/upgrade-test.sh [--pg-port PORT] [--db NAME] [--db2 NAME] [--keep]
#   --pg-port  use the PostgreSQL cluster already running on PORT (`bash scripts/pg.sh port`);
#              without it the private cluster is started (and stopped again only if it was not
#              running before)
#   --db       database of the install and upgrade (default skasn_upg_<time>); --db2 the copy
#              uninstalled (default <db>_un); both are dropped first, and at the end unless --keep
# Needs ODOO_SRC (an Odoo 18.0 source tree).
set -uo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
ADDON=sistem_kerja_asn
RELEASE=83910a0
LABEL="Odoo tier (upgrade from 18.0.1.0.0)"
VENV=${VENV:-.venv}
ROOT=$(pwd)
LOGDIR=$ROOT/.local/log
mkdir -p "$LOGDIR"
rm -f "$LOGDIR/upgrade-test.counts" "$LOGDIR/upgrade-test.summary"
PORT=""; DB=""; DB2=""; KEEP=0
while [ $# -gt 0 ]; do
  case "$1" in
    --pg-port) PORT=$2; shift 2 ;;
    --db) DB=$2; shift 2 ;;
    --db2) DB2=$2; shift 2 ;;
    --keep) KEEP=1; shift ;;
    *) die "unknown option $1 (see the head of $0)" ;;
  esac
done
DB=${DB:-skasn_upg_$(date +%s)}
DB2=${DB2:-${DB}_un}
summary() { echo "$LABEL: $*" | tee "$LOGDIR/upgrade-test.summary"; }

if [ -z "${ODOO_SRC:-}" ]; then summary "SKIPPED (no ODOO_SRC)"; exit 0; fi
if ! git cat-file -e "$RELEASE^{commit}" 2>/dev/null; then
  summary "SKIPPED !!! the git history lacks $RELEASE (a shallow clone? git fetch --unshallow) !!!"
  exit 0
fi
ODOO_SRC=$(cd "$ODOO_SRC" && pwd)
odoo_version_check "$ODOO_SRC"
ODOO_BIN=$(odoo_bin "$ODOO_SRC")
STARTED=0
if [ -z "$PORT" ]; then
  bash scripts/odoo-requirements.sh || die "could not install Odoo's requirements"
  bash scripts/pg.sh port >/dev/null 2>&1 || STARTED=1
  PORT=$(bash scripts/pg.sh start) || die "could not start PostgreSQL"
fi
WORK=$(mktemp -d /tmp/skasn-upgrade.XXXXXX)
cleanup() {
  git worktree remove --force "$WORK/release" >/dev/null 2>&1 || true
  git worktree prune >/dev/null 2>&1 || true
  rm -rf "$WORK"
  if [ "$KEEP" != 1 ]; then
    for db in "$DB" "$DB2"; do
      psql -h 127.0.0.1 -p "$PORT" -U odoo -d postgres -qc "DROP DATABASE IF EXISTS \"$db\"" >/dev/null 2>&1 || true
      rm -rf "$HOME/.local/share/Odoo/filestore/$db"
    done
  fi
  [ "$STARTED" = 1 ] && bash scripts/pg.sh stop
  return 0
}
trap cleanup EXIT
git worktree add --detach "$WORK/release" "$RELEASE" >/dev/null 2>&1 || die "git worktree add $RELEASE failed"
OLD_PATH=$(odoo_addons_path "$ODOO_SRC" "$WORK/release")
NEW_PATH=$(odoo_addons_path "$ODOO_SRC" "$ROOT")
PSQL="psql -h 127.0.0.1 -p $PORT -U odoo -d postgres -qAt"
for db in "$DB" "$DB2"; do
  $PSQL -c "DROP DATABASE IF EXISTS \"$db\"" >/dev/null 2>&1 || die "cannot drop $db on port $PORT"
  rm -rf "$HOME/.local/share/Odoo/filestore/$db"
done
odoo_run() {  # odoo_run [shell] ADDONS_PATH DATABASE ODOO-ARGS...
  local cmd=(); [ "$1" = shell ] && { cmd=(shell); shift; }
  local path=$1 db=$2; shift 2
  "$VENV/bin/python" "$ODOO_BIN" "${cmd[@]}" --addons-path="$path" --db_host=127.0.0.1 --db_port="$PORT" \
    --db_user=odoo -d "$db" --http-port=0 --gevent-port=0 --max-cron-threads=0 \
    --log-level=info "$@"
}
shell_run() {  # shell_run ADDONS_PATH DATABASE SCRIPT LOGFILE
  odoo_run shell "$1" "$2" --no-http --logfile="$4" < "$3"
}
fail() { summary "0 checks passed, 1 failed ($*)"; echo "0 1" > "$LOGDIR/upgrade-test.counts"; exit 1; }

L=$LOGDIR/upgrade
rm -f "$L"-*.log
log "installing $ADDON at $RELEASE (18.0.1.0.0) with demo data into $DB (log: $L-install.log)"
odoo_run "$OLD_PATH" "$DB" -i "$ADDON" --stop-after-init --logfile="$L-install.log" \
  || fail "install of the release failed, see $L-install.log"
log "filling $DB with records in every state"
shell_run "$OLD_PATH" "$DB" scripts/upgrade/seed.py "$L-seed.log" | tee "$L-seed.out" | grep '^SEED' >&2
grep -q '^SEED made' "$L-seed.out" || fail "seeding failed, see $L-seed.log"
SKASN_FINGERPRINT=$WORK/before.json shell_run "$OLD_PATH" "$DB" scripts/upgrade/fingerprint.py "$L-fp1.log" >/dev/null
[ -s "$WORK/before.json" ] || fail "fingerprint before the upgrade failed, see $L-fp1.log"
log "upgrading $DB to the working tree (log: $L-upgrade.log)"
odoo_run "$NEW_PATH" "$DB" -u "$ADDON" --stop-after-init --logfile="$L-upgrade.log"
rc=$?
SKASN_FINGERPRINT=$WORK/after.json shell_run "$NEW_PATH" "$DB" scripts/upgrade/fingerprint.py "$L-fp2.log" >/dev/null
[ -s "$WORK/after.json" ] || fail "the upgrade (rc $rc) left no readable database, see $L-upgrade.log and $L-fp2.log"
SKASN_STALE=$WORK/stale.json shell_run "$NEW_PATH" "$DB" scripts/upgrade/stale.py "$L-stale.log" >/dev/null
[ -s "$WORK/stale.json" ] || echo '{"stale check": ["did not run"]}' > "$WORK/stale.json"
log "uninstalling $ADDON in a copy ($DB2, log: $L-uninstall.log)"
$PSQL -c "CREATE DATABASE \"$DB2\" TEMPLATE \"$DB\"" >/dev/null || fail "cannot copy $DB"
mkdir -p "$HOME/.local/share/Odoo/filestore"
[ -d "$HOME/.local/share/Odoo/filestore/$DB" ] && cp -r "$HOME/.local/share/Odoo/filestore/$DB" "$HOME/.local/share/Odoo/filestore/$DB2"
cat > "$WORK/uninstall.py" <<'PY'
env["ir.module.module"].search([("name", "=", "sistem_kerja_asn")]).button_immediate_uninstall()
env.cr.commit()
print("UNINSTALLED", env["ir.module.module"].search([("name", "=", "sistem_kerja_asn")]).state)
PY
shell_run "$NEW_PATH" "$DB2" "$WORK/uninstall.py" "$L-uninstall.log" > "$L-uninstall.out"
cp "$WORK/before.json" "$L-before.json"; cp "$WORK/after.json" "$L-after.json"
"$VENV/bin/python" scripts/upgrade/compare.py --stale "$WORK/stale.json" "$WORK/before.json" "$WORK/after.json" \
  "$L-upgrade.log" "$L-uninstall.log" | tee "$L-compare.out" >&2
read -r passed failed < <(sed -n 's/^checks: \([0-9]*\) passed, \([0-9]*\) failed$/\1 \2/p' "$L-compare.out")
passed=${passed:-0}; failed=${failed:-1}
[ "$rc" -eq 0 ] || { failed=$((failed + 1)); log "the upgrade exited with $rc"; }
if ! grep -q "UNINSTALLED uninstalled" "$L-uninstall.out"; then
  failed=$((failed + 1)); log "the addon is not uninstalled: $(cat "$L-uninstall.out")"
else
  passed=$((passed + 1))
fi
summary "$passed checks passed, $failed failed (logs: $L-*.log)"
echo "$passed $failed" > "$LOGDIR/upgrade-test.counts"
[ "$failed" -eq 0 ]
