#!/usr/bin/env bash
# The Odoo tier: install the addon with demo data and --test-enable into a fresh database on the
# private cluster, run its tests, fail on any ERROR/WARNING logged during install (like OCA's
# checklog), then run Odoo's own hr tests with the addon installed. Then the same for the
# attendance bridge (sistem_kerja_asn_attendance, pulling Odoo's hr_attendance) in a database of
# its own, with Odoo's hr and hr_attendance tests after it. Then the upgrade from the previous
# release (scripts/upgrade-test.sh; SKIP_UPGRADE_TEST=1 skips it). Prints one summary line per run.
# Needs ODOO_SRC (an Odoo 18.0 source tree).
set -uo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
ADDON=sistem_kerja_asn
BRIDGE=sistem_kerja_asn_attendance
VENV=${VENV:-.venv}
ROOT=$(pwd)
rm -f .local/log/odoo-tier.summary .local/log/odoo-tier.counts

if [ -z "${ODOO_SRC:-}" ]; then
  echo "Odoo tier: SKIPPED (no ODOO_SRC)"
  exit 0
fi
odoo_setup
trap 'bash scripts/pg.sh stop' EXIT
LOGDIR=$ROOT/.local/log
mkdir -p "$LOGDIR"
DB=${ODOO_TEST_DB:-skasn_test_$(date +%s)}
HTTP_PORT=$(free_port 18069)
TAGS=${ODOO_TEST_TAGS:-/$ADDON}
DB_ATT=${DB}_att
odoo() { odoo_db "$DB" "$@"; }
odoo_db() {  # odoo_db DATABASE ODOO-ARGS...
  local db=$1; shift
  "$VENV/bin/python" "$ODOO_BIN" --addons-path="$ADDONS_PATH" \
    --db_host=127.0.0.1 --db_port="$PORT" --db_user=odoo -d "$db" \
    --http-port="$HTTP_PORT" --gevent-port="$(free_port 18072)" --max-cron-threads=0 \
    --stop-after-init --log-level=info "$@"
}

count_tests() {  # log file -> "run failed errors" from Odoo's test result lines
  "$VENV/bin/python" - "$1" <<'PY'
import re, sys
run = failed = errors = 0
for line in open(sys.argv[1], errors="replace"):
    m = re.search(r"odoo\.tests\.result: (\d+) failed, (\d+) error\(s\) of (\d+) tests", line)
    if m:
        failed, errors, run = int(m[1]), int(m[2]), int(m[3])
print(run, failed, errors)
PY
}

# 1. Install with demo data and the addon's tests.
LOG1=$LOGDIR/install.log
: > "$LOG1"
log "installing $ADDON into $DB (log: $LOG1)"
odoo -i "$ADDON" --test-enable --test-tags "$TAGS" --logfile="$LOG1"
rc1=$?
read -r run1 failed1 errors1 < <(count_tests "$LOG1")
# checklog: any WARNING/ERROR/CRITICAL line is a failure (test failures are counted separately).
checklog() {
  grep -E '^[0-9-]+ [0-9:,]+ [0-9]+ (WARNING|ERROR|CRITICAL) ' "$1" \
    | grep -vE 'odoo\.tests\.(result|stats|suite)|: (FAIL|ERROR): ' || true
}
bad=$(checklog "$LOG1")
if [ -n "$bad" ]; then
  log "the install log has warnings or errors:"
  printf '%s\n' "$bad" | head -50 >&2
fi
grep -E '(ERROR|FAIL): |Traceback|AssertionError' -A 30 "$LOG1" | head -200 >&2 || true

# 2. Odoo's own hr tests with the addon installed (at_install and post_install, no update).
LOG2=$LOGDIR/hr-tests.log
: > "$LOG2"
run2=0; failed2=0; errors2=0; rc2=0
if [ "${SKIP_HR_TESTS:-0}" != 1 ]; then
  log "running Odoo's hr tests with $ADDON installed (log: $LOG2)"
  odoo --test-enable --test-tags /hr --logfile="$LOG2"
  rc2=$?
  read -r run2 failed2 errors2 < <(count_tests "$LOG2")
  grep -E '(ERROR|FAIL): ' -A 30 "$LOG2" | head -100 >&2 || true
fi

# 3. The attendance bridge: installed (with Odoo's hr_attendance, demo data) into a database of its
#    own with its tests, checklog as above; then Odoo's hr and hr_attendance tests with it.
LOG3=$LOGDIR/install-attendance.log
LOG4=$LOGDIR/hr-attendance-tests.log
: > "$LOG3"; : > "$LOG4"
log "installing $BRIDGE into $DB_ATT (log: $LOG3)"
odoo_db "$DB_ATT" -i "$BRIDGE" --test-enable --test-tags "/$BRIDGE" --logfile="$LOG3"
rc3=$?
read -r run3 failed3 errors3 < <(count_tests "$LOG3")
bad3=$(checklog "$LOG3")
if [ -n "$bad3" ]; then
  log "the attendance bridge's install log has warnings or errors:"
  printf '%s\n' "$bad3" | head -50 >&2
