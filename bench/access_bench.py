"""Access bench (issue 7): the record rules of asn.penugasan for a unit leader (PUO) among
50,000 assignments, against the superuser reading the same rows. Run inside Odoo:

    make bench ODOO_SRC=/path/to/odoo-18.0 BENCH=bench/access_bench.py
    # sizes: BENCH_ASSIGNMENTS=50000 BENCH_EMPLOYEES=5000 BENCH_PDS=40

Prints, for a PD head and for a Kabid, with PostgreSQL's jit on and off: the list page (80
rows, the list view's fields) and the count, each as the median of several runs, and the
ratio PUO / superuser. Targets: list page
<= 1.3 x, count <= 3 x (issue 7). Odoo's own hr.leave rules, for a Time Off Responsible among
50,000 leaves, cost about 1.0 x and 2.8 x.
"""
# ruff: noqa: F821  (env is given by odoo-bin shell)
import os
import random
import statistics
import time

N_ASSIGN = int(os.environ.get("BENCH_ASSIGNMENTS", 50000))
N_EMP = int(os.environ.get("BENCH_EMPLOYEES", 5000))
N_PDS = int(os.environ.get("BENCH_PDS", 40))
RUNS = int(os.environ.get("BENCH_RUNS", 31))
rng = random.Random(11)
ctx = dict(skasn_no_recompute=True, tracking_disable=True, mail_create_nolog=True,
           mail_notrack=True, no_reset_password=True)
t0 = time.time()
company = env["res.company"].create({"name": "Kabupaten Bench Akses"})
env = env(context=dict(env.context, allowed_company_ids=[company.id], **ctx))
Dept, Emp, Users = env["hr.department"], env["hr.employee"], env["res.users"]

# 1. The Setda and N_PDS Dinas, each with 3 Bidang of 2 Seksi: heads with users.
units = []
setda = Dept.create({"name": "Sekretariat Daerah", "unit_kind": "setda",
                     "is_perangkat_daerah": True, "company_id": company.id})
units.append((setda, "jpt_pratama"))
for p in range(N_PDS):
    pd = Dept.create({"name": f"Dinas {p}", "unit_kind": "dinas", "is_perangkat_daerah": True,
                      "company_id": company.id})
    units.append((pd, "jpt_pratama"))
    for b in range(3):
        bidang = Dept.create({"name": f"Bidang {b} Dinas {p}", "parent_id": pd.id,
                              "unit_kind": "bidang", "company_id": company.id})
        units.append((bidang, "administrator"))
        for s in range(2):
            seksi = Dept.create({"name": f"Seksi {s} Bidang {b} Dinas {p}",
                                 "parent_id": bidang.id, "unit_kind": "seksi",
                                 "company_id": company.id})
            units.append((seksi, "pengawas"))
group_pegawai = env.ref("sistem_kerja_asn.group_pegawai")
heads = Emp.create([{"name": f"Kepala {u.name}", "department_id": u.id, "jabatan_type": jab,
                     "company_id": company.id} for u, jab in units])
for (u, _jab), head in zip(units, heads, strict=True):
    u.manager_id = head
head_users = Users.create([{
    "name": head.name, "login": f"bench_head_{head.id}", "company_id": company.id,
    "company_ids": [(6, 0, [company.id])],
    "groups_id": [(6, 0, [env.ref("base.group_user").id, group_pegawai.id])],
} for head in heads])
for head, user in zip(heads, head_users, strict=True):
    head.user_id = user
staff = []
for start in range(0, N_EMP - len(heads), 2000):
    staff += Emp.create([{
        "name": f"Pegawai {i}", "department_id": units[rng.randrange(len(units))][0].id,
        "jabatan_type": "pelaksana", "company_id": company.id,
    } for i in range(start, min(start + 2000, N_EMP - len(heads)))]).ids
env["hr.employee"].with_context(skasn_no_recompute=False)._kedudukan_recompute_company(company)
env.flush_all()

