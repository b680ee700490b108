"""The bench (issues 3, 7, 14, 16): one synthetic regency, generated once per database, then every
measure in the same run, printed as one table of ratios against a floor. Run inside Odoo:

    make bench ODOO_SRC=/path/to/odoo-18.0
    # smaller: BENCH_EMPLOYEES=2000 BENCH_UNITS=120 BENCH_TEAMS=400 BENCH_ASSIGNMENTS=10000 \
    #          BENCH_KINERJA=2000 make bench ODOO_SRC=...

Sizes (environment): BENCH_EMPLOYEES (10,000), BENCH_UNITS (600), BENCH_TEAMS (2,000),
BENCH_ASSIGNMENTS (50,000), BENCH_KINERJA (10,000 performance records), BENCH_PORTAL_MANY (1,000
records of one portal user), BENCH_RUNS (11: the median of that many runs for the list timings).

The regency is kept in the database (company "Kabupaten Bench <sizes>") and reused by the next
run with the same sizes; every measure runs in a transaction that is rolled back. Generation uses
the ORM for the organisation (units, employees, users: their hooks run), bulk SQL for the
documents, then the ORM's own compute methods for every stored computed field of those documents
(participants, letter types, loads...): the rows are what the ORM would have stored. Then ANALYZE.

Measures:
  a. the full kedudukan (PPK/PUO) recompute of the regency, every row changed, against the floor
     of writing the same values with the ORM (``write`` per group of equal values);
  b. one department move (a Bidang with its Seksi to another PD): employees recomputed against the
     employees under the moved unit, time against the full recompute;
  c. the assignment and performance lists (search + read of the list view's fields, 80 rows, and
     search_count) under the record rules as a PUO (head of a Dinas) and as a PPK (head of a
     Seksi), against the superuser reading the same rows with a plain domain;
  d. ``/my/penugasan`` and ``/my/kinerja``: SQL queries of the whole HTTP request (WSGI, the
     template rendered) for a portal user with 10 and with BENCH_PORTAL_MANY records;
  e. the XLSX predikat recap of the year (the wizard's action) against writing the same cells
     with bare xlsxwriter;
  f. the review chains of all reports (``asn.laporan._build_chain``) against the floor of the
     plain-Python rule (``rules.review.review_chain``) on a unit tree and options loaded once.
"""
# ruff: noqa: F821  (env is given by odoo-bin shell)
import contextlib
import io
import json
import logging
import os
import random
import statistics
import time
from collections import defaultdict
from datetime import date
from datetime import timedelta

import odoo
import xlsxwriter
from odoo.addons.sistem_kerja_asn.models.hr_employee import _RESULT_FIELDS
from odoo.addons.sistem_kerja_asn.rules import kinerja as k
from odoo.addons.sistem_kerja_asn.rules import review

N_EMP = int(os.environ.get("BENCH_EMPLOYEES", 10000))
N_UNITS = int(os.environ.get("BENCH_UNITS", 600))
N_TEAMS = int(os.environ.get("BENCH_TEAMS", 2000))
N_ASSIGN = int(os.environ.get("BENCH_ASSIGNMENTS", 50000))
N_KINERJA = int(os.environ.get("BENCH_KINERJA", 10000))
N_MANY = int(os.environ.get("BENCH_PORTAL_MANY", 1000))
N_FEW = 10
RUNS = int(os.environ.get("BENCH_RUNS", 11))
YEAR = 2026
NAME = f"Kabupaten Bench {N_EMP}/{N_UNITS}/{N_TEAMS}/{N_ASSIGN}/{N_KINERJA}/{N_MANY}"
CTX = dict(skasn_no_recompute=True, tracking_disable=True, mail_create_nolog=True,
           mail_notrack=True, no_reset_password=True)
cr = env.cr
rng = random.Random(7)
ROWS = []  # the table: (measure, value, floor, ratio, target)


def row(measure, value, floor, ratio, target=""):
    ROWS.append((measure, value, floor, ratio, target))


def ms(seconds):
    return f"{seconds * 1000:.0f} ms" if seconds < 10 else f"{seconds:.1f} s"


def log(msg):
    print(f"[bench] {msg}", flush=True)


# -- generation ---------------------------------------------------------------------------------

