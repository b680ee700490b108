#!/usr/bin/env bash
# The Odoo tier: install the addon with demo data and --test-enable into a fresh database on the
# private cluster, run its tests, fail on any ERROR/WARNING logged during install (like OCA's
# checklog), then run Odoo's own hr tests with the addon installed. Prints one summary line.
# Needs ODOO_SRC (an Odoo 18.0 source tree).
set -uo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
ADDON=sistem_kerja_asn
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
odoo() {
  "$VENV/bin/python" "$ODOO_BIN" --addons-path="$ADDONS_PATH" \
    --db_host=127.0.0.1 --db_port="$PORT" --db_user=odoo -d "$DB" \
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
bad=$(grep -E '^[0-9-]+ [0-9:,]+ [0-9]+ (WARNING|ERROR|CRITICAL) ' "$LOG1" \
      | grep -vE 'odoo\.tests\.(result|stats|suite)|: (FAIL|ERROR): ' || true)
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

if [ -z "${ODOO_KEEP_DB:-}" ]; then
  "$VENV/bin/python" "$ODOO_BIN" db --help >/dev/null 2>&1 || true
  PGPASSWORD= psql -h 127.0.0.1 -p "$PORT" -U odoo -d postgres -qc "DROP DATABASE IF EXISTS \"$DB\"" >/dev/null 2>&1 || true
  rm -rf "$HOME/.local/share/Odoo/filestore/$DB"
fi

nfail1=$((failed1 + errors1))
{
echo "Odoo tier: $((run1 - nfail1)) passed, $nfail1 failed (addon tests, install log: $( [ -n "$bad" ] && echo "$(printf '%s\n' "$bad" | wc -l) warnings/errors" || echo clean))"
if [ "${SKIP_HR_TESTS:-0}" != 1 ]; then
  echo "Odoo tier (hr tests with the addon): $((run2 - failed2 - errors2)) passed, $((failed2 + errors2)) failed"
fi
} | tee "$LOGDIR/odoo-tier.summary"
status=0
[ "$rc1" -eq 0 ] && [ "$rc2" -eq 0 ] || status=1
[ "$nfail1" -eq 0 ] && [ $((failed2 + errors2)) -eq 0 ] || status=1
[ -z "$bad" ] || status=1
[ "$run1" -gt 0 ] || { log "the addon ran no Odoo test"; status=1; }
printf '%s %s\n' "$((run1 + run2 - nfail1 - failed2 - errors2))" "$((nfail1 + failed2 + errors2))" > "$LOGDIR/odoo-tier.counts"
exit $status
