# sistem_kerja_asn: the two commands of the README, and a few helpers.
#   make test   fast tier (no Odoo) and, with ODOO_SRC=<Odoo 18.0 source>, the Odoo tier
#   make run    with ODOO_SRC: Odoo on http://localhost:8069 with the addon and demo data (admin/admin)
SHELL := /bin/bash
VENV ?= .venv
export VENV

.PHONY: test fast odoo-test run bench venv lint pg-start pg-stop clean

test: venv
	@fast=0; odoo=0; \
	bash scripts/fast-tier.sh || fast=$$?; \
	bash scripts/odoo-tier.sh || odoo=$$?; \
	echo "== summary =="; \
	[ -f .local/log/fast-tier.counts ] && read fp ff < .local/log/fast-tier.counts; \
	op=0; of=0; if [ -n "$$ODOO_SRC" ] && [ -f .local/log/odoo-tier.counts ]; then read op of < .local/log/odoo-tier.counts; fi; \
	echo "Fast tier: $${fp:-0} passed, $${ff:-0} failed"; \
	if [ -n "$$ODOO_SRC" ]; then grep -h '^Odoo tier' .local/log/odoo-tier.summary 2>/dev/null || echo "Odoo tier: FAILED before any test ran (see above)"; else echo "Odoo tier: SKIPPED (no ODOO_SRC)"; fi; \
	echo "Total: $$(( $${fp:-0} + op )) passed, $$(( $${ff:-0} + of )) failed"; \
	[ $$fast -eq 0 ] && [ $$odoo -eq 0 ]

venv:
	@bash scripts/venv.sh

fast: venv
	@bash scripts/fast-tier.sh

odoo-test: venv
	@bash scripts/odoo-tier.sh

BENCH ?= bench/regency_bench.py
bench: venv
	@bash scripts/bench.sh $(BENCH)

run: venv
	@bash scripts/run.sh

lint: venv
	@$(VENV)/bin/ruff check sistem_kerja_asn sistem_kerja_asn_attendance tests bench
	@$(VENV)/bin/python -m pylint --rcfile=.pylintrc-mandatory sistem_kerja_asn sistem_kerja_asn_attendance

pg-start:
	@bash scripts/pg.sh start
pg-stop:
	@bash scripts/pg.sh stop

clean:
	-@bash scripts/pg.sh stop
	rm -rf .local .venv