def recompute_stored(model, ids, batch=5000):
    """Let the ORM compute every stored computed field of ``ids`` (rows inserted by SQL)."""
    Model = env[model].sudo()
    fields_ = [f for f in Model._fields.values() if f.store and f.compute]
    for start in range(0, len(ids), batch):
        records = Model.browse(ids[start:start + batch])
        for field in fields_:
            env.add_to_compute(field, records)
        env.flush_all()
        env.invalidate_all()


def insert(table, columns, rows_):
    """INSERT ``rows_`` (tuples) into ``table``, returning the new ids, 1,000 rows a query."""
    cr.execute("SELECT column_name, data_type FROM information_schema.columns "
               "WHERE table_name = %s", [table])
    types = dict(cr.fetchall())
    one = "(" + ", ".join(f"%s::{types[c]}" for c in columns) + ")"
    ids = []
    for start in range(0, len(rows_), 1000):
        chunk = rows_[start:start + 1000]
        values = ", ".join([one] * len(chunk))
        cr.execute(
            f"INSERT INTO {table} ({', '.join(columns)}, create_uid, write_uid, create_date, "
            f"write_date) SELECT *, 1, 1, now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC' "
            f"FROM (VALUES {values}) v RETURNING id",
            [value for r in chunk for value in r],
        )
        ids += [r[0] for r in cr.fetchall()]
    return ids


