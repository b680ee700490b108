# Run by scripts/upgrade-test.sh in `odoo-bin shell`, before and after the upgrade: what a user of
# the regency would notice missing. Writes JSON to the path in the environment variable
# SKASN_FINGERPRINT. Generic ORM only (runs on both releases).
# ruff: noqa: F821  (env is given by odoo-bin shell)
import json
import os

MODELS = ["asn.penugasan", "asn.tim.kerja", "asn.tim.kerja.member", "asn.laporan", "asn.eskalasi",
          "asn.kinerja", "asn.kinerja.expectation", "asn.kinerja.catatan",
          "asn.kinerja.rekomendasi", "asn.delegasi.penilaian", "asn.kedudukan.policy",
          "hr.employee", "hr.department"]
KEEP = ["state", "objection_state", "letter_number", "letter_date", "request_number",
        "decree_number", "decree_date", "name", "employee_id", "ppk_id", "puo_id",
        "company_id", "preset", "predikat", "rating_hasil_kerja", "rating_perilaku", "role"]

fp = {"records": {}, "messages": {}, "attachments": {}, "readable": {}}
for model in MODELS:
    Model = env[model].with_context(active_test=False)
    names = [f for f in KEEP if f in Model._fields and Model._fields[f].store]
    rows = {}
    for rec in Model.search([], order="id"):
        row = {}
        for f in names:
            v = rec[f]
            row[f] = v.id if hasattr(v, "_name") else (str(v) if v is not False else None)
        rows[str(rec.id)] = row
    fp["records"][model] = rows
    env.cr.execute(
        "SELECT res_id, count(*), array_agg(id ORDER BY id) FROM mail_message"
        " WHERE model = %s GROUP BY res_id", (model,))
    fp["messages"][model] = {str(r): [c, ids] for r, c, ids in env.cr.fetchall()}
for att in env["ir.attachment"].search([("res_model", "in", MODELS)], order="id"):
    fp["attachments"][str(att.id)] = {
        "res": f"{att.res_model},{att.res_id}", "checksum": att.checksum, "name": att.name,
        "data_ok": bool(att.raw) and len(att.raw) == att.file_size,
    }
users = env["res.users"].search([("login", "=like", "upg%")], order="id")
users |= env.ref("base.user_admin")
for user in users:
    seen = {}
    for model in MODELS:
        M = env[model].with_user(user).with_context(active_test=False)
        if not M.has_access("read"):
            seen[model] = []
            continue
        try:
            seen[model] = M.search([], order="id").ids
        except Exception as err:  # noqa: BLE001
            seen[model] = f"error: {type(err).__name__}"
    A = env["ir.attachment"].with_user(user)
    seen["ir.attachment"] = A.search(
        [("id", "in", [int(i) for i in fp["attachments"]])], order="id"
    ).ids if A.has_access("read") else []
    fp["readable"][user.login] = seen
with open(os.environ["SKASN_FINGERPRINT"], "w") as fh:
    json.dump(fp, fh, indent=1, sort_keys=True)
print("FINGERPRINT", os.environ["SKASN_FINGERPRINT"], {m: len(r) for m, r in fp["records"].items()})
