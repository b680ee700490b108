from datetime import date
from datetime import timedelta

from odoo.exceptions import AccessError
from odoo.exceptions import UserError
from odoo.exceptions import ValidationError
from odoo.tests import HttpCase
from odoo.tests import new_test_user
from odoo.tests import tagged
from odoo.tools import mute_logger

from .common import KedudukanCase


class PenugasanCase(KedudukanCase):
    """A Dinas with two Bidang, each official and staff member with a user of their own."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.set_preset("national")
        cls.dinas = cls.unit("Dinas Kesehatan", "dinas", pd=True)
        cls.dinas.kode_surat = "DINKES"
        cls.kadis = cls.person("Kepala Dinas", cls.dinas, "jpt_pratama", head=True)
        cls.bidang_a = cls.unit("Bidang A", "bidang", cls.dinas)
        cls.kabid_a = cls.person("Kabid A", cls.bidang_a, "administrator", head=True)
        cls.staff_a = cls.person("Staf A", cls.bidang_a, "pelaksana")
        cls.bidang_b = cls.unit("Bidang B", "bidang", cls.dinas)
        cls.kabid_b = cls.person("Kabid B", cls.bidang_b, "administrator", head=True)
        cls.jf_b = cls.person("JF B", cls.bidang_b, "fungsional", "ahli_pertama")
        cls.jf_b.nip = "199307252019032008"
        cls.users = {}
        for emp in (cls.sekda, cls.kadis, cls.kabid_a, cls.staff_a, cls.kabid_b, cls.jf_b):
            cls.user_for(emp)
        cls.Penugasan = cls.env["asn.penugasan"]
        cls.end = date.today() + timedelta(days=60)

    @classmethod
    def user_for(cls, emp, company=None):
        company = company or cls.company
        login = "u_%s_%s" % (emp.name.lower().replace(" ", "_"), company.id)
        user = new_test_user(
            cls.env, login=login, groups="base.group_user", company_id=company.id,
            company_ids=[(6, 0, [company.id])],
        )
        emp.user_id = user
        cls.users[emp.id] = user
        return user

    def u(self, emp):
        return self.users[emp.id]

    @classmethod
    def give_consents(cls, team):
        """R17: the own leader of each member from another unit consents, as his own user."""
        for member in team.sudo().member_ids.filtered(lambda m: m.consent_state == "pending"):
            member.with_user(cls.users[member.consent_leader_id.id]).action_consent()

    def by(self, rec, emp):
        """``rec`` as the user of ``emp``, working in that user's own companies."""
        user = self.users[emp.id]
        return rec.with_user(user).with_context(allowed_company_ids=user.company_ids.ids)

    def assertActivityFor(self, rec, emp):
        rec.invalidate_recordset()
        todo = rec.sudo().activity_ids.filtered(
            lambda a: a.activity_type_id == self.env.ref("sistem_kerja_asn.mail_act_penugasan_step")
        )
        self.assertEqual(todo.user_id, self.users[emp.id], "%s: %s" % (rec.state, todo.user_id.name))

    def assertRefused(self, rec, emp, method, *args):
        with self.assertRaises(UserError):
            getattr(rec.with_user(self.u(emp)), method)(*args)