def generate():
    t0 = time.time()
    company = env["res.company"].create({"name": NAME})
    genv = env(context=dict(env.context, allowed_company_ids=[company.id], **CTX))
    Dept, Emp, Users = genv["hr.department"], genv["hr.employee"], genv["res.users"]
    # 1. Units: the Setda, then PDs with Bidang (L2) and Seksi (L3), and Puskesmas.
    setda = Dept.create({"name": "Sekretariat Daerah", "unit_kind": "setda",
                         "is_perangkat_daerah": True, "company_id": company.id})
    units = [(setda, "jpt_pratama")]
    pd_kinds = ["dinas", "badan", "kecamatan", "dinas", "inspektorat"]
    while len(units) < N_UNITS:
        kind = pd_kinds[sum(u.is_perangkat_daerah for u, _jab in units) % len(pd_kinds)]
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
    # 2. Heads with their users (internal, the employee group), then staff spread over units.
    heads = Emp.create([
        {"name": f"Kepala {u.name}", "department_id": u.id, "jabatan_type": jab,
         "jenjang": "ahli_muda" if jab == "fungsional" else False, "company_id": company.id}
        for u, jab in units
    ])
    for (u, _jab), head in zip(units, heads, strict=True):
        u.manager_id = head
    groups = [env.ref("base.group_user").id, env.ref("sistem_kerja_asn.group_pegawai").id]
    head_users = Users.create([{
        "name": head.name, "login": f"bench{company.id}_head_{head.id}", "company_id": company.id,
        "company_ids": [(6, 0, [company.id])], "groups_id": [(6, 0, groups)],
    } for head in heads])
    for head, user in zip(heads, head_users, strict=True):
        head.user_id = user
    classes = [("pelaksana", False)] * 5 + [("fungsional", j) for j in (
        "ahli_madya", "ahli_muda", "ahli_muda", "ahli_pertama", "ahli_pertama", "terampil",
        "mahir")]
    vals = []
    for i in range(N_EMP - len(heads)):
        u, _ = units[rng.randrange(len(units))]
        jab, jen = classes[rng.randrange(len(classes))]
        vals.append({"name": f"Pegawai {i}", "department_id": u.id, "jabatan_type": jab,
                     "jenjang": jen, "company_id": company.id})
    staff = Emp
    for start in range(0, len(vals), 2000):
        staff |= Emp.create(vals[start:start + 2000])
    # Two portal-only employees (issue 14's bench): 10 and N_MANY records each.
    seksi = next(u for u, jab in units if jab == "pengawas")
    portal = [env.ref("base.group_portal").id]
    mine = {}
    for n in (N_FEW, N_MANY):
        user = Users.create({"name": f"Portal {n}", "login": f"bench{company.id}_portal_{n}",
                             "company_id": company.id, "company_ids": [(6, 0, [company.id])],
                             "groups_id": [(6, 0, portal)]})
        mine[n] = Emp.create({"name": f"Portal {n}", "department_id": seksi.id,
                              "jabatan_type": "pelaksana", "company_id": company.id,
                              "user_id": user.id})
    env["hr.employee"].with_context(CTX, skasn_no_recompute=False)._kedudukan_recompute_company(
        company)
    env.flush_all()
    log(f"organisation: {len(heads) + len(staff) + 2} employees, {len(units)} units, "
        f"{len(head_users) + 2} users in {time.time() - t0:.0f}s")

    # 3. Teams: a ketua and three members from the team's unit.
    cr.execute("SELECT id, department_id FROM hr_employee WHERE company_id = %s AND id = ANY(%s)",
               [company.id, staff.ids])
    by_unit = defaultdict(list)
    for emp_id, unit_id in cr.fetchall():
        by_unit[unit_id].append(emp_id)
    team_units = [u for u in by_unit if len(by_unit[u]) >= 4]
    team_rows, team_people = [], []
    for t in range(N_TEAMS):
        unit = team_units[t % len(team_units)]
        people = rng.sample(by_unit[unit], 4)
        team_rows.append((company.id, unit, people[0], f"Tim Kerja {t}", "rutin", "established",
                          date(YEAR, 1, 1), date(YEAR, 12, 31)))
        team_people.append(people)
    team_ids = insert("asn_tim_kerja", ["company_id", "owning_unit_id", "ketua_id", "name",
                                        "kind", "state", "date_start", "date_end"], team_rows)
    insert("asn_tim_kerja_member", ["tim_kerja_id", "employee_id", "role"], [
        (tid, emp_id, "ketua" if i == 0 else "anggota")
        for tid, people in zip(team_ids, team_people, strict=True)
        for i, emp_id in enumerate(people)
    ])
    recompute_stored("asn.tim.kerja", team_ids)
    log(f"teams: {len(team_ids)} in {time.time() - t0:.0f}s")

    # 4. Assignments: individual, in the employee's unit, a letter once delivered; one in five
    #    delivered or done ones has a report submitted into review.
    cr.execute("SELECT e.id, e.department_id FROM hr_employee e WHERE e.company_id = %s "
               "AND e.jabatan_type IS NOT NULL AND e.user_id IS NULL OR e.id = ANY(%s)",
               [company.id, heads.ids])
    people = cr.fetchall()
    states = ["delivered", "done", "letter_draft", "draft"]

    def assignment(g, emp_id, unit_id, state, start):
        lettered = state in ("delivered", "done")
        return (company.id, "individu", "penunjukan", "dalam_unit", "rutin", state,
                start, date(YEAR, 12, 31), f"Tugas {g}", emp_id, unit_id, unit_id,
                f"PGS/{company.id}/{g}", f"800/{g}/{YEAR}" if lettered else None,
                start if lettered else None)

    cols = ["company_id", "form", "method", "scope", "nature", "state", "date_start", "date_end",
            "description", "employee_id", "employee_department_id", "owning_unit_id", "name",
            "letter_number", "letter_date"]
    rows_ = []
    for g in range(N_ASSIGN):
        emp_id, unit_id = people[(g * 7919) % len(people)]
        rows_.append(assignment(g, emp_id, unit_id, states[g % 4],
                                date(YEAR, 1, 1) + timedelta(days=g % 300)))
    g = N_ASSIGN
    for n, emp in mine.items():  # the portal users' own: delivered or done
        for i in range(n):
            rows_.append(assignment(g, emp.id, emp.department_id.id, states[i % 2],
                                    date(YEAR, 1, 1) + timedelta(days=i % 300)))
            g += 1
    assign_ids = insert("asn_penugasan", cols, rows_)
    recompute_stored("asn.penugasan", assign_ids)
    log(f"assignments: {len(assign_ids)} in {time.time() - t0:.0f}s")

    # 5. Performance records of the year: one per employee, in every state; the rated ones with
    #    their ratings and the PPK as rater. The portal users: one a day since 2020.
    cr.execute("SELECT e.id, e.department_id, d.perangkat_daerah_id, e.ppk_id FROM hr_employee e "
               "JOIN hr_department d ON d.id = e.department_id WHERE e.company_id = %s "
               "AND e.jabatan_type IS NOT NULL AND e.user_id IS NULL OR e.id = ANY(%s) "
               "ORDER BY e.id", [company.id, heads.ids])
    people = cr.fetchall()[:N_KINERJA]
    kstates = [k.DRAFT, k.AGREED, k.IN_PROGRESS, k.RATED, k.FINAL]
    ratings = [key for key, _label in k.RATINGS]
    krows = []
    for i, (emp_id, unit_id, pd_id, ppk_id) in enumerate(people):
        state = kstates[i % len(kstates)]
        rated = state in (k.RATED, k.FINAL) and ppk_id
        hasil, perilaku = (rng.choice(ratings), rng.choice(ratings)) if rated else (None, None)
        krows.append((emp_id, company.id, unit_id, pd_id, YEAR, date(YEAR, 1, 1),
                      date(YEAR, 12, 31), state if rated or state not in (k.RATED, k.FINAL)
                      else k.IN_PROGRESS, hasil, perilaku, ppk_id if rated else None,
                      date(YEAR, 12, 20) if rated else None))
    for n, emp in mine.items():
        for i in range(n):
            day = date(2020, 1, 1) + timedelta(days=i)
            krows.append((emp.id, company.id, emp.department_id.id,
                          emp.department_id.perangkat_daerah_id.id, day.year, day, day,
                          k.IN_PROGRESS, None, None, None, None))
    kinerja_ids = insert("asn_kinerja", [
        "employee_id", "company_id", "department_id", "perangkat_daerah_id", "year", "date_start",
        "date_end", "state", "rating_hasil_kerja", "rating_perilaku", "rater_id", "rated_date",
        "checkin_frequency", "objection_state"], [(*r, "quarterly", k.OBJECTION_NONE)
                                                   for r in krows])
    recompute_stored("asn.kinerja", kinerja_ids)
    log(f"performance records: {len(kinerja_ids)} in {time.time() - t0:.0f}s")

    # 6. Reports under review, their chains built by the model itself (then measured in f).
    cr.execute("SELECT id, employee_id FROM asn_penugasan WHERE company_id = %s AND state IN "
               "('delivered', 'done') AND id %% 5 = 0", [company.id])
    laporan_ids = insert("asn_laporan", ["penugasan_id", "company_id", "submitter_id", "name",
                                         "kind", "state", "step_index"], [
        (pid, company.id, emp_id, f"Laporan {pid}", "progress", review.SUBMITTED, 0)
        for pid, emp_id in cr.fetchall()])
    Laporan = env["asn.laporan"].sudo()
    for start in range(0, len(laporan_ids), 2000):
        for rep in Laporan.browse(laporan_ids[start:start + 2000]):
            chain = rep._build_chain()
            first = review.current_reviewer([review.ReviewStep(**s) for s in chain], 0)
            rep.write({"chain_data": chain, "reviewer_id": first or False})
        env.flush_all()
        env.invalidate_all()
    recompute_stored("asn.laporan", laporan_ids)
    log(f"reports: {len(laporan_ids)} in {time.time() - t0:.0f}s")
    cr.commit()
    cr.execute("ANALYZE")
    cr.commit()
    log(f"generated and analysed in {time.time() - t0:.0f}s")
    return company


