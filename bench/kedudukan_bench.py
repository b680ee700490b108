"""Kedudukan bench (issue 3): a synthetic regency, then the full recompute and one department
move, timed and with their SQL query counts. Run inside Odoo (see bench/README.md):

    make bench ODOO_SRC=/path/to/odoo-18.0            # or: BENCH_EMPLOYEES=2000 make bench ...

Prints the figures; targets: full recompute <= 5 s with <= 50 SQL queries per 1,000 employees;
a department move recomputes only the employees under it.
"""
# ruff: noqa: F821  (env is given by odoo-bin shell)
import os
import random
import time

import odoo

N_EMP = int(os.environ.get("BENCH_EMPLOYEES", 10000))
N_UNITS = int(os.environ.get("BENCH_UNITS", 600))
rng = random.Random(7)
ctx = dict(skasn_no_recompute=True, tracking_disable=True, mail_create_nolog=True,
           mail_notrack=True, no_reset_password=True)
company = env["res.company"].create({"name": "Kabupaten Bench"})
env = env(context=dict(env.context, allowed_company_ids=[company.id], **ctx))
Dept, Emp = env["hr.department"], env["hr.employee"]

t0 = time.time()
# 1. Units: the Setda, then PDs with Bidang (L2) and Seksi (L3), and Puskesmas: N_UNITS in all.
setda = Dept.create({"name": "Sekretariat Daerah", "unit_kind": "setda",
                     "is_perangkat_daerah": True, "company_id": company.id})
units = [(setda, "jpt_pratama")]
pd_kinds = ["dinas", "badan", "kecamatan", "dinas", "inspektorat"]
while len(units) < N_UNITS:
    kind = pd_kinds[len(units) % len(pd_kinds)]
    pd = Dept.create({"name": f"{kind.title()} {len(units)}", "unit_kind": kind,
                      "is_perangkat_daerah": True, "company_id": company.id})
    units.append((pd, "jpt_pratama" if kind != "kecamatan" else "administrator"))
    for b in range(3):
        if len(units) >= N_UNITS:
            break
        bidang = Dept.create({"name": f"Bidang {b} {pd.name}", "parent_id": pd.id,
                              "unit_kind": "bidang" if kind != "kecamatan" else "seksi",
                              "company_id": company.id})
        units.append((bidang, "administrator" if kind != "kecamatan" else "pengawas"))
        for s in range(3 if kind != "kecamatan" else 0):
            if len(units) >= N_UNITS:
                break
            seksi = Dept.create({"name": f"Seksi {s} {bidang.name}", "parent_id": bidang.id,
                                 "unit_kind": "seksi", "company_id": company.id})
            units.append((seksi, "pengawas"))
    if kind == "dinas" and len(units) < N_UNITS:
        pusk = Dept.create({"name": f"Puskesmas {pd.name}", "parent_id": pd.id,
                            "unit_kind": "puskesmas", "company_id": company.id})
        units.append((pusk, "fungsional"))

# 2. Heads, then staff spread over the units.
heads = Emp.create([
    {"name": f"Kepala {u.name}", "department_id": u.id, "jabatan_type": jab,
     "jenjang": "ahli_muda" if jab == "fungsional" else False, "company_id": company.id}
    for u, jab in units
])
for (u, _jab), head in zip(units, heads, strict=True):
    u.manager_id = head
classes = [("pelaksana", False)] * 5 + [("fungsional", j) for j in
           ("ahli_madya", "ahli_muda", "ahli_muda", "ahli_pertama", "ahli_pertama",
            "terampil", "mahir")]
vals = []
for i in range(N_EMP - len(heads)):
    u, _ = units[rng.randrange(len(units))]
    jab, jen = classes[rng.randrange(len(classes))]
    vals.append({"name": f"Pegawai {i}", "department_id": u.id, "jabatan_type": jab,
                 "jenjang": jen, "company_id": company.id})
for start in range(0, len(vals), 2000):
    Emp.create(vals[start:start + 2000])
env.flush_all()
env.cr.execute("ANALYZE hr_employee; ANALYZE hr_department")
n_emp = Emp.search_count([("company_id", "=", company.id)])
print(f"generated {n_emp} employees in {len(units)} units in {time.time() - t0:.1f}s")


def measure(label, fn):
    env.flush_all()
    env.invalidate_all()
    q0, t = odoo.sql_db.sql_counter, time.time()
    out = fn()
    env.flush_all()
    dt, dq = time.time() - t, odoo.sql_db.sql_counter - q0
    print(f"{label}: {dt:.2f}s, {dq} SQL queries ({dq / (n_emp / 1000):.1f} per 1,000 employees)")
    return out, dt, dq


Emp2 = env["hr.employee"].with_context(skasn_no_recompute=False)
_, dt1, dq1 = measure("full recompute, every row written",
                      lambda: Emp2._kedudukan_recompute_company(company))
_, dt2, dq2 = measure("full recompute, nothing changed",
                      lambda: Emp2._kedudukan_recompute_company(company))

# 3. One department move: a Bidang (with its Seksi) to another PD.
bidang = Dept.search([("company_id", "=", company.id), ("unit_kind", "=", "bidang")], limit=1)
target = Dept.search([("company_id", "=", company.id), ("unit_kind", "=", "badan")], limit=1)
under = Emp.search_count([("department_id", "child_of", bidang.id)])
calls = []
orig = type(Emp2)._kedudukan_resolve


def spy(self, comp, only_ids):
    calls.append(None if only_ids is None else len(only_ids))
    return orig(self, comp, only_ids)


type(Emp2)._kedudukan_resolve = spy
try:
    measure("department move", lambda: bidang.with_context(skasn_no_recompute=False).write(
        {"parent_id": target.id}))
finally:
    type(Emp2)._kedudukan_resolve = orig
print(f"department move: {under} employees placed under the moved unit; "
      f"recomputed {calls} of {n_emp} employees")
print(f"ratio full recompute time / target 5 s: {dt1 / 5:.2f}; "
      f"queries per 1,000 employees / target 50: {dq1 / (n_emp / 1000) / 50:.2f}")
env.cr.rollback()
