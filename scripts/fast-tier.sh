#!/usr/bin/env bash
# The fast tier: tests/ without Odoo (rules + static checks). Prints "Fast tier: N passed".
set -uo pipefail
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv}
mkdir -p .local/log
# pytest-odoo imports odoo as soon as pytest starts: this tier runs without it.
"$VENV/bin/python" -m pytest -p no:odoo -p no:cacheprovider -q tests/ "$@" | tee .local/log/fast-tier.log
rc=${PIPESTATUS[0]}
summary=$(tail -n 1 .local/log/fast-tier.log)
passed=$(printf '%s' "$summary" | grep -oE '[0-9]+ passed' | grep -oE '[0-9]+' || echo 0)
failed=$(printf '%s' "$summary" | grep -oE '[0-9]+ (failed|error)' | grep -oE '[0-9]+' | paste -sd+ | bc 2>/dev/null || echo 0)
skipped=$(printf '%s' "$summary" | grep -oE '[0-9]+ skipped' | grep -oE '[0-9]+' || echo 0)
line="Fast tier: ${passed:-0} passed, ${failed:-0} failed"
[ "${skipped:-0}" != 0 ] && line="$line, $skipped skipped"
echo "$line"
printf '%s %s\n' "${passed:-0}" "${failed:-0}" > .local/log/fast-tier.counts
[ "$rc" -eq 5 ] && { echo "Fast tier: no test collected" >&2; exit 1; }
exit "$rc"