company = env["res.company"].search([("name", "=", NAME)])
if company:
    log(f"reusing {NAME!r}")
else:
    log(f"generating {NAME!r}")
    company = generate()
env = env(context=dict(env.context, allowed_company_ids=[company.id], **CTX))
Dept, Emp = env["hr.department"], env["hr.employee"]
n_emp = Emp.search_count([("company_id", "=", company.id)])


def measure(fn):
    """(result, seconds, SQL queries) of ``fn``, flushed, from a clean cache."""
    env.flush_all()
    env.invalidate_all()
    q0, t = odoo.sql_db.sql_counter, time.perf_counter()
    out = fn()
    env.flush_all()
    return out, time.perf_counter() - t, odoo.sql_db.sql_counter - q0


def reset():
    cr.rollback()
    env.invalidate_all()
    env.registry.clear_cache()


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


# -- a. full kedudukan recompute against writing the same values with the ORM -------------------

def clear_results():
    cr.execute("UPDATE hr_employee SET ppk_id = NULL, pimpinan_unit_id = NULL, "
               "atasan_ppk_id = NULL, koordinator_id = NULL, kedudukan_problem = NULL, "
               "jabatan_level = NULL, ppk_delegated = false, kedudukan_reason_data = NULL "
               "WHERE company_id = %s", [company.id])
    env.invalidate_all()