@tagged("post_install", "-at_install")
class TestPenugasanFlows(PenugasanCase):
    """Every flow of R16-R21 walked step by step, each step by the right user and refused for
    a wrong one, activities opened and closed as the steps go."""

    def test_r16_appointment_within_unit(self):
        """R16: the PUO assigns directly; the employee receives the letter."""
        rec = self.Penugasan.with_user(self.u(self.kabid_a)).create({
            "employee_id": self.staff_a.id, "description": "Rekap data imunisasi",
            "date_end": self.end,
        })
        self.assertEqual(rec.letter_type, "surat_tugas")  # R15
        self.assertActivityFor(rec, self.kabid_a)
        self.assertRefused(rec, self.staff_a, "action_issue_letter")
        self.assertRefused(rec, self.kabid_b, "action_issue_letter")
        rec.with_user(self.u(self.kabid_a)).action_issue_letter()
        self.assertEqual(rec.state, "delivered")
        self.assertRegex(rec.letter_number, r"^800\.1/001/DINKES/\d{4}$")
        self.assertEqual(rec.assigner_id, self.kabid_a)
        self.assertActivityFor(rec, self.staff_a)
        self.assertRefused(rec, self.kabid_a, "action_acknowledge")
        rec.with_user(self.u(self.staff_a)).action_acknowledge()
        self.assertEqual(rec.state, "done")
        self.assertFalse(rec.activity_ids)
        self.assertTrue(rec.is_active_assignment)

    def test_r20_volunteering_within_unit(self):
        """R20: the employee tells the PUO; the PUO agrees and assigns."""
        rec = self.Penugasan.with_user(self.u(self.staff_a)).create({
            "method": "sukarela", "description": "Menjadi narasumber posyandu",
            "date_end": self.end,
        })
        self.assertEqual(rec.employee_id, self.staff_a)
        self.assertRefused(rec, self.kabid_a, "action_send")
        rec.with_user(self.u(self.staff_a)).action_send()
        self.assertEqual(rec.state, "proposed")
        self.assertActivityFor(rec, self.kabid_a)
        self.assertRefused(rec, self.kabid_b, "action_issue_letter")
        rec.with_user(self.u(self.kabid_a)).action_issue_letter()
        self.assertActivityFor(rec, self.staff_a)
        rec.with_user(self.u(self.staff_a)).action_acknowledge()
        self.assertEqual(rec.state, "done")

    def _r17_request(self, **extra):
        vals = {
            "scope": "lintas_unit", "owning_unit_id": self.bidang_a.id,
            "target_unit_id": self.bidang_b.id, "description": "Analisis data surveilans",
            "purpose": "Analisis tren kasus", "competence": "Epidemiologi",
            "expected_target": "Laporan analisis triwulan", "date_end": self.end,
        }
        vals.update(extra)
        return self.Penugasan.with_user(self.u(self.kabid_a)).create(vals)

    def test_r17_appointment_across_units(self):
        """R17: request to the PPK where the employee sits, his PUO recommends, that PPK
        drafts the letter, the employee receives it."""
        rec = self._r17_request(purpose=False)
        with self.assertRaisesRegex(UserError, "R19"):
            rec.with_user(self.u(self.kabid_a)).action_send()
        rec.purpose = "Analisis tren kasus"
        self.assertRefused(rec, self.kabid_b, "action_send")
        rec.with_user(self.u(self.kabid_a)).action_send()  # R17.1
        self.assertEqual(rec.state, "requested")
        self.assertTrue(rec.request_number)
        self.assertTrue(any(  # copy (tembusan) to the requester's own PPK
            self.kadis.name in (m.body or "") for m in rec.message_ids
        ))
        self.assertActivityFor(rec, self.kabid_b)
        self.assertRefused(rec, self.kabid_a, "action_approve")
        rec.with_user(self.u(self.kabid_b)).action_approve()  # R17.2
        self.assertEqual(rec.state, "recommendation")
        with self.assertRaisesRegex(UserError, "R17.3"):
            rec.with_user(self.u(self.kabid_b)).action_recommend()
        rec.with_user(self.u(self.kabid_b)).employee_id = self.jf_b
        rec.with_user(self.u(self.kabid_b)).action_recommend()  # R17.3, PUO's recommendation
        self.assertEqual(rec.state, "letter_draft")
        self.assertRefused(rec, self.jf_b, "action_issue_letter")
        rec.with_user(self.u(self.kabid_b)).action_issue_letter()
        self.assertEqual(rec.state, "delivered")
        self.assertActivityFor(rec, self.jf_b)
        rec.with_user(self.u(self.jf_b)).action_acknowledge()  # R17.5
        self.assertEqual(rec.state, "done")
        self.assertFalse(rec.activity_ids)

    def test_r17_refusal_needs_reason(self):
        """R17.4: a refusal states why, and the answer letter carries it."""
        rec = self._r17_request()
        rec.with_user(self.u(self.kabid_a)).action_send()
        with self.assertRaises(UserError):
            rec.with_user(self.u(self.kabid_b)).action_refuse(reason=" ")
        wizard = self.env["asn.penugasan.refuse.wizard"].with_user(self.u(self.kabid_b)).create({
            "penugasan_id": rec.id, "reason": "Pegawai sedang menyelesaikan laporan akhir tahun",
        })
        wizard.action_refuse()
        self.assertEqual(rec.state, "refused")
        self.assertFalse(rec.activity_ids)
        html = self.env["ir.actions.report"]._render_qweb_html(
            "sistem_kerja_asn.report_surat_jawaban", rec.ids
        )[0].decode()
        self.assertIn("laporan akhir tahun", html)

    def test_r21_volunteering_across_units(self):
        """R21: the employee writes to the target PUO, who approves; the employee forwards the
        approval to his own PPK, who issues the letter."""
        rec = self.Penugasan.with_user(self.u(self.jf_b)).create({
            "method": "sukarela", "scope": "lintas_unit", "owning_unit_id": self.bidang_a.id,
            "description": "Membantu penyusunan SOP", "date_end": self.end,
        })
        rec.with_user(self.u(self.jf_b)).action_send()
        self.assertEqual(rec.state, "owner_review")
        self.assertActivityFor(rec, self.kabid_a)
        self.assertRefused(rec, self.kabid_b, "action_approve")
        rec.with_user(self.u(self.kabid_a)).action_approve()
        self.assertEqual(rec.state, "approved")
        self.assertActivityFor(rec, self.jf_b)
        rec.with_user(self.u(self.jf_b)).action_forward()
        self.assertEqual(rec.state, "ppk_review")
        self.assertActivityFor(rec, self.kabid_b)
        self.assertRefused(rec, self.kabid_a, "action_issue_letter")
        rec.with_user(self.u(self.kabid_b)).action_issue_letter()
        rec.with_user(self.u(self.jf_b)).action_acknowledge()
        self.assertEqual(rec.state, "done")

    def test_r18_appointment_across_agencies(self):
        """R18: PUO -> own PyB -> target PyB -> PUO/PPK there propose names -> target PyB
        approves -> the letter -> the employee."""
        other = self.env["res.company"].create({"name": "Kabupaten Tetangga"})
        setda2 = self.Dept.create({"name": "Setda 2", "unit_kind": "setda",
                                   "is_perangkat_daerah": True, "company_id": other.id})
        sekda2 = self.Emp.create({"name": "Sekda 2", "department_id": setda2.id,
                                  "jabatan_type": "jpt_pratama", "company_id": other.id})
        setda2.manager_id = sekda2
        dinas2 = self.Dept.create({"name": "Dinas 2", "unit_kind": "dinas",
                                   "is_perangkat_daerah": True, "company_id": other.id})
        kadis2 = self.Emp.create({"name": "Kadis 2", "department_id": dinas2.id,
                                  "jabatan_type": "jpt_pratama", "company_id": other.id})
        dinas2.manager_id = kadis2
        ahli = self.Emp.create({"name": "Ahli 2", "department_id": dinas2.id,
                                "jabatan_type": "fungsional", "jenjang": "ahli_pertama",
                                "company_id": other.id})
        for emp in (sekda2, kadis2, ahli):
            self.user_for(emp, other)
        self.company.asn_pyb_id = self.sekda
        other.asn_pyb_id = sekda2
        rec = self._r17_request(scope="lintas_instansi", target_unit_id=dinas2.id,
                                target_company_id=other.id)
        rec.with_user(self.u(self.kabid_a)).action_send()
        self.assertEqual(rec.state, "requester_pyb")
        self.assertActivityFor(rec, self.sekda)
        with self.assertRaises(UserError):
            self.by(rec, sekda2).action_approve()
        rec.with_user(self.u(self.sekda)).action_approve()
        self.assertEqual(rec.state, "target_pyb")
        self.assertActivityFor(rec, sekda2)
        self.by(rec, sekda2).action_approve()
        self.assertEqual(rec.state, "recommendation")
        self.assertActivityFor(rec, kadis2)
        self.by(rec, kadis2).action_recommend()
        self.assertEqual(rec.state, "availability")
        self.by(rec, kadis2).employee_id = ahli
        self.by(rec, kadis2).action_propose_names()
        self.assertEqual(rec.state, "names_review")
        self.assertRefused(rec, self.sekda, "action_approve")
        self.by(rec, sekda2).action_approve()
        self.assertEqual(rec.state, "letter_draft")
        self.by(rec, kadis2).action_issue_letter()
        self.assertEqual(rec.state, "delivered")
        self.by(rec, ahli).action_acknowledge()
        self.assertEqual(rec.state, "done")

    def test_team_established_gives_assignments(self):
        """R22, R23, R26, R27: the PUO proposes, the decree (stating the ketua's duties)
        establishes, every member is assigned."""
        team = self.env["asn.tim.kerja"].with_user(self.u(self.kabid_a)).create({
            "name": "Tim Percepatan Imunisasi", "kind": "insidental",
            "owning_unit_id": self.bidang_a.id, "date_end": self.end,
            "mandate": "Menaikkan cakupan imunisasi",
            "member_ids": [
                (0, 0, {"employee_id": self.jf_b.id, "role": "ketua"}),
                (0, 0, {"employee_id": self.staff_a.id, "role": "anggota"}),
            ],
            "target_ids": [(0, 0, {"name": "Cakupan imunisasi 95%"})],
        })
        self.assertTrue(team.ketua_warning)  # R23: the lead is not from the owning unit
        self.assertEqual(team.ketua_id, self.jf_b)
        self.assertRefused(team, self.staff_a, "action_propose")
        team.with_user(self.u(self.kabid_a)).action_propose()
        with self.assertRaisesRegex(UserError, "R22"):
            team.with_user(self.u(self.kabid_a)).action_establish()
        team.write({"decree_number": "800.1/12/DINKES/2026", "decree_date": date.today()})
        with self.assertRaisesRegex(UserError, "R17"):  # JF B's own PPK consents first
            team.with_user(self.u(self.kabid_a)).action_establish()
        self.give_consents(team)
        team.with_user(self.u(self.kabid_a)).action_establish()
        self.assertEqual(team.state, "established")
        self.assertEqual(len(team.penugasan_ids), 2)
        self.assertEqual(set(team.penugasan_ids.mapped("form")), {"tim"})
        self.assertEqual(set(team.penugasan_ids.mapped("letter_type")), {"sk_tim_kerja"})
        by_emp = {p.employee_id: p for p in team.penugasan_ids}
        self.assertEqual(by_emp[self.jf_b].scope, "lintas_unit")
        self.assertActivityFor(by_emp[self.staff_a], self.staff_a)
        html = self.env["ir.actions.report"]._render_qweb_html(
            "sistem_kerja_asn.report_sk_tim_kerja", team.ids
        )[0].decode()
        for text in ("800.1/12/DINKES/2026", "JF B", "199307252019032008", "Staf A"):
            self.assertIn(text, html)
        self.assertIn("reports each member", html)  # the decree states the ketua's duties
        self.assertNotRegex(html, r"\(R\d")  # no rule codes in an official document
        loads = (self.staff_a | self.jf_b)._asn_workload()  # R14
        self.assertEqual(loads[self.staff_a.id], 1.0)


