"""Issue 11, items 5 and 6: two clicks at once give one result; what users type stays in bounds.

The races run in two real transactions (``registry.cursor()``) on committed data of their own:
both start (take their REPEATABLE READ snapshot) before either writes, the first commits, and
the second, whose snapshot cannot see the first one's row, goes through Odoo's request wrapper
(``odoo.service.model.retrying``: retries serialization failures, turns constraint violations
into a ValidationError), as an RPC call would.
"""

import math
from contextlib import closing
from datetime import date
from datetime import timedelta

from odoo import SUPERUSER_ID
from odoo import api
from odoo.exceptions import UserError
from odoo.exceptions import ValidationError
from odoo.service.model import retrying
from odoo.tests import TransactionCase
from odoo.tests import tagged
from odoo.tools import mute_logger
from psycopg2 import IntegrityError

from ..rules import kedudukan
from ..rules import kinerja as k
from .test_kinerja import KinerjaCase


@tagged("post_install", "-at_install")
class TestTrustRaces(TransactionCase):
    """Item 5: one performance record, delegation and recommendation per employee and period,
    one letter sequence per PD, even when two requests create them at the same moment."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.year = date.today().year
        with cls.committed() as env:
            company = env.ref("base.main_company")
            Dept = env["hr.department"]
            pd = Dept.create({
                "name": "Dinas Uji Balapan", "unit_kind": "dinas", "is_perangkat_daerah": True,
                "kode_surat": "BALAP", "company_id": company.id,
            })
            bidang = Dept.create({
                "name": "Bidang Uji Balapan", "unit_kind": "bidang", "parent_id": pd.id,
                "company_id": company.id, "ppk_mode": kedudukan.PD_HEAD,
                "puo_mode": kedudukan.UNIT_HEAD,
            })

            def person(name, unit, jabatan):
                return env["hr.employee"].create({
                    "name": name, "department_id": unit.id, "jabatan_type": jabatan,
                    "company_id": company.id,
                })

            kadis = person("Kadis Balapan", pd, "jpt_pratama")
            pd.manager_id = kadis
            kabid = person("Kabid Balapan", bidang, "administrator")
            bidang.manager_id = kabid
            staff = person("Staf Balapan", bidang, "pelaksana")
            # The staff's running record, for the recommendations of the PUO (R5).
            record = env["asn.kinerja"].create({
                "employee_id": staff.id, "date_start": date(cls.year, 1, 1),
                "date_end": date(cls.year, 12, 31),
            })
            record.write({"state": k.IN_PROGRESS})
            cls.ids = {
                "pd": pd.id, "bidang": bidang.id, "kadis": kadis.id, "kabid": kabid.id,
                "staff": staff.id, "record": record.id,
            }
        cls.addClassCleanup(cls.remove_committed)

    @classmethod
    def committed(cls):
        """A cursor of its own, committed at the end of the ``with`` block."""
        return _CommittedEnv(cls.registry)

    @classmethod
    def remove_committed(cls):
        with cls.committed() as env:
            emps = env["hr.employee"].browse(
                [cls.ids[key] for key in ("kadis", "kabid", "staff")]
            ).exists()
            env["asn.kinerja"].search([("employee_id", "in", emps.ids)]).unlink()
            env["asn.delegasi.penilaian"].search([("employee_id", "in", emps.ids)]).unlink()
            env["ir.sequence"].search([("code", "=", "asn.letter.pd.%s" % cls.ids["pd"])]).unlink()
            partners = emps.work_contact_id
            emps.unlink()
            partners.exists().unlink()
            env["hr.department"].browse([cls.ids["bidang"], cls.ids["pd"]]).exists().unlink()

    def race(self, make):
        """``make(env)`` in two transactions that both start before either writes; the first
        commits; the second runs as a request would. Returns both results (an error for the
        second when it was refused)."""
        with closing(self.registry.cursor()) as cr1, closing(self.registry.cursor()) as cr2:
            env1 = api.Environment(cr1, SUPERUSER_ID, {})
            env2 = api.Environment(cr2, SUPERUSER_ID, {})
            cr1.execute("SELECT 1")  # both snapshots start here, before either write
            cr2.execute("SELECT 1")
            first = make(env1)
            cr1.commit()
            try:
                with mute_logger("odoo.sql_db", "odoo.service.model"):
                    second = retrying(lambda: make(env2), env2)
            except ValidationError as err:
                second = err
        return first, second

    def count(self, model, domain):
        with self.committed() as env:
            return env[model].search_count(domain)

    def test_one_performance_record_per_period(self):
        """Two creates of the Kabid's record for overlapping periods at once: one is kept, the
        other refused with the constraint's message."""
        kabid = self.ids["kabid"]
        periods = iter([(date(self.year, 1, 1), date(self.year, 12, 31)),
                        (date(self.year, 3, 1), date(self.year, 8, 31))])

        def make(env):
            start, end = next(periods)
            return env["asn.kinerja"].create({
                "employee_id": kabid, "date_start": start, "date_end": end,
            }).id

        _first, second = self.race(make)
        self.assertIsInstance(second, ValidationError, "a second record for the same period")
        self.assertIn("one performance record per period", str(second))
        self.assertEqual(self.count("asn.kinerja", [("employee_id", "=", kabid)]), 1)

    def test_one_delegation_per_period(self):
        """Two delegations of the staff's appraisal for overlapping periods at once (R7)."""
        staff, kabid = self.ids["staff"], self.ids["kabid"]
        start = date.today() + timedelta(days=400)  # scheduled, not running: no recompute
        ends = iter([start + timedelta(days=60), start + timedelta(days=90)])

        def make(env):
            return env["asn.delegasi.penilaian"].create({
                "employee_id": staff, "delegate_id": kabid, "date_from": start,
                "date_to": next(ends), "reason": "Tugas belajar", "decree_number": "800/BALAP",
            }).id

        _first, second = self.race(make)
        self.assertIsInstance(second, ValidationError, "a second delegation for the period")
        self.assertIn("one appraisal delegation per period", str(second))
        self.assertEqual(
            self.count("asn.delegasi.penilaian", [("employee_id", "=", staff)]), 1
        )

    def test_one_recommendation_per_recommender_role_team(self):
        """The PUO sends his recommendation (no team) twice at once: one is kept (R5)."""
        record, kabid = self.ids["record"], self.ids["kabid"]

        def make(env):
            return env["asn.kinerja.rekomendasi"].create({
                "kinerja_id": record, "author_id": kabid, "role": k.PUO,
                "rating_hasil_kerja": k.ABOVE, "rating_perilaku": k.AS_EXPECTED,
                "note": "Kontribusi besar",
            }).id

        _first, second = self.race(make)
        self.assertIsInstance(second, ValidationError, "a second recommendation")
        self.assertIn("One recommendation per recommender", str(second))
        self.assertEqual(
            self.count("asn.kinerja.rekomendasi", [("kinerja_id", "=", record)]), 1
        )

    def test_first_letters_of_a_new_pd(self):
        """The first two letters of a new PD at once: one sequence, two numbers (R15)."""
        pd = self.ids["pd"]
        today = date.today()

        def make(env):
            return env["hr.department"].browse(pd)._asn_next_letter_number(today)

        first, second = self.race(make)
        self.assertEqual(first, "800.1/001/BALAP/%s" % today.year)
        self.assertEqual(second, "800.1/002/BALAP/%s" % today.year)
        self.assertEqual(self.count("ir.sequence", [("code", "=", "asn.letter.pd.%s" % pd)]), 1)