@contextlib.contextmanager
def timed_refresh():
    """Time spent in the participants refresh (issue 11) that follows a recompute: a list of
    (seconds, SQL queries), one per call."""
    cls = type(env["hr.employee"])
    orig = cls._asn_refresh_participants
    spent = []

    def timed(self, *args, **kwargs):
        q0, t = odoo.sql_db.sql_counter, time.perf_counter()
        try:
            return orig(self, *args, **kwargs)
        finally:
            spent.append((time.perf_counter() - t, odoo.sql_db.sql_counter - q0))

    cls._asn_refresh_participants = timed
    try:
        yield spent
    finally:
        cls._asn_refresh_participants = orig


def bench_a(out):
    """a. The full kedudukan recompute against writing the same values with the ORM."""
    recompute = env["hr.employee"].with_context(skasn_no_recompute=False)
    resolved = Emp.search_read([("company_id", "=", company.id)], _RESULT_FIELDS)
    _, t_same, q_same = measure(lambda: recompute._kedudukan_recompute_company(company))
    reset()
    clear_results()
    with timed_refresh() as spent:
        _, t_full, q_full = measure(lambda: recompute._kedudukan_recompute_company(company))
    t_part, q_part = sum(s[0] for s in spent), sum(s[1] for s in spent)
    reset()

    def orm_floor():
        groups = defaultdict(list)
        for r in resolved:
            vals = {f: (v[0] if isinstance(v, tuple | list) and f.endswith("_id") else v)
                    for f, v in r.items() if f != "id"}
            groups[json.dumps(vals, sort_keys=True, default=str)].append(r["id"])
        for key, ids in groups.items():
            Emp.browse(ids).write(json.loads(key))

    clear_results()
    _, t_orm, q_orm = measure(orm_floor)
    reset()
    out["t_full"] = t_full
    t_own, q_own = t_full - t_part, q_full - q_part
    row("a. full PPK/PUO recompute, every row changed", f"{ms(t_own)}, {q_own} q",
        f"ORM write of the same values: {ms(t_orm)}, {q_orm} q", f"{t_own / t_orm:.2f}",
        "<= 1")
    n_docs = sum(env[m].sudo().search_count([("company_id", "=", company.id)])
                 for m in ("asn.penugasan", "asn.tim.kerja", "asn.laporan"))
    row("a. + participants refresh (ORM recompute)", f"{ms(t_part)}, {q_part} q",
        f"{n_docs} documents; {ms(t_part / n_docs * 1000)} per 1,000",
        f"{t_part / t_orm:.2f}", "")
    row("a. full recompute, nothing changed", f"{ms(t_same)}, {q_same} q",
        f"{q_same / (n_emp / 1000):.1f} q per 1,000 employees", f"{t_same / t_orm:.2f}",
        "<= 50 q / 1,000")


def bench_b(out):
    """b. One department move: a Bidang with its Seksi to another PD."""
    recompute = env["hr.employee"].with_context(skasn_no_recompute=False)
    bidang = Dept.search([("company_id", "=", company.id), ("unit_kind", "=", "bidang")],
                         limit=1)
    target = Dept.search([("company_id", "=", company.id), ("unit_kind", "=", "badan"),
                          ("id", "!=", bidang.perangkat_daerah_id.id)], limit=1)
    under = Emp.search_count([("department_id", "child_of", bidang.id)])
    calls = []
    orig = type(recompute)._kedudukan_resolve

    def spy(self, comp, only_ids):
        calls.append(n_emp if only_ids is None else len(only_ids))
        return orig(self, comp, only_ids)

    type(recompute)._kedudukan_resolve = spy
    try:
        with timed_refresh() as spent:
            _, t_move, q_move = measure(lambda: bidang.with_context(
                skasn_no_recompute=False).write({"parent_id": target.id}))
    finally:
        type(recompute)._kedudukan_resolve = orig
    t_part = sum(s[0] for s in spent)
    reset()
    t_full = out.get("t_full")
    row("b. one department move: employees recomputed", f"{sum(calls)} ({ms(t_move)}, "
        f"{q_move} q)", f"{under} under the unit, {n_emp} in all",
        f"{sum(calls) / max(under, 1):.2f}", "~1 (only those)")
    if t_full:
        row("b. one department move: time", f"{ms(t_move)} (participants {ms(t_part)})",
            f"full recompute {ms(t_full)}", f"{t_move / t_full:.2f}", "<< 1")


