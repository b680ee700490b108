#!/usr/bin/env bash
# Install the requirements of the Odoo source tree $ODOO_SRC into .venv.
# A pin that no longer installs on this Python falls back to the unpinned package.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
: "${ODOO_SRC:?set ODOO_SRC to an Odoo 18.0 source tree}"
VENV=${VENV:-.venv}
PIP="$VENV/bin/python -m pip"
req="$ODOO_SRC/requirements.txt"
[ -f "$req" ] || die "no requirements.txt in ODOO_SRC=$ODOO_SRC"

stamp="$VENV/.odoo-reqs-$( (sha1sum "$req"; $VENV/bin/python -V) | sha1sum | cut -c1-12)"
[ -f "$stamp" ] && exit 0

# psycopg2 and python-ldap compile against these; wkhtmltopdf renders the PDF reports.
apt_ensure libpq-dev libldap2-dev libsasl2-dev gcc python3-dev wkhtmltopdf
# The browser tests (screenshots of the portal and the backend) drive a headless chromium;
# without it they are skipped, loudly.
( apt_ensure chromium ) || log "WARNING: chromium not installed: the browser tests will be skipped"
# Old sdists need pkg_resources while building: setuptools < 70, no build isolation.
$PIP install -q 'setuptools<70' wheel Cython

log "installing Odoo requirements from $req"
if ! $PIP install -q --no-build-isolation -r "$req" 2>/tmp/skasn-pip.err; then
  log "the pinned set did not install as a whole; installing line by line with fallbacks"
  while IFS= read -r line || [ -n "$line" ]; do
    line=${line%%#*}
    line=$(printf '%s' "$line" | sed -e 's/[[:space:]]*$//')
    [ -n "$line" ] || continue
    spec=${line%%;*}
    marker=""
    case "$line" in *";"*) marker=";${line#*;}" ;; esac
    # Skip lines whose environment marker does not apply to this interpreter.
    if [ -n "$marker" ] && ! $VENV/bin/python - "${marker#;}" <<'PY'
import sys
from packaging.markers import Marker
sys.exit(0 if Marker(sys.argv[1]).evaluate() else 1)
PY
    then continue; fi
    name=$(printf '%s' "$spec" | sed -E 's/[[:space:]]*([<>=!~].*)?$//')
    if ! $PIP install -q --no-build-isolation "$spec" 2>>/tmp/skasn-pip.err; then
      log "pin '$spec' failed; falling back to unpinned '$name'"
      $PIP install -q "$name" || die "could not install $name"
    fi
  done < "$req"
fi
touch "$stamp"
log "Odoo requirements installed"
