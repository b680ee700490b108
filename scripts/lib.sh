# Shared helpers for the project's scripts (sourced, not run).
# shellcheck shell=bash

log() { printf '[sistem_kerja_asn] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# apt_ensure PKG...: install Debian packages that are missing (needs root or sudo).
apt_ensure() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || die "missing Debian packages: ${missing[*]} (install them, or run as root)"
    sudo="sudo -n"
  fi
  log "apt-get install ${missing[*]}"
  if [ ! -f /tmp/.skasn-apt-updated ]; then
    $sudo apt-get update -qq && touch /tmp/.skasn-apt-updated
  fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# odoo_layout: check ODOO_SRC and print the addons_path for it. Supports a git checkout
# (<src>/addons + <src>/odoo/addons) and a packaged tree (everything in <src>/odoo/addons).
odoo_addons_path() {
  local src=$1 extra=$2
  [ -f "$src/odoo-bin" ] || [ -f "$src/setup/odoo" ] || die "ODOO_SRC=$src has no odoo-bin: point it at an Odoo 18.0 source tree"
  [ -d "$src/odoo/addons/base" ] || die "ODOO_SRC=$src has no odoo/addons/base: not an Odoo source tree"
  local path="$src/odoo/addons"
  [ -d "$src/addons/web" ] && path="$src/addons,$path"
  printf '%s,%s' "$extra" "$path"
}

odoo_bin() {
  local src=$1
  if [ -f "$src/odoo-bin" ]; then printf '%s' "$src/odoo-bin"; else printf '%s' "$src/setup/odoo"; fi
}

odoo_version_check() {
  local src=$1
  grep -qE "^version_info = \(18, 0" "$src/odoo/release.py" 2>/dev/null \
    || die "ODOO_SRC=$src is not Odoo 18.0 (odoo/release.py)"
}

free_port() {
  python3 - "$@" <<'PY'
import socket, sys
start = int(sys.argv[1]) if len(sys.argv) > 1 else 0
for port in ([start] if start else []) + [0]:
    s = socket.socket()
    try:
        s.bind(("127.0.0.1", port))
    except OSError:
        s.close()
        continue
    print(s.getsockname()[1])
    s.close()
    break
PY
}

# odoo_setup: from ODOO_SRC, set ODOO_SRC (absolute), ADDONS_PATH and ODOO_BIN, install Odoo's
# requirements into the venv and start the private cluster (PORT). ROOT must be set.
odoo_setup() {
  [ -d "${ODOO_SRC:-}" ] || die "ODOO_SRC=${ODOO_SRC:-} does not exist: point it at an Odoo 18.0 source tree"
  ODOO_SRC=$(cd "$ODOO_SRC" && pwd)
  odoo_version_check "$ODOO_SRC"
  ADDONS_PATH=$(odoo_addons_path "$ODOO_SRC" "$ROOT")
  ODOO_BIN=$(odoo_bin "$ODOO_SRC")
  bash scripts/odoo-requirements.sh || die "could not install Odoo's requirements"
  PORT=$(bash scripts/pg.sh start) || die "could not start PostgreSQL"
}