def list_fields(model):
    views = env[model].get_views([(False, "list")])
    return [f for f in views["models"][model]["fields"] if f in env[model]._fields
            and env[model]._fields[f].type not in ("one2many", "many2many")]


def lists(label, unit):
    head = unit.manager_id
    user = head.user_id
    for model, same in (
        ("asn.penugasan", ["|", ("employee_department_id", "child_of", unit.id),
                           ("owning_unit_id", "child_of", unit.id)]),
        ("asn.kinerja", ["|", ("department_id", "child_of", unit.id),
                         ("employee_id", "=", head.id)]),
    ):
        fnames = list_fields(model)
        order = env[model]._order
        as_user = env[model].with_user(user).with_context(allowed_company_ids=[company.id])
        as_su = env[model].sudo().with_context(allowed_company_ids=[company.id])
        same = [("company_id", "=", company.id), *same]
        count, count_su = as_user.search_count([]), as_su.search_count(same)
        note = "" if count == count_su else f" (superuser's domain: {count_su}!)"
        t_list, t_list_su = paired(
            lambda u=as_user, f=fnames, o=order: u.search_read([], f, limit=80, order=o),
            lambda s=as_su, d=same, f=fnames, o=order: s.search_read(d, f, limit=80, order=o))
        t_count, t_count_su = paired(lambda u=as_user: u.search_count([]),
                                     lambda s=as_su, d=same: s.search_count(d))
        row(f"c. {model} list as {label}, 80 rows of {count}{note}", ms(t_list),
            f"superuser {ms(t_list_su)}", f"{t_list / t_list_su:.2f}", "<= 1.3")
        row(f"c. {model} count as {label}", ms(t_count), f"superuser {ms(t_count_su)}",
            f"{t_count / t_count_su:.2f}", "<= 3")


def bench_c(out):
    """c. The lists under the record rules against the superuser reading the same rows."""
    pd = Dept.search([("company_id", "=", company.id), ("unit_kind", "in", ("dinas", "badan"))],
                     limit=1)
    seksi = Dept.search([("id", "child_of", pd.id), ("unit_kind", "=", "seksi")], limit=1)
    lists("PUO (head of a PD)", pd)
    lists("PPK (head of a Seksi)", seksi)
    reset()


def portal_queries(login, paths):
    """SQL queries of each GET of ``paths`` as ``login`` through Odoo's WSGI application (its own
    cursor, as in a server), the second time (the first compiles the templates); and whether a
    read-only page wrote (Odoo retries it on a read/write cursor and logs a warning)."""
    from odoo.service import security
    from werkzeug.test import Client

    user = env["res.users"].sudo().search([("login", "=", login)])
    session = odoo.http.root.session_store.new()
    session.update(odoo.http.get_default_session(), db=cr.dbname)
    session.uid, session.login = user.id, login
    session.session_token = security.compute_session_token(session, env(user=user.id))
    session.context = dict(env["res.users"].with_user(user).context_get())
    odoo.http.root.session_store.save(session)
    client = Client(odoo.http.root, use_cookies=False)
    retries = []
    handler = logging.Handler(logging.WARNING)
    handler.emit = lambda record: retries.append(record) if "retrying with a read/write" in \
        record.getMessage() else None
    logging.getLogger("odoo.http").addHandler(handler)
    result = {}
    try:
        for path in paths:
            del retries[:]
            for _ in range(2):
                q0 = odoo.sql_db.sql_counter
                response = client.get(path, headers={"Cookie": f"session_id={session.sid}"})
                queries = odoo.sql_db.sql_counter - q0
            assert response.status_code == 200, (path, response.status_code)
            result[path] = (queries, bool(retries))
    finally:
        logging.getLogger("odoo.http").removeHandler(handler)
    return result


