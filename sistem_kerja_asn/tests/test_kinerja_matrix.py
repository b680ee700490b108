import base64
import io
import subprocess
import zipfile
from datetime import date

from odoo.exceptions import AccessError
from odoo.exceptions import UserError
from odoo.tests import HttpCase
from odoo.tests import new_test_user
from odoo.tests import tagged
from odoo.tools import mute_logger

from ..rules import kinerja as k
from .test_kinerja import KinerjaCase

try:
    import openpyxl
except ImportError:  # pragma: no cover - the XLSX is then read as a zip
    openpyxl = None

# Where the rendered documents are left to be looked at (issue 15: "documents rendered and
# looked at").
PDF_DIR = "/tmp/dev"


class MatrixCase(KinerjaCase):
    """Bidang A of the Dinas (KinerjaCase) sharing out its head's two results for the year
    through two work teams, one individual assignment and the staff's own RHK:

    - the Kabid's RHK R1 "cakupan imunisasi" and R2 "stunting" support the Kepala Dinas's (R35);
    - team T1 (ketua Staf A, anggota Staf A2 and JF B of Bidang B) works on R1: Staf A's own RHK
      supports R1 and names T1;
    - team T2 (ketua JF A, anggota Staf A) works on R2: JF A's own RHK supports R2 and names T2;
    - Staf A2 is assigned alone (a surat tugas, R16) to work his RHK supporting R2;
    - what must not count: a dissolved team (ketua Kabid B) named by Staf A2's RHK, a refused
      individual assignment and a team assignment (form tim) named by Staf A's RHK.
    Everything is entered by the people concerned, as in use; the teams are established and the
    assignment delivered through their flows."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.staff_a2 = cls.person("Staf A2", cls.bidang_a, "pelaksana")
        cls.jf_a = cls.person("JF A", cls.bidang_a, "fungsional", "ahli_pertama")
        cls.staff_a.nip = "198501012010011001"
        for emp in (cls.staff_a2, cls.jf_a):
            cls.user_for(emp)
        cls.env.flush_all()
        cls.rec_kabid = cls.new_record_cls(cls.kabid_a, [
            ("Meningkatnya cakupan imunisasi dasar lengkap", cls.e_kadis),
            ("Menurunnya prevalensi stunting balita", cls.e_kadis),
        ])
        cls.r1, cls.r2 = cls.rec_kabid.expectation_ids.sorted("id")
        cls.t1 = cls.team("Tim Imunisasi", cls.staff_a, [cls.staff_a2, cls.jf_b])
        cls.t2 = cls.team("Tim Gizi", cls.jf_a, [cls.staff_a])
        cls.t3 = cls.team("Tim Lama", cls.kabid_b, [cls.staff_a2], establish=False)
        cls.t3.sudo().write({"state": "dissolved"})
        cls.task = cls.assignment(cls.staff_a2, "Rekap data gizi balita")
        cls.refused = cls.Penugasan.with_user(cls.users[cls.kabid_a.id]).create({
            "employee_id": cls.staff_a.id, "description": "Tugas yang ditolak",
            "date_end": cls.end,
        })
        cls.refused.sudo().write({"state": "refused"})
        team_task = cls.t1.penugasan_ids.filtered(lambda p: p.employee_id == cls.staff_a)
        cls.rec_staff_a = cls.new_record_cls(
            cls.staff_a, [("Terlaksananya imunisasi dasar di desa", cls.r1)],
            tim_kerja_ids=cls.t1.ids, penugasan_ids=(team_task | cls.refused).ids,
        )
        cls.rec_jf_a = cls.new_record_cls(
            cls.jf_a, [("Tersusunnya kajian intervensi gizi", cls.r2)], tim_kerja_ids=cls.t2.ids,
        )
        cls.rec_staff_a2 = cls.new_record_cls(
            cls.staff_a2, [("Tersedianya rekap data gizi", cls.r2)],
            penugasan_ids=cls.task.ids, tim_kerja_ids=cls.t3.ids,
        )

    @classmethod
    def new_record_cls(cls, emp, rhks, **links):
        """The employee opens his record and writes his RHK, each supporting a superior's."""
        user = cls.users[emp.id]
        rec = cls.Kinerja.with_user(user).create({"employee_id": emp.id})
        Expectation = cls.env["asn.kinerja.expectation"].with_user(user)
        for name, parent in rhks:
            Expectation.create({
                "kinerja_id": rec.id, "name": name, "indicator": "Persentase",
                "target": "100%", "parent_id": parent.id,
            })
        if links:
            # The teams and assignments that deliver the result (asn.kinerja.expectation).
            rec.expectation_ids.sudo().write({
                field: [(6, 0, ids)] for field, ids in links.items()
            })
        return rec

    @classmethod
    def team(cls, name, ketua, anggota, establish=True):
        """The Kabid forms the team, proposes it, gives the decree; the other units' leaders
        consent (R17); established, each member is assigned (R22)."""
        kabid = cls.users[cls.kabid_a.id]
        team = cls.env["asn.tim.kerja"].with_user(kabid).create({
            "name": name, "kind": "rutin", "owning_unit_id": cls.bidang_a.id,
            "date_start": date(cls.year, 1, 2),
            "member_ids": [(0, 0, {"employee_id": ketua.id, "role": "ketua"})] + [
                (0, 0, {"employee_id": emp.id, "role": "anggota"}) for emp in anggota
            ],
        })
        if establish:
            team.action_propose()
            team.write({"decree_number": "800.1/%s/DINKES/%s" % (team.id, cls.year),
                        "decree_date": date(cls.year, 1, 2)})
            cls.give_consents(team)
            team.action_establish()
        return team.with_env(cls.env)

    @classmethod
    def assignment(cls, emp, description):
        """R16: the unit leader assigns directly; the employee acknowledges the letter."""
        rec = cls.Penugasan.with_user(cls.users[cls.kabid_a.id]).create({
            "employee_id": emp.id, "description": description, "date_end": cls.end,
        })
        rec.action_issue_letter()
        rec.with_user(cls.users[emp.id]).action_acknowledge()
        return rec.with_env(cls.env)

    def step(self):
        self.env.flush_all()
        self.env.invalidate_all()

    def wizard(self, user, unit=None, **vals):
        model = self.env["asn.kinerja.matrix.wizard"].with_user(user).with_context(
            allowed_company_ids=user.company_ids.ids)
        return model.create({"department_id": (unit or self.bidang_a).id, "year": self.year,
                             **vals})