fi
grep -E '(ERROR|FAIL): |Traceback|AssertionError' -A 30 "$LOG3" | head -200 >&2 || true
run4=0; failed4=0; errors4=0; rc4=0
if [ "${SKIP_HR_TESTS:-0}" != 1 ]; then
  log "running Odoo's hr and hr_attendance tests with $BRIDGE installed (log: $LOG4)"
  odoo_db "$DB_ATT" --test-enable --test-tags /hr,/hr_attendance --logfile="$LOG4"
  rc4=$?
  read -r run4 failed4 errors4 < <(count_tests "$LOG4")
  grep -E '(ERROR|FAIL): ' -A 30 "$LOG4" | head -100 >&2 || true
fi

# 4. The upgrade from the previous release (18.0.1.0.0, commit 83910a0) keeps every record, and
#    the addon uninstalls cleanly (scripts/upgrade-test.sh, on this cluster; it prints its line).
run5=0; failed5=0; upgrade_line=""
if [ "${SKIP_UPGRADE_TEST:-0}" != 1 ]; then
  log "upgrade test from 18.0.1.0.0 (logs: $LOGDIR/upgrade-*.log)"
  bash scripts/upgrade-test.sh --pg-port "$PORT" --db "${DB}_upg" --db2 "${DB}_upg_un" >&2
  upgrade_line=$(cat "$LOGDIR/upgrade-test.summary" 2>/dev/null \
    || echo "Odoo tier (upgrade from 18.0.1.0.0): 0 checks passed, 1 failed (no summary)")
  if [ -f "$LOGDIR/upgrade-test.counts" ]; then
    read -r run5 failed5 < "$LOGDIR/upgrade-test.counts"
  elif ! printf '%s' "$upgrade_line" | grep -q SKIPPED; then
    failed5=1
  fi
fi

if [ -z "${ODOO_KEEP_DB:-}" ]; then
  "$VENV/bin/python" "$ODOO_BIN" db --help >/dev/null 2>&1 || true
  for db in "$DB" "$DB_ATT"; do
    PGPASSWORD= psql -h 127.0.0.1 -p "$PORT" -U odoo -d postgres -qc "DROP DATABASE IF EXISTS \"$db\"" >/dev/null 2>&1 || true
    rm -rf "$HOME/.local/share/Odoo/filestore/$db"
  done
fi

nfail1=$((failed1 + errors1))
nfail3=$((failed3 + errors3))
{
echo "Odoo tier: $((run1 - nfail1)) passed, $nfail1 failed (addon tests, install log: $( [ -n "$bad" ] && echo "$(printf '%s\n' "$bad" | wc -l) warnings/errors" || echo clean))"
if [ "${SKIP_HR_TESTS:-0}" != 1 ]; then
  echo "Odoo tier (hr tests with the addon): $((run2 - failed2 - errors2)) passed, $((failed2 + errors2)) failed"
fi
echo "Odoo tier (attendance bridge): $((run3 - nfail3)) passed, $nfail3 failed (install log: $( [ -n "$bad3" ] && echo "$(printf '%s\n' "$bad3" | wc -l) warnings/errors" || echo clean))"
if [ "${SKIP_HR_TESTS:-0}" != 1 ]; then
  echo "Odoo tier (hr and hr_attendance tests with the bridge): $((run4 - failed4 - errors4)) passed, $((failed4 + errors4)) failed"
fi
[ -n "$upgrade_line" ] && echo "$upgrade_line"
} | tee "$LOGDIR/odoo-tier.summary"
status=0
[ "$rc1" -eq 0 ] && [ "$rc2" -eq 0 ] && [ "$rc3" -eq 0 ] && [ "$rc4" -eq 0 ] || status=1
[ "$nfail1" -eq 0 ] && [ $((failed2 + errors2)) -eq 0 ] || status=1
[ "$nfail3" -eq 0 ] && [ $((failed4 + errors4)) -eq 0 ] || status=1
[ -z "$bad" ] && [ -z "$bad3" ] || status=1
[ "$failed5" -eq 0 ] || status=1
[ "$run1" -gt 0 ] || { log "the addon ran no Odoo test"; status=1; }
[ "$run3" -gt 0 ] || { log "the attendance bridge ran no Odoo test"; status=1; }
passed=$((run1 + run2 + run3 + run4 - nfail1 - failed2 - errors2 - nfail3 - failed4 - errors4 + run5))
printf '%s %s\n' "$passed" "$((nfail1 + failed2 + errors2 + nfail3 + failed4 + errors4 + failed5))" > "$LOGDIR/odoo-tier.counts"
exit $status