class _CommittedEnv:
    """``with _CommittedEnv(registry) as env``: a superuser env on a new cursor, committed and
    closed at the end (rolled back on an error)."""

    def __init__(self, registry):
        self.cr = registry.cursor()

    def __enter__(self):
        return api.Environment(self.cr, SUPERUSER_ID, {})

    def __exit__(self, exc_type, exc, tb):
        return self.cr.__exit__(exc_type, exc, tb)


@tagged("post_install", "-at_install")
class TestTrustLetterNumbers(KinerjaCase):
    """Item 5: a letter number is issued once per government; demo letters move the sequence."""

    def test_letter_number_unique_per_company(self):
        """Two individual assignments cannot carry the same letter number; team assignments
        carried by their team's decree (SK Tim Kerja) all print its number and are left out."""
        vals = {"employee_id": self.staff_a.id, "description": "Rekap", "date_end": self.end}
        one, two = self.Penugasan.sudo().create([vals, vals])
        one.write({"letter_number": "800.1/007/DINKES/%s" % self.year})
        with mute_logger("odoo.sql_db"), self.assertRaises(IntegrityError), self.cr.savepoint():
            two.write({"letter_number": one.letter_number})
            two.flush_recordset()
        team = self.env["asn.tim.kerja"].create({
            "name": "Tim Data", "kind": "insidental", "owning_unit_id": self.bidang_a.id,
            "date_end": self.end, "mandate": "Data",
        })
        team_vals = dict(vals, tim_kerja_id=team.id, letter_type="sk_tim_kerja",
                         letter_number="800.1/008/DINKES/%s" % self.year)
        self.Penugasan.sudo().create([team_vals, dict(team_vals, employee_id=self.jf_b.id)])
        self.env.flush_all()

    def test_demo_letters_advance_the_sequence(self):
        """The demo numbers its letters by hand; the next real letter of that PD is new."""
        dinkes = self.env.ref("sistem_kerja_asn.dept_dinkes", raise_if_not_found=False)
        if not dinkes:
            self.skipTest("demo data not installed")
        taken = set()
        for row in self.env["asn.penugasan"].sudo().search_read(
            [("company_id", "=", dinkes.company_id.id)], ["letter_number", "request_number"]
        ):
            taken |= {row["letter_number"], row["request_number"]}
        taken |= set(self.env["asn.tim.kerja"].sudo().search(
            [("company_id", "=", dinkes.company_id.id)]
        ).mapped("decree_number"))
        self.assertIn("800.1/001/DINKES/%s" % (date.today() - timedelta(days=10)).year, taken)
        number = dinkes._asn_next_letter_number(date.today())
        self.assertNotIn(number, taken)