# 2. N_ASSIGN assignments in SQL (the ORM would resolve every flow's officials one by one):
#    owned by the employee's unit, their participants the employee's user, the unit head's and
#    the PD head's, as the ORM stores them.
cr = env.cr
emp_ids = staff + heads.ids
cr.execute("""
    INSERT INTO asn_penugasan (company_id, form, method, scope, nature, state, date_start,
        date_end, description, employee_id, employee_department_id, owning_unit_id, name,
        create_uid, write_uid, create_date, write_date)
    SELECT %(company)s, 'individu', 'penunjukan', 'dalam_unit', 'rutin',
        (ARRAY['draft', 'delivered', 'letter_draft', 'done'])[1 + (g %% 4)],
        DATE '2026-01-01' + (g %% 300), DATE '2026-12-31', 'Tugas ' || g,
        e.id, e.department_id, e.department_id, 'PGS/' || g, 1, 1, now(), now()
    FROM generate_series(1, %(n)s) g
    JOIN LATERAL (SELECT id, department_id FROM hr_employee
                  WHERE id = (%(ids)s::int[])[1 + ((g * 7919) %% %(n_emp)s)]) e ON true
""", {"company": company.id, "n": N_ASSIGN, "ids": emp_ids, "n_emp": len(emp_ids)})
cr.execute("""
    INSERT INTO asn_penugasan_participant_rel (penugasan_id, user_id)
    SELECT DISTINCT p.id, u.user_id FROM asn_penugasan p
    JOIN hr_employee e ON e.id = p.employee_id
    JOIN hr_department d ON d.id = e.department_id
    JOIN hr_department pd ON pd.id = d.perangkat_daerah_id
    JOIN hr_employee dh ON dh.id = d.manager_id
    JOIN hr_employee ph ON ph.id = pd.manager_id
    CROSS JOIN LATERAL (VALUES (e.user_id), (dh.user_id), (ph.user_id)) u(user_id)
    WHERE p.company_id = %s AND u.user_id IS NOT NULL
""", [company.id])
cr.execute("ANALYZE asn_penugasan; ANALYZE asn_penugasan_participant_rel; ANALYZE hr_employee;"
           " ANALYZE hr_department; ANALYZE res_users")
env.invalidate_all()
n = env["asn.penugasan"].search_count([("company_id", "=", company.id)])
print(f"generated {n} assignments, {len(emp_ids)} employees, {len(units)} units "
      f"in {time.time() - t0:.1f}s (ANALYZE done)")

# 3. Measure: the list page and the count, as the PUO and as the superuser on the same rows.
FIELDS = ["name", "employee_id", "employee_department_id", "description", "scope",
          "date_start", "date_end", "letter_number", "state"]
ORDER = "create_date desc, id desc"


def paired(fn_a, fn_b):
    """Medians of fn_a and fn_b run alternately (the same cache and load drift for both)."""
    fn_a(), fn_b()  # warm: the rule domain is cached per user, as in a running server
    times_a, times_b = [], []
    for _ in range(RUNS):
        for fn, times in ((fn_a, times_a), (fn_b, times_b)):
            env.invalidate_all()
            t = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t)
    return statistics.median(times_a), statistics.median(times_b)


def bench(label, unit):
    head = unit.manager_id
    user = head.user_id
    as_puo = env["asn.penugasan"].with_user(user).with_context(allowed_company_ids=[company.id])
    as_su = env["asn.penugasan"].sudo().with_context(allowed_company_ids=[company.id])
    same = ["|", ("employee_department_id", "child_of", unit.id),
            ("owning_unit_id", "child_of", unit.id)]
    rows = as_puo.search_read([], FIELDS, limit=80, order=ORDER)
    rows_su = as_su.search_read(same, FIELDS, limit=80, order=ORDER)
    assert [r["id"] for r in rows] == [r["id"] for r in rows_su], "not the same rows"
    count, count_su = as_puo.search_count([]), as_su.search_count(same)
    assert count == count_su, (count, count_su)
    t_list, t_list_su = paired(
        lambda: as_puo.search_read([], FIELDS, limit=80, order=ORDER),
        lambda: as_su.search_read(same, FIELDS, limit=80, order=ORDER),
    )
    t_count, t_count_su = paired(lambda: as_puo.search_count([]),
                                 lambda: as_su.search_count(same))
    print(f"{label}: sees {count} of {n} assignments")
    if os.environ.get("BENCH_EXPLAIN"):
        from odoo.tools import SQL
        query = as_puo._search([])
        env.cr.execute(SQL("EXPLAIN ANALYZE %s", query.select(SQL("count(*)"))))
        print("\n".join(row[0] for row in env.cr.fetchall()))
    print(f"  list page (80 rows): PUO {t_list * 1000:.1f} ms, superuser {t_list_su * 1000:.1f} ms,"
          f" ratio {t_list / t_list_su:.2f} (target <= 1.3)")
    print(f"  count: PUO {t_count * 1000:.1f} ms, superuser {t_count_su * 1000:.1f} ms, "
          f"ratio {t_count / t_count_su:.2f} (target <= 3)")


pd = Dept.search([("company_id", "=", company.id), ("unit_kind", "=", "dinas")], limit=1)
bidang = Dept.search([("parent_id", "=", pd.id)], limit=1)
# PostgreSQL's JIT compiles a query whose estimated cost passes jit_above_cost (100,000): the
# OR of the participants' sub-select inflates the estimate of the rule's query (the rows read stay
# the same), so both settings are measured; Odoo servers commonly run with jit = off.
for jit in ("on", "off"):
    env.cr.execute(f"SET jit = {jit}")
    print(f"--- PostgreSQL jit = {jit}")
    bench("PUO = head of a PD (Kepala Dinas)", pd)
    bench("PUO = head of a Bidang (Kabid)", bidang)
env.cr.rollback()
