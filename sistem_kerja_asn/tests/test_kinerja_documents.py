import base64
import io
from datetime import date

import openpyxl
from odoo.exceptions import AccessError
from odoo.exceptions import UserError
from odoo.tests import HttpCase
from odoo.tests import new_test_user
from odoo.tests import tagged
from odoo.tools import mute_logger

from .test_penugasan import PenugasanCase

NOT_RATED = ["Sangat Baik", "Baik", "Butuh Perbaikan", "Kurang/Misconduct", "Sangat Kurang",
             "Not rated", "Total"]


class KinerjaDocumentsCase(PenugasanCase):
    """The Dinas of PenugasanCase and the Sekretariat Daerah, with one performance record of this
    year per person in a known mix of states and predikat (put there as superuser: the flows are
    tested in test_kinerja)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Kinerja = cls.env["asn.kinerja"]
        cls.year = date.today().year
        cls.staff_b = cls.person("Staf B", cls.bidang_b, "pelaksana")
        # R36, R37 (issue 13): the duty comes from the calendar: 37 h 30 min (DPS Ps 17(1)).
        r37 = cls.env.ref("sistem_kerja_asn.resource_calendar_dps_r37")
        cls.Emp.search([("company_id", "=", cls.company.id)]).resource_calendar_id = r37
        cls.staff_a.nip = "198501012010011001"
        cls.hr_daerah = new_test_user(
            cls.env, login="hr_daerah_docs", company_id=cls.company.id,
            company_ids=[(6, 0, [cls.company.id])],
            groups="base.group_user,sistem_kerja_asn.group_admin_daerah",
        )
        cls.rec_kadis = cls.record(cls.kadis, "final", ("above", "above"), cls.kadis.ppk_id)
        cls.rec_kabid_a = cls.record(cls.kabid_a, "rated", ("above", "as_expected"), cls.kadis)
        cls.rec_staff_a = cls.record(
            cls.staff_a, "final", ("below", "below"), cls.kabid_a,
            parent=cls.rec_kabid_a.expectation_ids,
            objection=("as_expected", "below"),
        )
        # Ratings typed in but not yet given: not rated.
        cls.rec_kabid_b = cls.record(cls.kabid_b, "in_progress", ("below", "above"), None)
        cls.rec_jf_b = cls.record(cls.jf_b, "draft", None, None)
        cls.rec_staff_b = cls.record(cls.staff_b, "final", ("below", "below"), cls.kabid_b)
        cls.rec_sekda = cls.record(cls.sekda, "final", ("below", "as_expected"), None)
        cls.rec_staff_a.note_ids = [
            (0, 0, {"kind": "follow_up", "follow_up_type": "development",
                    "body": "Pelatihan analisis data", "author_id": cls.kabid_a.id}),
            (0, 0, {"kind": "overtime", "hours_worked": 45.0, "body": "Lembur pelaporan",
                    "author_id": cls.kabid_a.id}),
            (0, 0, {"kind": "feedback", "body": "Umpan balik biasa",
                    "author_id": cls.kabid_a.id}),
        ]

    @classmethod
    def record(cls, emp, state, ratings, rater, parent=None, objection=None):
        rec = cls.Kinerja.create({
            "employee_id": emp.id,
            "expectation_ids": [(0, 0, {
                "name": "Hasil kerja %s" % emp.name, "indicator": "Indikator %s" % emp.name,
                "target": "100%", "achievement": "90%" if ratings else False,
                "parent_id": parent.id if parent else False,
            })],
        })
        vals = {"state": state}
        if ratings:
            vals.update(rating_hasil_kerja=ratings[0], rating_perilaku=ratings[1],
                        rating_note="Catatan penilaian %s" % emp.name)
        if state in ("rated", "final"):
            vals.update(rater_id=rater.id if rater else False, rated_date=date(cls.year, 12, 20))
        if objection:
            vals.update(
                objection_state="decided", objection_reason="Bukti belum dipertimbangkan",
                objection_answer="Keberatan diterima sebagian",
                objection_hasil_kerja=objection[0], objection_perilaku=objection[1],
                objection_decider_id=emp.atasan_ppk_id.id,
            )
        rec.sudo().write(vals)
        return rec

    def as_user(self, model, user):
        return model.with_user(user).with_context(allowed_company_ids=user.company_ids.ids)


@tagged("post_install", "-at_install")
class TestKinerjaDocuments(KinerjaDocumentsCase):
    """The predikat recap (XLSX) per unit, per PD and per employee, within the record rules."""

    def wizard(self, user=None, **vals):
        model = self.env["asn.kinerja.recap.wizard"]
        if user:
            model = self.as_user(model, user)
        return model.create({"year": self.year, "company_id": self.company.id, **vals})

    def export(self, wizard):
        action = wizard.action_export()
        self.assertEqual(action["type"], "ir.actions.act_url")
        self.assertIn("model=asn.kinerja.recap.wizard&id=%s&field=file_data" % wizard.id,
                      action["url"])
        self.assertTrue(wizard.file_name.endswith(".xlsx"))
        book = openpyxl.load_workbook(io.BytesIO(base64.b64decode(wizard.file_data)))
        self.assertEqual(book.sheetnames, ["Distribution", "Per Unit", "Per PD", "Detail"])
        return {
            name: [["" if v is None else v for v in row]
                   for row in book[name].iter_rows(values_only=True)]
            for name in book.sheetnames
        }

    def test_the_mix(self):
        # RULES.md §E: (as expected, below) is Kurang/Misconduct, (below, as expected) is Butuh
        # Perbaikan.
        self.assertEqual(self.rec_staff_a.predikat, "kurang")
        self.assertEqual(self.rec_sekda.predikat, "butuh_perbaikan")
        sheets = self.export(self.wizard())
        self.assertEqual(sheets["Per Unit"], [
            ["Regional Agency (PD)", "Unit", *NOT_RATED],
            ["Dinas Kesehatan", "Bidang A", 0, 1, 0, 1, 0, 0, 2],
            ["Dinas Kesehatan", "Bidang B", 0, 0, 0, 0, 1, 2, 3],
            ["Dinas Kesehatan", "Dinas Kesehatan", 1, 0, 0, 0, 0, 0, 1],
            ["Sekretariat Daerah", "Sekretariat Daerah", 0, 0, 1, 0, 0, 0, 1],
        ])
        self.assertEqual(sheets["Per PD"], [
            ["Regional Agency (PD)", *NOT_RATED],
            ["Dinas Kesehatan", 1, 1, 0, 1, 1, 2, 6],
            ["Sekretariat Daerah", 0, 0, 1, 0, 0, 0, 1],
            ["Total", 1, 1, 1, 1, 1, 2, 7],
        ])
        detail = sheets["Detail"]
        self.assertEqual(detail[0], [
            "Employee", "NIP", "Position", "Unit", "Regional Agency (PD)", "State",
            "Work Results", "Work Behaviour", "Predikat", "Rated By",
        ])
        self.assertEqual([row[0] for row in detail[1:]], [
            "Kabid A", "Staf A", "JF B", "Kabid B", "Staf B", "Kepala Dinas", "Sekda",
        ])
        rows = {row[0]: row for row in detail[1:]}
        # After the objection: the atasan PPK's ratings and predikat.
        self.assertEqual(rows["Staf A"], [
            "Staf A", "198501012010011001", self.staff_a._asn_position_title(), "Bidang A",
            "Dinas Kesehatan", "Final", "As expected", "Below expectation", "Kurang/Misconduct",
            "Kabid A",
        ])
        self.assertEqual(rows["JF B"], [
            "JF B", "199307252019032008", self.jf_b._asn_position_title(), "Bidang B",
            "Dinas Kesehatan", "Draft", "-", "-", "-", "-",
        ])
        # Ratings typed in while the period runs are not a predikat yet.
        self.assertEqual(rows["Kabid B"][5:], ["In progress", "-", "-", "-", "-"])
        self.assertEqual(rows["Sekda"][5:],
                         ["Final", "Below expectation", "As expected", "Butuh Perbaikan", "-"])

    def test_rows_helper_and_filters(self):
        wizard = self.wizard()
        rows = wizard._recap_rows(self.Kinerja.search([("company_id", "=", self.company.id)]))
        self.assertEqual(rows["total"], ["Total", 1, 1, 1, 1, 1, 2, 7])
        self.assertEqual(rows["per_pd"][1], ["Sekretariat Daerah", 0, 0, 1, 0, 0, 0, 1])
        self.assertEqual(len(rows["detail"]), 7)
        self.assertEqual(wizard._recap_rows(self.Kinerja)["total"], ["Total"] + [0] * 7)
        final = self.export(self.wizard(only_final=True))
        self.assertEqual(final["Per PD"][-1], ["Total", 1, 0, 1, 1, 1, 0, 4])
        setda = self.export(self.wizard(perangkat_daerah_id=self.setda.id))
        self.assertEqual(setda["Per PD"][1:], [["Sekretariat Daerah", 0, 0, 1, 0, 0, 0, 1],
                                              ["Total", 0, 0, 1, 0, 0, 0, 1]])
        self.assertEqual([r[0] for r in setda["Detail"][1:]], ["Sekda"])

    def test_nothing_matches(self):
        wizard = self.wizard(year=self.year - 30)
        with self.assertRaisesRegex(UserError, "No performance record matches"):
            wizard.action_export()
        self.assertFalse(wizard.file_data)

    def test_record_rules_decide(self):
        """Each user gets the records they may read, and an employee only their own."""
        others = self.Kinerja.search([("company_id", "=", self.company.id)])
        for emp in (self.staff_a, self.jf_b, self.kabid_a, self.kadis):
            user = self.u(emp)
            visible = self.as_user(self.Kinerja, user).search(
                [("year", "=", self.year), ("company_id", "=", self.company.id)]
            )
            sheets = self.export(self.wizard(user))
            names = sorted(row[0] for row in sheets["Detail"][1:])
            self.assertEqual(names, sorted(visible.sudo().employee_id.mapped("name")), emp.name)
            self.assertEqual(sheets["Per PD"][-1][-1], len(visible), emp.name)
        for emp in (self.staff_a, self.jf_b):
            sheets = self.export(self.wizard(self.u(emp)))
            self.assertEqual([row[0] for row in sheets["Detail"][1:]], [emp.name],
                             "%s sees only their own record" % emp.name)
            visible = self.as_user(self.Kinerja, self.u(emp)).search([])
            self.assertFalse(visible.sudo().employee_id - emp,
                             "%s reads a record of another employee" % emp.name)
        # The Kabid reads the records of Bidang A (PPK and unit leader), not Bidang B's.
        sheets = self.export(self.wizard(self.u(self.kabid_a)))
        names = {row[0] for row in sheets["Detail"][1:]}
        self.assertIn("Staf A", names)
        self.assertFalse(names & {"JF B", "Staf B", "Kabid B", "Sekda"})
        # The regional HR office sees them all.
        sheets = self.export(self.wizard(self.hr_daerah))
        self.assertEqual(sheets["Per PD"][-1], ["Total", 1, 1, 1, 1, 1, 2, 7])
        self.assertEqual(len(others), 7)


@tagged("post_install", "-at_install")
class TestKinerjaDocumentsReport(KinerjaDocumentsCase, HttpCase):
    """The evaluation document: the people, the expected results, the predikat and the
    objection; a real PDF where wkhtmltopdf is installed."""

    report = "sistem_kerja_asn.report_asn_kinerja"

    def html(self, recs, user=None):
        Report = self.env["ir.actions.report"]
        if user:
            Report = self.as_user(Report, user)
        return Report._render_qweb_html(self.report, recs.ids)[0].decode()

    def test_document_html(self):
        html = self.html(self.rec_staff_a)
        for text in ("Staf A", "198501012010011001", "Kabid A", "Kepala Dinas",
                     "Hasil kerja Staf A", "Indikator Staf A", "Hasil kerja Kabid A",
                     "Kurang/Misconduct", "Below expectation", "As expected",
                     "Catatan penilaian Staf A", "Bukti belum dipertimbangkan",
                     "Keberatan diterima sebagian", "Pelatihan analisis data", "7,5",
                     "Employee Performance Evaluation Document", "Bidang A"):
            self.assertIn(text, html)
        self.assertNotIn("Umpan balik biasa", html)
        # A draft has no rating: dashes, and no objection section.
        html = self.html(self.rec_jf_b)
        for text in ("JF B", "199307252019032008", "Hasil kerja JF B"):
            self.assertIn(text, html)
        for text in ("Butuh Perbaikan", "Kurang/Misconduct", "Sangat Baik", "Keberatan",
                     "Objection"):
            self.assertNotIn(text, html)
        # The ratings typed in while the period runs are not printed.
        html = self.html(self.rec_kabid_b)
        self.assertNotIn("Kurang", html)
        self.assertNotIn("Above expectation", html)

    def test_document_access(self):
        """The employee prints their own document (with the NIP an HR clerk reads); another
        employee cannot print it."""
        html = self.html(self.rec_staff_a, self.u(self.staff_a))
        self.assertIn("198501012010011001", html)
        self.assertIn("Kurang/Misconduct", html)
        self.env.invalidate_all()
        with self.assertRaises(Exception) as caught:
            self.html(self.rec_staff_a, self.u(self.jf_b))
        # QWeb wraps the error of the template in a QWebException.
        error = caught.exception
        self.assertIsInstance(error if isinstance(error, AccessError) else error.__cause__,
                              AccessError)

    def test_document_pdf(self):
        Report = self.env["ir.actions.report"]
        action = self.env.ref("sistem_kerja_asn.action_report_asn_kinerja")
        self.assertEqual(action.binding_model_id.model, "asn.kinerja")
        # (discard_logo_check: no external layout to configure, the letter has its own kop)
        printed = self.rec_staff_a.with_context(discard_logo_check=True).action_print()
        self.assertEqual(printed["report_name"], self.report)
        if Report.get_wkhtmltopdf_state() != "ok":
            self.skipTest("wkhtmltopdf is not installed")
        # wkhtmltopdf fetches the assets from this test server, not from web.base.url
        self.env["ir.config_parameter"].sudo().set_param("report.url", self.base_url())
        # Debian's wkhtmltopdf warns that its Qt is unpatched: environment, not addon.
        with mute_logger("odoo.addons.base.models.ir_actions_report"):
            pdf, kind = Report.with_context(force_report_rendering=True)._render_qweb_pdf(
                self.report, (self.rec_staff_a | self.rec_jf_b | self.rec_kadis).ids
            )
        self.assertEqual(kind, "pdf")
        self.assertTrue(pdf.startswith(b"%PDF"))
