# Run by scripts/upgrade-test.sh in `odoo-bin shell` after the upgrade: every read-only stored
# computed field of the addon's models must hold what the new release computes (who takes part in
# a document decides who reads it); a value left by the old rules is stale. Writes
# {"model.field": [stale ids]} to SKASN_STALE and rolls back.
# ruff: noqa: F821  (env is given by odoo-bin shell)
import json
import os

stale = {}
for name, cls in sorted(env.registry.items()):
    if (cls._original_module != "sistem_kerja_asn" or cls._abstract or cls._transient
            or not cls._auto):
        continue
    model = env[name].with_context(active_test=False)
    todo = [f for f in model._fields.values()
            if f.store and f.compute and f.readonly and not f.related]
    if not todo:
        continue
    records = model.search([])
    before = {f.name: {r.id: repr(r[f.name]) for r in records} for f in todo}
    for field in todo:
        env.add_to_compute(field, records)
    env.flush_all()
    env.invalidate_all()
    for field in todo:
        stale[f"{name}.{field.name}"] = [
            r.id for r in records if repr(r[field.name]) != before[field.name][r.id]
        ]
env.cr.rollback()
with open(os.environ["SKASN_STALE"], "w") as fh:
    json.dump(stale, fh, indent=1, sort_keys=True)
print("STALE", {k: len(v) for k, v in stale.items() if v})