@tagged("post_install", "-at_install")
class TestPenugasanLetters(PenugasanCase, HttpCase):
    """The letters contain the names and numbers; a real PDF where wkhtmltopdf is installed
    (an HttpCase: wkhtmltopdf fetches the assets from the test server, in the test cursor)."""

    def test_letters(self):
        rec = self.Penugasan.with_user(self.u(self.kabid_a)).create({
            "scope": "lintas_unit", "owning_unit_id": self.bidang_a.id,
            "target_unit_id": self.bidang_b.id, "employee_id": self.jf_b.id,
            "description": "Analisis data", "purpose": "Tujuan X", "competence": "Kompetensi Y",
            "expected_target": "Target Z", "date_end": self.end,
        })
        rec.with_user(self.u(self.kabid_a)).action_send()
        Report = self.env["ir.actions.report"]
        html = Report._render_qweb_html("sistem_kerja_asn.report_permohonan_pelibatan", rec.ids)
        html = html[0].decode()
        for text in ("Tujuan X", "Kompetensi Y", "Target Z", rec.request_number, "Kabid A"):
            self.assertIn(text, html)
        rec.with_user(self.u(self.kabid_b)).action_approve()
        rec.with_user(self.u(self.kabid_b)).action_recommend()
        rec.with_user(self.u(self.kabid_b)).action_issue_letter()
        html = Report._render_qweb_html("sistem_kerja_asn.report_surat_penugasan", rec.ids)
        html = html[0].decode()
        for text in (rec.letter_number, "JF B", "199307252019032008", "Analisis data", "Kabid B"):
            self.assertIn(text, html)
        if Report.get_wkhtmltopdf_state() == "ok":
            # wkhtmltopdf fetches the assets from this test server, not from web.base.url
            self.env["ir.config_parameter"].sudo().set_param(
                "report.url", self.base_url()
            )
            # Debian's wkhtmltopdf warns that its Qt is unpatched: environment, not addon.
            with mute_logger("odoo.addons.base.models.ir_actions_report"):
                pdf, _ = Report.with_context(force_report_rendering=True)._render_qweb_pdf(
                    "sistem_kerja_asn.report_surat_penugasan", rec.ids
                )
            self.assertTrue(pdf.startswith(b"%PDF"))


