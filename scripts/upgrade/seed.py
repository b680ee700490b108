# Run by scripts/upgrade-test.sh in `odoo-bin shell` on the PREVIOUS release (18.0.1.0.0, with
# demo data): records in every state of every document, users per employee, chatter messages and
# attachments. Only the ORM as superuser (the states are set the way the release's demo does).
# ruff: noqa: F821  (env is given by odoo-bin shell)
import base64
from datetime import date
from datetime import timedelta

ref = env.ref
today = date.today()
made, refused = [], []


def attempt(label, fn):
    try:
        with env.cr.savepoint():
            rec = fn()
        made.append((label, rec))
        return rec
    except Exception as err:  # noqa: BLE001 - report every state the release refuses
        refused.append(f"{label}: {err}")
        return None


# Users: one internal user per employee (a regency's staff), an HR clerk of a PD, the regency HR
# office and a portal-only employee.
Users = env["res.users"].with_context(no_reset_password=True, mail_create_nosubscribe=True)
# The addon's demo employees first (they sit in a PD): the HR clerk is one of them.
employees = env["hr.employee"].search([("user_id", "=", False)], order="id")
employees = employees.filtered("nip") + employees.filtered(lambda e: not e.nip)
for i, emp in enumerate(employees):
    groups = [ref("base.group_user").id]
    if i == 1:
        groups.append(ref("sistem_kerja_asn.group_admin_pd").id)
    if i == 2:
        groups.append(ref("sistem_kerja_asn.group_admin_daerah").id)
    if i == len(employees) - 1:
        groups = [ref("base.group_portal").id]
    user = Users.create({
        "name": emp.name, "login": f"upg{emp.id}",
        "company_id": emp.company_id.id, "company_ids": [(6, 0, [emp.company_id.id])],
        "groups_id": [(6, 0, groups)],
    })
    emp.user_id = user
    if i == 1 and emp.department_id.perangkat_daerah_id:  # the clerk's PD
        user.asn_admin_pd_ids = [(6, 0, emp.department_id.perangkat_daerah_id.ids)]

base_pen = ref("sistem_kerja_asn.penugasan_surveilans")
base_tim = ref("sistem_kerja_asn.tim_stunting")
Pen, Tim = env["asn.penugasan"], env["asn.tim.kerja"]
states = lambda model, name="state": [s for s, _l in model._fields[name].selection]  # noqa: E731

# Assignments in every state; from the letter draft on, with a letter number.
numbered = {"letter_draft", "delivered", "done"}
for n, st in enumerate(states(Pen)):
    vals = {
        "employee_id": base_pen.employee_id.id, "owning_unit_id": base_pen.owning_unit_id.id,
        "description": f"Upgrade test assignment in state {st}",
        "expected_target": "Rekap", "date_start": today - timedelta(days=5),
        "date_end": today + timedelta(days=60), "state": st, "assigner_id": base_pen.assigner_id.id,
    }
    if st in numbered:
        vals.update(letter_number=f"800.1/{500 + n:03d}/DINKES/2026", letter_date=today)
    if st == "refused":
        vals["refusal_reason"] = "Upgrade test refusal" if "refusal_reason" in Pen._fields else None
        vals = {k: v for k, v in vals.items() if v is not None}
    attempt(f"asn.penugasan {st}", lambda vals=vals: Pen.create(vals))

# Teams in every state, established ones with a decree number.
for n, st in enumerate(states(Tim)):
    vals = {
        "name": f"Tim Upgrade {st}", "kind": "insidental",
        "owning_unit_id": base_tim.owning_unit_id.id,
        "date_start": today - timedelta(days=5), "date_end": today + timedelta(days=200),
        "mandate": "Upgrade test",
        "member_ids": [(0, 0, {"employee_id": m.employee_id.id, "role": m.role})
                       for m in base_tim.member_ids],
    }
    if st != "draft":
        vals.update(decree_number=f"800.1/{600 + n:03d}/DINKES/2026", decree_date=today)
    tim = attempt(f"asn.tim.kerja {st}", lambda vals=vals: Tim.create(vals))
    if tim and st != "draft":
        attempt(f"asn.tim.kerja {st} (state)", lambda tim=tim, st=st: tim.write({"state": st}))

# Reports in every state on the delivered assignment; escalations in every state.
Lap = env["asn.laporan"]
for st in states(Lap):
    attempt(f"asn.laporan {st}", lambda st=st: Lap.create({
        "name": f"Laporan upgrade {st}", "penugasan_id": base_pen.id,
        "submitter_id": base_pen.employee_id.id, "state": st,
    }))
Esk = env["asn.eskalasi"]
for st in states(Esk):
    attempt(f"asn.eskalasi {st}", lambda st=st: Esk.create({
        "name": f"Masalah upgrade {st}", "tim_kerja_id": base_tim.id,
        "description": "Data desa belum masuk", "alternatives": "Kunjungan langsung",
        "cross_unit": True, "state": st,
        **({"answer": "Dikunjungi minggu depan"} if st != "raised" else {}),
    }))

# Performance records in every state (earlier years: one record per employee and period), and
# every objection state of a rated record.
Kin = env["asn.kinerja"]
emp = ref("sistem_kerja_asn.emp_epid_pertama")
rated = {"rating_hasil_kerja": "as_expected", "rating_perilaku": "as_expected",
         "rater_id": ref("sistem_kerja_asn.emp_kabid_p2p").id, "rated_date": today}
for n, st in enumerate(states(Kin)):
    vals = {"employee_id": emp.id, "date_start": date(2010 + n, 1, 1),
            "date_end": date(2010 + n, 12, 31), "state": st}
    if st in ("rated", "final"):
        vals.update(rated)
    attempt(f"asn.kinerja {st}", lambda vals=vals: Kin.create(vals))
for n, ost in enumerate(states(Kin, "objection_state")):
    vals = {"employee_id": emp.id, "date_start": date(2000 + n, 1, 1),
            "date_end": date(2000 + n, 12, 31), "state": "final", "objection_state": ost, **rated}
    attempt(f"asn.kinerja objection {ost}", lambda vals=vals: Kin.create(vals))

# Chatter: a message on every document; attachments on an assignment and a performance record.
for model in ("asn.penugasan", "asn.tim.kerja", "asn.laporan", "asn.eskalasi", "asn.kinerja"):
    for rec in env[model].search([]):
        rec.message_post(body=f"Upgrade test note on {rec.display_name}", message_type="comment",
                         subtype_xmlid="mail.mt_note")
for rec, name in ((base_pen, "surat.pdf"), (ref("sistem_kerja_asn.kinerja_epid_muda"), "bukti.txt")):
    env["ir.attachment"].create({
        "name": name, "res_model": rec._name, "res_id": rec.id,
        "datas": base64.b64encode(f"upgrade test {name} {rec.id}".encode()),
    })
    rec.message_post(body=f"attached {name}", attachment_ids=[])
env.cr.commit()
print(f"SEED made {len(made)} records, refused {len(refused)}")
for line in refused:
    print("SEED REFUSED", line)