@tagged("post_install", "-at_install")
class TestTrustBounds(KinerjaCase):
    """Item 6: dates, lengths, hours, deadlines and people users type are refused out of
    bounds, on the server (as an RPC call sends them)."""

    def refused(self, func, exc=ValidationError, regex=None):
        with self.subTest(regex=regex), self.assertRaisesRegex(exc, regex or ""), \
                self.cr.savepoint():
            func()
            self.env.flush_all()

    def assignment(self, **vals):
        return self.Penugasan.with_user(self.u(self.kabid_a)).create({
            "employee_id": self.staff_a.id, "description": "Rekap data", "date_end": self.end,
            **vals,
        })

    def test_dates_from_1900_to_2099(self):
        """A date typed with a slip of the year (0201, 1850, 2999) is refused on every model."""
        Team = self.env["asn.tim.kerja"]  # the decree's date: as the engine would write it
        slip = "1900 to 2099"
        self.refused(lambda: self.assignment(date_start=date(1850, 1, 1),
                                             date_end=date(1850, 2, 1)), regex=slip)
        self.refused(lambda: self.new_record(self.staff_a, date_start=date(201, 1, 1),
                                             date_end=date(201, 12, 31)), regex=slip)
        self.refused(lambda: Team.create({
            "name": "Tim", "kind": "insidental", "owning_unit_id": self.bidang_a.id,
            "date_start": date(self.year, 1, 1), "date_end": date(self.year, 12, 31),
            "decree_date": date(1066, 10, 14), "mandate": "Data",
        }), regex=slip)
        self.refused(lambda: self.env["asn.delegasi.penilaian"].create({
            "employee_id": self.staff_a.id, "delegate_id": self.kabid_b.id,
            "date_from": date.today(), "date_to": date.today() + timedelta(days=30),
            "decree_date": date(2999, 1, 1), "reason": "Cuti", "decree_number": "800/1",
        }), regex=slip)

    def test_period_lengths(self):
        """A performance period within one calendar year (R34); an assignment, a special team
        and a delegation at most five years."""
        today = date.today()
        self.refused(lambda: self.new_record(self.staff_a, date_start=date(self.year, 6, 1),
                                             date_end=date(self.year + 1, 5, 31)),
                     regex="one calendar year")
        self.refused(lambda: self.assignment(date_end=today + timedelta(days=3653)),
                     regex="longer than 5 years")
        self.refused(lambda: self.env["asn.tim.kerja"].with_user(self.u(self.kabid_a)).create({
            "name": "Tim", "kind": "insidental", "owning_unit_id": self.bidang_a.id,
            "date_end": today + timedelta(days=3653), "mandate": "Data",
        }), regex="longer than 5 years")
        self.refused(lambda: self.env["asn.delegasi.penilaian"].create({
            "employee_id": self.staff_a.id, "delegate_id": self.kabid_b.id,
            "date_from": today, "date_to": today + timedelta(days=3653),
            "reason": "Cuti", "decree_number": "800/1",
        }), regex="longer than 5 years")
        self.assignment(date_end=today + timedelta(days=365))  # a year is fine

    def test_hours_nan_infinite_negative(self):
        """Hours worked in a week are a number from 0 to 168 (R36, R37): NaN, infinite and
        negative values sent through the API are refused for every kind of note."""
        rec = self.new_record(self.staff_a, parent=self.e_kadis)
        self.walk_to_in_progress(rec, self.kabid_a)
        Note = self.env["asn.kinerja.catatan"].with_user(self.u(self.staff_a))
        for kind, hours in (("overtime", math.nan), ("evidence", math.inf),
                            ("checkin", -3.0), ("evidence", math.nan)):
            self.refused(lambda kind=kind, hours=hours: Note.create({
                "kinerja_id": rec.id, "kind": kind, "hours_worked": hours, "body": "Lembur",
            }), regex="hours")
        note = Note.create({"kinerja_id": rec.id, "kind": "overtime", "hours_worked": 43.5,
                            "body": "Lembur"})
        self.assertEqual(note.overtime_hours, 6.0)

    def test_notes_inside_the_period(self):
        """A timeline note lies inside its record's period, also when the period changes."""
        rec = self.new_record(self.staff_a, parent=self.e_kadis,
                              date_start=date(self.year, 1, 1), date_end=date(self.year, 12, 31))
        Note = self.env["asn.kinerja.catatan"].with_user(self.u(self.kabid_a))
        self.refused(lambda: Note.create({
            "kinerja_id": rec.id, "date": date(self.year + 1, 3, 1), "body": "Umpan balik",
        }), regex="outside its performance period")
        Note.create({"kinerja_id": rec.id, "date": date(self.year, 11, 1), "body": "Baik"})
        self.refused(lambda: self.by(rec, self.staff_a).write({"date_end": date(self.year, 6, 30)}),
                     regex="outside its performance period")

    def test_request_report_deadline(self):
        """R31: ``action_request_report`` is callable by RPC with any argument: a whole number
        of days from 1 to 90 only."""
        rec = self.assignment()
        self.by(rec, self.kabid_a).action_issue_letter()
        puo = rec.with_user(self.u(self.kabid_a))
        for days in (-5, 0, 91, 10**9, 3.5, "7", None, [7]):
            self.refused(lambda days=days: puo.action_request_report(deadline_days=days),
                         exc=UserError, regex="1 to 90")
        self.assertTrue(puo.action_request_report(deadline_days=3))

    def test_assignment_only_for_a_civil_servant(self):
        """The form's domain offers civil servants only; the server refuses anyone else too."""
        guest = self.Emp.create({
            "name": "Tenaga Tamu", "department_id": self.bidang_a.id, "company_id": self.company.id,
        })
        self.refused(lambda: self.assignment(employee_id=guest.id), regex="position class")
        rec = self.assignment()
        self.refused(lambda: rec.sudo().write({"employee_id": guest.id}), regex="position class")
        self.refused(lambda: self.env["asn.tim.kerja"].create({
            "name": "Tim", "kind": "insidental", "owning_unit_id": self.bidang_a.id,
            "date_end": self.end, "mandate": "Data",
            "member_ids": [(0, 0, {"employee_id": guest.id, "role": "anggota"})],
        }), regex="position class")