@tagged("post_install", "-at_install")
class TestPenugasanBadInput(PenugasanCase):
    """Each bad input is a clear error."""

    def test_period_order(self):
        with self.assertRaisesRegex(ValidationError, "before the start date"):
            self.Penugasan.create({"employee_id": self.staff_a.id, "description": "x",
                                   "date_start": date.today(),
                                   "date_end": date.today() - timedelta(days=1)})

    def test_archived_employee(self):
        self.staff_a.active = False
        with self.assertRaisesRegex(ValidationError, "archived"):
            self.Penugasan.create({"employee_id": self.staff_a.id, "description": "x",
                                   "date_end": self.end})

    def test_team_member_twice_and_archived(self):
        Team = self.env["asn.tim.kerja"]
        with self.assertRaises(ValidationError):
            Team.create({"name": "T", "kind": "insidental", "owning_unit_id": self.bidang_a.id,
                         "date_end": self.end, "member_ids": [
                             (0, 0, {"employee_id": self.staff_a.id, "role": "ketua"}),
                             (0, 0, {"employee_id": self.staff_a.id, "role": "anggota"})]})
        with self.assertRaisesRegex(ValidationError, "before the start"):
            Team.create({"name": "T", "kind": "insidental", "owning_unit_id": self.bidang_a.id,
                         "date_start": date.today(), "date_end": date.today() - timedelta(days=3)})

    def test_own_request_and_double_approval(self):
        """Approving one's own request is refused; of two approvals of one step, one counts."""
        rec = self.Penugasan.with_user(self.u(self.kabid_a)).create({
            "scope": "lintas_unit", "owning_unit_id": self.bidang_a.id,
            "target_unit_id": self.bidang_a.id, "description": "x", "purpose": "p",
            "competence": "c", "expected_target": "t", "date_end": self.end,
        })
        rec.with_user(self.u(self.kabid_a)).action_send()
        with self.assertRaisesRegex(UserError, "own request"):
            rec.with_user(self.u(self.kabid_a)).action_approve()
        rec2 = self.Penugasan.with_user(self.u(self.kabid_a)).create({
            "scope": "lintas_unit", "owning_unit_id": self.bidang_a.id,
            "target_unit_id": self.bidang_b.id, "description": "x", "purpose": "p",
            "competence": "c", "expected_target": "t", "date_end": self.end,
        })
        rec2.with_user(self.u(self.kabid_a)).action_send()
        rec2.with_user(self.u(self.kabid_b)).action_approve()
        with self.assertRaises(UserError):
            rec2.with_user(self.u(self.kabid_b)).action_approve()
        self.assertEqual(rec2.state, "recommendation")
        approvals = rec2.message_ids.filtered(lambda m: "Approve" in (m.body or ""))
        self.assertEqual(len(approvals), 1)