@tagged("post_install", "-at_install")
class TestKinerjaMatrix(MatrixCase, HttpCase):
    """Issue 15, the Matriks Peran Hasil: who contributes which result of the unit, drawn from the
    teams (R22: "a team has a ketua and anggota"), the individual assignments (R29: "if the
    criteria are not met, assign individuals directly instead") and the cascade (R35:
    "strategic goals -> indicators -> targets, cascaded from the organisation to units and to
    each employee"); PermenPANRB 6/2022: the SKP and its evaluation on the national forms."""

    def grid(self, data):
        """{result name: {employee name: [role labels]}} of the cells with a role."""
        names = data["columns"].mapped("name")
        return {
            row["result"].name: {
                name: [label for label, _details in cell]
                for name, cell in zip(names, row["cells"], strict=True) if cell
            } for row in data["rows"]
        }

    def test_matrix_of_a_unit_with_two_teams(self):
        """Rows: the results of the unit's head (his RHK, R35); columns: the people with a role,
        the head first, then the unit's people, then the members from other units (JF B). In a
        cell: Pemilik Hasil for the head; Ketua Tim / Anggota Tim for the team working on the
        result (R22); Penugasan Individu for an individual assignment (R29); Intervensi for an
        RHK of the employee supporting the result (R35). A dissolved team, a refused assignment
        and a member's team assignment give no role of their own."""
        self.step()
        wizard = self.wizard(self.u(self.kabid_a))
        data = wizard._matrix_data()
        self.assertEqual(data["columns"].mapped("name"),
                         ["Kabid A", "JF A", "Staf A", "Staf A2", "JF B"])
        self.assertEqual([row["result"] for row in data["rows"]], [self.r1, self.r2])
        self.assertEqual(self.grid(data), {
            self.r1.name: {
                "Kabid A": ["Pemilik Hasil"],
                "Staf A": ["Ketua Tim", "Intervensi"],
                "Staf A2": ["Anggota Tim"],
                "JF B": ["Anggota Tim"],
            },
            self.r2.name: {
                "Kabid A": ["Pemilik Hasil"],
                "JF A": ["Ketua Tim", "Intervensi"],
                "Staf A": ["Anggota Tim"],
                "Staf A2": ["Penugasan Individu", "Intervensi"],
            },
        })
        # The cells name what gives the role: the team, the assignment, the supporting RHK.
        cells = dict(zip(data["columns"].mapped("name"), data["rows"][1]["cells"], strict=True))
        self.assertEqual(cells["JF A"], [("Ketua Tim", ["Tim Gizi"]),
                                         ("Intervensi", ["Tersusunnya kajian intervensi gizi"])])
        self.assertEqual(cells["Staf A2"][0], ("Penugasan Individu", [self.task.name]))
        # On screen: the same table.
        html = str(wizard.matrix_html)
        for text in ("Menurunnya prevalensi stunting balita", "Tim Imunisasi", "Pemilik Hasil",
                     "JF B", "Penugasan Individu"):
            self.assertIn(text, html)
        self.assertNotIn("Tim Lama", html)
        self.assertNotIn("Kabid B", html)
        # Never typed: a new member of the team is in the matrix at once.
        self.t2.sudo().member_ids = [(0, 0, {"employee_id": self.staff_a2.id, "role": "anggota"})]
        self.step()
        self.assertEqual(self.grid(wizard._matrix_data())[self.r2.name]["Staf A2"],
                         ["Anggota Tim", "Penugasan Individu", "Intervensi"])

    def test_matrix_xlsx(self):
        """The spreadsheet: the title, the unit, the period, the header row (the head's RHK, then
        a column per person), the roles, frozen below the header and right of the results."""
        self.step()
        wizard = self.wizard(self.u(self.kabid_a))
        action = wizard.action_export_xlsx()
        self.assertIn("model=asn.kinerja.matrix.wizard&id=%s&field=file_data" % wizard.id,
                      action["url"])
        self.assertTrue(wizard.file_name.endswith(".xlsx"))
        content = base64.b64decode(wizard.file_data)
        if openpyxl is None:
            strings = zipfile.ZipFile(io.BytesIO(content)).read("xl/sharedStrings.xml").decode()
            for text in ("MATRIKS PERAN HASIL", "Bidang A", "Ketua Tim", self.r2.name):
                self.assertIn(text, strings)
            return
        sheet = openpyxl.load_workbook(io.BytesIO(content)).active
        rows = [["" if v is None else v for v in row] for row in sheet.iter_rows(values_only=True)]
        self.assertEqual(rows[0][0], "MATRIKS PERAN HASIL")
        self.assertEqual(rows[1][:3], ["Unit Kerja", "", "Bidang A"])
        self.assertEqual(rows[3][2], "1 Januari - 31 Desember %s" % self.year)
        self.assertEqual(rows[5][:4], ["No", "Jenis", "Rencana Hasil Kerja Pimpinan",
                                       "Kabid A\nNIP -"])
        self.assertEqual(rows[5][5], "Staf A\nNIP 198501012010011001")
        self.assertEqual(rows[6][:3], [1, "Utama", self.r1.name])
        self.assertEqual(rows[6][3], "Pemilik Hasil")
        self.assertEqual(rows[6][5], "Ketua Tim: Tim Imunisasi\nIntervensi: "
                                     "Terlaksananya imunisasi dasar di desa")
        self.assertEqual(rows[7][4], "Ketua Tim: Tim Gizi\nIntervensi: "
                                     "Tersusunnya kajian intervensi gizi")
        self.assertEqual(rows[7][7], "")  # JF B has no part in R2
        self.assertEqual(sheet.freeze_panes, "D7")

    def test_matrix_who_may_draw_it(self):
        """The unit's head and the leaders above him (R5: the PUO follows his unit's work), the
        HR clerk of its PD and the regional HR office draw it; an employee, the head of another
        unit or the HR clerk of another PD get an AccessError, also through an existing wizard,
        its PDF or its XLSX."""
        self.step()
        for user in (self.u(self.kabid_a), self.u(self.kadis)):
            self.assertTrue(self.wizard(user)._matrix_data()["rows"])
        clerk = new_test_user(self.env, login="clerk_matrix",
                              groups="base.group_user,sistem_kerja_asn.group_admin_pd",
                              company_id=self.company.id, company_ids=[(6, 0, [self.company.id])])
        clerk.asn_admin_pd_ids = self.dinas
        self.assertEqual(len(self.wizard(clerk)._matrix_data()["rows"]), 2)
        other_clerk = new_test_user(
            self.env, login="clerk_matrix_setda",
            groups="base.group_user,sistem_kerja_asn.group_admin_pd",
            company_id=self.company.id, company_ids=[(6, 0, [self.company.id])])
        other_clerk.asn_admin_pd_ids = self.setda
        self.step()
        self.assertTrue(self.wizard(self.hr_daerah)._matrix_data()["rows"])
        for user in (self.u(self.staff_a), self.u(self.jf_b), self.u(self.kabid_b), other_clerk):
            with self.assertRaises(AccessError, msg=user.name), self.cr.savepoint():
                self.wizard(user)
        # The employee cannot pick the unit in the form either.
        staff_wizard = self.env["asn.kinerja.matrix.wizard"].with_user(self.u(self.staff_a)) \
            .new({"year": self.year})
        self.assertFalse(staff_wizard.allowed_department_ids)
        # A wizard of the Kabid, used by an employee: refused in the action and the report.
        wizard = self.wizard(self.u(self.kabid_a))
        self.step()
        as_staff = wizard.with_user(self.u(self.staff_a))
        with self.assertRaises(AccessError):
            as_staff.action_export_xlsx()
        with self.assertRaises(AccessError):
            as_staff.action_print_pdf()
        with self.assertRaises(AccessError):
            self.env["ir.actions.report"].with_user(self.u(self.staff_a))._render_qweb_html(
                "sistem_kerja_asn.report_asn_kinerja_matrix", wizard.ids)
        self.assertFalse(as_staff.matrix_html)
        with self.assertRaises(AccessError), self.cr.savepoint():
            self.wizard(self.u(self.kabid_a)).write({"department_id": self.bidang_b.id})

    def test_matrix_without_results(self):
        """The matrix shares out the head's results: none planned for the year, nothing to print
        (the screen says so)."""
        self.step()
        wizard = self.wizard(self.u(self.kabid_a), year=self.year - 1)
        self.assertIn("Belum ada Rencana Hasil Kerja", str(wizard.matrix_html))
        with self.assertRaisesRegex(UserError, "No work result plan"):
            wizard.action_export_xlsx()
        with self.assertRaisesRegex(UserError, "No work result plan"):
            wizard.action_print_pdf()

    # -- the SKP and the evaluation on the national forms ----------------------------------------

    def fill_skp(self):
        """Staf A's SKP planned, agreed and evaluated, rated Sangat Baik (the flows are tested in
        TestSkp; written here as superuser)."""
        rec = self.rec_staff_a.sudo()
        rhk = rec.expectation_ids
        rhk.indicator_ids = [
            (0, 0, {"name": "Desa terlayani imunisasi", "aspect": "kuantitas", "target": 12,
                    "unit": "desa", "realisation": 14}),
            (0, 0, {"name": "Waktu penyelesaian", "aspect": "waktu", "target": 12,
                    "unit": "bulan", "realisation": 10.5}),
        ]
        self.env["asn.kinerja.expectation"].sudo().create({
            "kinerja_id": rec.id, "kind": "tambahan", "name": "Menjadi narasumber posyandu",
            "indicator": "Kegiatan", "target": "2 kegiatan", "achievement": "3 kegiatan",
        })
        rec.behaviour_ids[0].write({"expectation": "Menanggapi keluhan warga dalam 1 hari",
                                    "feedback": "Keluhan selalu dijawab di hari yang sama"})
        self.env["asn.kinerja.evaluation"].sudo().create({
            "kinerja_id": rec.id, "name": "Triwulan I", "date": date(self.year, 3, 31),
            "rating_hasil_kerja": k.ABOVE, "rating_perilaku": k.ABOVE,
            "line_ids": [(0, 0, {"expectation_id": rhk.id, "realisation": "4 desa",
                                 "feedback": "Melampaui target triwulan"})],
        })
        rec.write({"state": k.RATED, "rating_hasil_kerja": k.ABOVE, "rating_perilaku": k.ABOVE,
                   "rater_id": self.kabid_a.id, "rated_date": date(self.year, 12, 20)})
        self.step()
        return self.rec_staff_a

    def html(self, report, recs, user=None):
        Report = self.env["ir.actions.report"]
        if user:
            Report = Report.with_user(user).with_context(allowed_company_ids=user.company_ids.ids)
        return Report._render_qweb_html(report, recs.ids)[0].decode()

    def test_skp_documents_html(self):
        """PermenPANRB 6/2022 annex: the SASARAN KINERJA PEGAWAI (identity of the employee and
        of the appraiser; HASIL KERJA: the superior's RHK intervened, the RHK, aspect, indicator,
        target, split Utama / Tambahan; PERILAKU KERJA: the core values with their guidance and
        the leader's specific expectation; the signatures) and the EVALUASI KINERJA PEGAWAI
        (the realisation and the feedback, RATING HASIL KERJA, RATING PERILAKU KERJA, PREDIKAT
        KINERJA PEGAWAI; RULES.md §E: above / above is Sangat Baik), printed by the employee."""
        rec = self.fill_skp()
        html = self.html("sistem_kerja_asn.report_asn_skp", rec, self.u(self.staff_a))
        for text in ("SASARAN KINERJA PEGAWAI", "PEGAWAI YANG DINILAI", "PEJABAT PENILAI KINERJA",
                     "PANGKAT/GOL RUANG", "UNIT KERJA", "Staf A", "198501012010011001",
                     "Kabid A", "Bidang A", "HASIL KERJA",
                     "RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI",
                     "INDIKATOR KINERJA INDIVIDU", "A. Utama", "B. Tambahan",
                     self.r1.name, "Terlaksananya imunisasi dasar di desa",
                     "Desa terlayani imunisasi", "Kuantitas", "Waktu", "12 desa",
                     "Menjadi narasumber posyandu", "2 kegiatan", "PERILAKU KERJA",
                     "Berorientasi Pelayanan", "Memahami dan memenuhi kebutuhan masyarakat",
                     "Kolaboratif", "EKSPEKTASI KHUSUS PIMPINAN",
                     "Menanggapi keluhan warga dalam 1 hari", "Pegawai yang Dinilai",
                     "Pejabat Penilai Kinerja", "1 Januari %s" % self.year):
            self.assertIn(text, html)
        # The plan: no realisation, no rating.
        for text in ("REALISASI", "Melampaui target triwulan", "Sangat Baik"):
            self.assertNotIn(text, html)
        html = self.html("sistem_kerja_asn.report_asn_skp_evaluasi", rec, self.u(self.staff_a))
        for text in ("EVALUASI KINERJA PEGAWAI", "PEGAWAI YANG DINILAI",
                     "REALISASI BERDASARKAN BUKTI DUKUNG",
                     "UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG", "14 desa",
                     "10,5 bulan", "3 kegiatan", "Triwulan I", "Melampaui target triwulan",
                     "RATING HASIL KERJA", "RATING PERILAKU KERJA", "Di Atas Ekspektasi",
                     "Keluhan selalu dijawab di hari yang sama", "PREDIKAT KINERJA PEGAWAI",
                     "Sangat Baik", "20 Desember %s" % self.year):
            self.assertIn(text, html)
        # Not rated yet: no rating, no predikat on the evaluation.
        html = self.html("sistem_kerja_asn.report_asn_skp_evaluasi", self.rec_jf_a)
        self.assertIn("EVALUASI KINERJA PEGAWAI", html)
        for text in ("Di Atas Ekspektasi", "Sangat Baik"):
            self.assertNotIn(text, html)

    def test_skp_documents_access(self):
        """Printing is reading (record rules): the employee, his appraiser and the HR office
        print his SKP; another employee gets an AccessError, also through /report/pdf."""
        rec = self.fill_skp()
        for report in ("sistem_kerja_asn.report_asn_skp",
                       "sistem_kerja_asn.report_asn_skp_evaluasi"):
            for user in (self.u(self.staff_a), self.u(self.kabid_a), self.hr_daerah):
                self.assertIn("198501012010011001", self.html(report, rec, user))
            for emp in (self.jf_b, self.staff_a2):
                self.step()
                with self.assertRaises(AccessError, msg="%s %s" % (report, emp.name)):
                    self.html(report, rec, self.u(emp))
                with self.assertRaises(AccessError):
                    self.env["ir.actions.report"].with_user(self.u(emp))._render_qweb_pdf(
                        report, rec.ids)
        self.step()
        self.authenticate(self.u(self.jf_b).login, self.u(self.jf_b).login)
        with mute_logger("odoo.http"):
            response = self.url_open("/report/pdf/sistem_kerja_asn.report_asn_skp/%s" % rec.id)
        self.assertNotEqual(response.status_code, 200)
        self.assertNotIn(b"%PDF", response.content)
        self.assertNotIn(b"198501012010011001", response.content)

    def test_pdfs_rendered(self):
        """The three PDFs, rendered for real and read back: the headings and the employee's
        data (left in /tmp/dev/skp_*.pdf to be looked at)."""
        Report = self.env["ir.actions.report"]
        if Report.get_wkhtmltopdf_state() != "ok":
            self.skipTest("wkhtmltopdf is not installed")
        rec = self.fill_skp()
        wizard = self.wizard(self.u(self.kabid_a))
        self.assertEqual(wizard.action_print_pdf()["report_name"],
                         "sistem_kerja_asn.report_asn_kinerja_matrix")
        self.env["ir.config_parameter"].sudo().set_param("report.url", self.base_url())
        expected = {
            "skp": ("sistem_kerja_asn.report_asn_skp", rec, self.u(self.staff_a),
                    ["SASARAN KINERJA PEGAWAI", "PEGAWAI YANG DINILAI", "198501012010011001",
                     "Desa terlayani imunisasi", "Berorientasi Pelayanan"]),
            "skp_evaluasi": ("sistem_kerja_asn.report_asn_skp_evaluasi", rec,
                             self.u(self.kabid_a),
                             ["EVALUASI KINERJA PEGAWAI", "PREDIKAT KINERJA PEGAWAI",
                              "Sangat Baik", "Melampaui target triwulan"]),
            "skp_matrix": ("sistem_kerja_asn.report_asn_kinerja_matrix", wizard,
                           self.u(self.kabid_a),
                           ["MATRIKS PERAN HASIL", "Bidang A", "Pemilik Hasil", "Ketua Tim",
                            "Intervensi", "Tim Gizi"]),
        }
        for name, (report, recs, user, texts) in expected.items():
            with mute_logger("odoo.addons.base.models.ir_actions_report"):
                pdf, kind = Report.with_user(user).with_context(
                    force_report_rendering=True, allowed_company_ids=user.company_ids.ids,
                )._render_qweb_pdf(report, recs.ids)
            self.assertEqual(kind, "pdf")
            path = "%s/%s.pdf" % (PDF_DIR, name)
            with open(path, "wb") as out:
                out.write(pdf)
            text = subprocess.run(["pdftotext", path, "-"], capture_output=True,
                                  check=True, text=True).stdout
            text = " ".join(text.split())  # a cell's text wraps over lines
            for expected_text in texts:
                self.assertIn(expected_text, text, name)

    def test_matrix_on_screen(self):
        """The Kabid opens the wizard from the menu's action: it opens on the unit he heads and
        shows the matrix in the dialog, with its two outputs (a picture is left in
        /tmp/dev/skp_matrix_screen.png to be looked at)."""
        from odoo.tests.common import ChromeBrowser
        from odoo.tests.common import _find_executable
        try:
            _find_executable()
        except Exception:  # noqa: BLE001 - whatever odoo raises when no browser is there
            self.skipTest("chromium is not installed")
        self.step()
        login = self.u(self.kabid_a).login
        browser = ChromeBrowser(self, headless=True)
        self.authenticate(login, login, browser=browser)
        self.cr.flush()
        self.cr.clear()
        try:
            browser.navigate_to(self.base_url() + "/odoo", wait_stop=True)
            browser._wait_ready("!!(odoo.__WOWL_DEBUG__ && document.querySelector('.o_navbar'))",
                                timeout=60)
            browser._websocket_request("Runtime.evaluate", params={
                "expression": "odoo.__WOWL_DEBUG__.root.env.services.action.doAction("
                              "'sistem_kerja_asn.action_asn_kinerja_matrix_wizard')",
                "awaitPromise": True}, timeout=30)
            self.assertTrue(browser._wait_ready(
                "!!document.querySelector('.modal .o_asn_matrix table.mph')", timeout=60))
            text = browser._websocket_request("Runtime.evaluate", params={
                "expression": "document.querySelector('.modal').innerText"},
                timeout=30)["result"]["value"]
            for expected in ("Bidang A", "Pemilik Hasil", "Tim Gizi", "Print PDF",
                             "Download XLSX"):
                self.assertIn(expected, text)
            browser._websocket_request("Emulation.setDeviceMetricsOverride", params={
                "width": 1366, "height": 900, "deviceScaleFactor": 1, "mobile": False})
            shot = browser._websocket_request("Page.captureScreenshot", params={"format": "png"})
            with open("%s/skp_matrix_screen.png" % PDF_DIR, "wb") as out:
                out.write(base64.b64decode(shot["data"]))
        finally:
            browser.stop()