def bench_d(out):
    """d. /my/penugasan and /my/kinerja: SQL queries for 10 and for N_MANY records. Read-only
    cursors as with a replica: a connection pool in read-only mode on the same database."""
    registry, config = env.registry, odoo.tools.config
    saved = registry._db_readonly, config["db_replica_host"], config["db_replica_port"]
    config["db_replica_host"], config["db_replica_port"] = config["db_host"], config["db_port"]
    registry._db_readonly = odoo.sql_db.db_connect(cr.dbname, readonly=True)
    try:
        paths = ["/my/penugasan", "/my/kinerja"]
        few = portal_queries(f"bench{company.id}_portal_{N_FEW}", paths)
        many = portal_queries(f"bench{company.id}_portal_{N_MANY}", paths)
    finally:
        registry._db_readonly, config["db_replica_host"], config["db_replica_port"] = saved
    for path in paths:
        wrote = " (wrote on the read-only cursor!)" if few[path][1] or many[path][1] else ""
        row(f"d. {path} SQL queries, {N_FEW} vs {N_MANY} records{wrote}",
            f"{few[path][0]} vs {many[path][0]}", f"{N_FEW} records: {few[path][0]}",
            f"{many[path][0] / few[path][0]:.2f}", "1.00 (no N+1)")


def bench_e(out):
    """e. The XLSX recap against writing the same cells with bare xlsxwriter."""
    wizard = env["asn.kinerja.recap.wizard"].create({"year": YEAR, "company_id": company.id})
    _, t_xlsx, q_xlsx = measure(wizard.action_export)
    records = wizard._recap_records()
    cells = wizard._recap_rows(records)
    headers = wizard._recap_headers()

    def bare_xlsx():
        buf = io.BytesIO()
        book = xlsxwriter.Workbook(buf, {"in_memory": True})
        for key in ("per_unit", "per_pd", "detail"):
            sheet = book.add_worksheet(key)
            body = [headers[key], *cells[key], *([cells["total"]] if key == "per_pd" else [])]
            for row_no, line in enumerate(body):
                for col, value in enumerate(line):
                    sheet.write(row_no, col, value)
        book.close()
        return buf.getvalue()

    _, t_bare, _q = measure(bare_xlsx)
    reset()
    row(f"e. XLSX predikat recap, {len(records)} records", f"{ms(t_xlsx)}, {q_xlsx} q",
        f"bare xlsxwriter, same cells: {ms(t_bare)}", f"{t_xlsx / t_bare:.2f}", "")


def bench_f(out):
    """f. The review chains of all reports against the plain-Python rule on a tree loaded
    once."""
    reports = env["asn.laporan"].sudo().search([("company_id", "=", company.id)])
    _, t_chain, q_chain = measure(lambda: [rep._build_chain() for rep in reports])
    units = Dept._kedudukan_units(company)
    options = env["asn.kedudukan.policy"]._for_company(company)._all_options()
    inputs = [(rep.penugasan_id.owning_unit_id.id or rep.submitter_id.department_id.id,
               rep.submitter_id.id) for rep in reports]
    _, t_rules, _q = measure(lambda: [review.review_chain(units, start, options,
                                                          submitter_id=sub)
                                      for start, sub in inputs])
    reset()
    row(f"f. review chains of all {len(reports)} reports", f"{ms(t_chain)}, {q_chain} q",
        f"rules.review.review_chain alone: {ms(t_rules)}", f"{t_chain / t_rules:.2f}", "")


ONLY = os.environ.get("BENCH_ONLY", "abcdef")
state = {}
for key, fn in (("a", bench_a), ("b", bench_b), ("c", bench_c), ("d", bench_d), ("e", bench_e),
                ("f", bench_f)):
    if key in ONLY:
        log(fn.__doc__.splitlines()[0])
        fn(state)

# -- the table -----------------------------------------------------------------------------------
cr.execute("SHOW server_version")
pg = cr.fetchone()[0]
print(f"\nBench: {NAME} ({n_emp} employees), PostgreSQL {pg}, {os.cpu_count()} CPUs")
header = ("measure", "value", "floor / reference", "ratio", "target")
widths = [max(len(str(r[i])) for r in [header, *ROWS]) for i in range(5)]
for line in [header, tuple("-" * w for w in widths), *ROWS]:
    print("| " + " | ".join(str(c).ljust(w) for c, w in zip(line, widths, strict=True)) + " |")
reset()