@tagged("post_install", "-at_install")
class TestPenugasanAccess(PenugasanCase):
    """The people concerned read an assignment; nobody else does, except HR clerks."""

    def test_only_the_people_concerned(self):
        rec = self.Penugasan.with_user(self.u(self.kabid_a)).create({
            "employee_id": self.staff_a.id, "description": "Rahasia unit A",
            "date_end": self.end,
        })
        rec.with_user(self.u(self.kabid_a)).action_issue_letter()
        rec.invalidate_recordset()
        self.assertEqual(rec.with_user(self.u(self.staff_a)).description, "Rahasia unit A")
        for outsider in (self.jf_b, self.kabid_b):
            with self.assertRaises(AccessError):
                rec.with_user(self.u(outsider)).read(["description"])
            with self.assertRaises(AccessError):
                rec.with_user(self.u(outsider)).write({"description": "diubah"})
            self.assertFalse(self.Penugasan.with_user(self.u(outsider)).search(
                [("id", "=", rec.id)]
            ))
        clerk = new_test_user(self.env, login="clerk_pd", groups="base.group_user,"
                              "sistem_kerja_asn.group_admin_pd", company_id=self.company.id,
                              company_ids=[(6, 0, [self.company.id])])
        with self.assertRaises(AccessError):  # a clerk reads only the PDs he administers
            rec.with_user(clerk).read(["description"])
        clerk.asn_admin_pd_ids = self.dinas
        self.assertEqual(rec.with_user(clerk).description, "Rahasia unit A")


@tagged("post_install", "-at_install")
class TestPenugasanPortal(PenugasanCase, HttpCase):
    """/my/penugasan lists one's own assignments; another's id leads back to /my."""

    def test_portal_own_and_others(self):
        mine = self.Penugasan.with_user(self.u(self.kabid_a)).create({
            "employee_id": self.staff_a.id, "description": "Tugas untuk Staf A",
            "date_end": self.end,
        })
        mine.with_user(self.u(self.kabid_a)).action_issue_letter()
        other = self.Penugasan.with_user(self.u(self.kabid_b)).create({
            "employee_id": self.jf_b.id, "description": "Tugas rahasia JF B",
            "date_end": self.end,
        })
        other.with_user(self.u(self.kabid_b)).action_issue_letter()
        self.authenticate(self.u(self.staff_a).login, self.u(self.staff_a).login)
        page = self.url_open("/my/penugasan")
        self.assertEqual(page.status_code, 200)
        self.assertIn("Tugas untuk Staf A", page.text)
        self.assertNotIn("Tugas rahasia JF B", page.text)
        detail = self.url_open("/my/penugasan/%s" % mine.id)
        self.assertIn(mine.letter_number, detail.text)
        stolen = self.url_open("/my/penugasan/%s" % other.id, allow_redirects=False)
        self.assertEqual(stolen.status_code, 403)
        self.assertNotIn("Tugas rahasia JF B", stolen.text)
        for fmt in ("html", "pdf"):
            letter = self.url_open("/my/penugasan/%s?report_type=%s&download=true"
                                   % (other.id, fmt), allow_redirects=False)
            self.assertEqual(letter.status_code, 403)
            self.assertNotIn("Tugas rahasia JF B", letter.text)
        missing = self.url_open("/my/penugasan/%s" % (other.id + 10000), allow_redirects=False)
        self.assertEqual(missing.status_code, 404)
