"""Issue 11, item 7: the wrong outcomes, each tested as the person who meets it would."""

import re
from datetime import date
from datetime import timedelta

from freezegun import freeze_time
from odoo.exceptions import AccessError
from odoo.exceptions import UserError
from odoo.exceptions import ValidationError
from odoo.models import check_method_name
from odoo.tests import Form
from odoo.tests import HttpCase
from odoo.tests import new_test_user
from odoo.tests import tagged
from odoo.tools import mute_logger
from odoo.tools.misc import format_date

from ..rules import kinerja as k
from .test_kinerja import KinerjaCase
from .test_penugasan import PenugasanCase

# RULES.md §E, the matrix of PermenPANRB 6/2022 (work results x work behaviour):
#   | work results \ work behaviour | below expectation | as expected | above expectation |
#   | above expectation | Kurang/Misconduct | Baik | Sangat Baik |
#   | as expected | Kurang/Misconduct | Baik | Baik |
#   | below expectation | Sangat Kurang | Butuh Perbaikan | Butuh Perbaikan |
RULES_MD_MATRIX = {
    "above": {"below": "Kurang/Misconduct", "as_expected": "Baik", "above": "Sangat Baik"},
    "as_expected": {"below": "Kurang/Misconduct", "as_expected": "Baik", "above": "Baik"},
    "below": {"below": "Sangat Kurang", "as_expected": "Butuh Perbaikan",
              "above": "Butuh Perbaikan"},
}
NIP_STAFF_A = "198501012010011001"
NIP_JF_B = "199307252019032008"  # set by PenugasanCase


def fresh(env):
    """A clean cache, as a new request has."""
    env.flush_all()
    env.invalidate_all()


def text_of(html):
    """The visible text of a rendered letter, on one line."""
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


class OutcomesCase(PenugasanCase):
    """The Dinas of PenugasanCase; staff A has a NIP too."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.staff_a.nip = NIP_STAFF_A
        cls.Team = cls.env["asn.tim.kerja"]

    def as_user(self, model, emp):
        user = self.u(emp)
        return model.with_user(user).with_context(allowed_company_ids=user.company_ids.ids)

    def form_team(self, puo=None, decree="800.1/21/DINKES/2026"):
        """The unit leader forms, proposes and establishes a team of Bidang A (R22), every step
        as his own user."""
        puo = puo or self.kabid_a
        team = self.as_user(self.Team, puo).create({
            "name": "Tim Surveilans Campak", "kind": "insidental",
            "owning_unit_id": self.bidang_a.id, "date_end": self.end,
            "mandate": "Menuntaskan surveilans campak",
            "member_ids": [
                (0, 0, {"employee_id": self.jf_b.id, "role": "ketua"}),
                (0, 0, {"employee_id": self.staff_a.id, "role": "anggota"}),
            ],
            "target_ids": [(0, 0, {"name": "Laporan surveilans lengkap"})],
        })
        self.by(team, puo).action_propose()
        self.by(team, puo).write({"decree_number": decree, "decree_date": date.today()})
        self.give_consents(team)  # R17: JF B's own PPK
        self.by(team, puo).action_establish()
        self.assertEqual(team.state, "established")
        return team


@tagged("post_install", "-at_install")
class TestOutcomePredikat(KinerjaCase):
    """RULES.md §E: behaviour below expectation is misconduct whatever the results; results below
    expectation with acceptable behaviour need improvement. Label: Kurang/Misconduct."""

    def test_ppk_rating_gives_the_rules_md_cell(self):
        rec = self.new_record(self.staff_a, parent=self.e_kadis)
        self.walk_to_in_progress(rec, self.kabid_a)
        for hasil, row in RULES_MD_MATRIX.items():
            for perilaku, label in row.items():
                with self.subTest(hasil=hasil, perilaku=perilaku):
                    self.rate(rec, self.kabid_a, hasil, perilaku)
                    fresh(self.env)
                    seen = self.by(rec, self.staff_a)  # the employee reads his predikat
                    labels = dict(seen._fields["predikat"]._description_selection(seen.env))
                    self.assertEqual(labels[seen.predikat], label)
                    self.by(rec, self.kabid_a).action_reopen()


@tagged("post_install", "-at_install")
class TestOutcomePortalDownload(OutcomesCase, HttpCase):
    """The portal's Download button (report_type=pdf&download=true) gives the letter as a file,
    for an internal employee and for a portal-only employee."""

    def issued(self, emp, description):
        rec = self.as_user(self.Penugasan, self.kabid_a).create({
            "employee_id": emp.id, "description": description, "date_end": self.end,
        })
        self.by(rec, self.kabid_a).action_issue_letter()
        self.assertTrue(rec.letter_number)
        return rec

    def test_download_the_letter(self):
        portal_emp = self.person("Staf Portal", self.bidang_a, "pelaksana")
        portal_user = new_test_user(
            self.env, login="portal_outcomes", groups="base.group_portal",
            company_id=self.company.id, company_ids=[(6, 0, [self.company.id])],
        )
        portal_emp.user_id = portal_user
        cases = [
            (self.u(self.staff_a).login, self.issued(self.staff_a, "Rekap data gizi")),
            (portal_user.login, self.issued(portal_emp, "Distribusi vitamin A")),
        ]
        for login, rec in cases:
            with self.subTest(login=login):
                fresh(self.env)
                self.authenticate(login, login)
                res = self.url_open("/my/penugasan/%s?report_type=pdf&download=true" % rec.id,
                                    allow_redirects=False)
                self.assertEqual(res.status_code, 200, res.text[:500])
                disposition = res.headers.get("Content-Disposition", "")
                self.assertTrue(disposition.startswith("attachment"), disposition)
                self.assertIn("Surat_Penugasan", disposition)
                self.assertIn(re.sub(r"\W+", "_", rec.letter_number), disposition)
                self.assertIn(rec.description, res.text)  # tests render the PDF's HTML
                # The letter of someone else stays refused.
                other = cases[1][1] if rec == cases[0][1] else cases[0][1]
                with mute_logger("odoo.http"):
                    res = self.url_open(
                        "/my/penugasan/%s?report_type=pdf&download=true" % other.id,
                        allow_redirects=False,
                    )
                self.assertEqual(res.status_code, 403)
                self.assertNotIn(other.description, res.text)


@tagged("post_install", "-at_install")
class TestOutcomeTeamDecree(OutcomesCase, HttpCase):
    """The unit leader who formed a team prints its decree with the members' NIP, through the
    letters' helper; his access to the employee files is not widened."""

    report = "sistem_kerja_asn.report_sk_tim_kerja"

    def test_puo_prints_the_decree(self):
        team = self.form_team()
        puo = self.u(self.kabid_a)
        self.assertFalse(puo.has_group("hr.group_hr_user"))
        fresh(self.env)
        Report = self.as_user(self.env["ir.actions.report"], self.kabid_a)
        html = Report._render_qweb_html(self.report, team.ids)[0].decode()
        for text in ("800.1/21/DINKES/2026", "JF B", NIP_JF_B, "Staf A", NIP_STAFF_A,
                     "Kabid A", "Tim Surveilans Campak"):
            self.assertIn(text, html)
        # Not widened: he still reads no NIP himself, neither after the letter (the helper does
        # not leave the values in the cache) nor in a new request.
        for attempt in range(2):
            if attempt:
                fresh(self.env)
            with self.assertRaises(AccessError):
                self.as_user(self.jf_b, self.kabid_a).read(["nip"])
            with self.assertRaises(AccessError):
                self.as_user(self.jf_b, self.kabid_a).nip  # noqa: B018
        with self.assertRaises(AccessError):  # the helper cannot be called over RPC
            check_method_name("_asn_letter_values")
        # Someone who does not read the team prints nothing.
        fresh(self.env)
        with self.assertRaises(Exception) as caught:
            self.as_user(self.env["ir.actions.report"], self.kabid_b)._render_qweb_html(
                self.report, team.ids
            )
        error = caught.exception
        self.assertIsInstance(error if isinstance(error, AccessError) else error.__cause__,
                              AccessError)
        # A real PDF, as the unit leader, where wkhtmltopdf is installed.
        if Report.get_wkhtmltopdf_state() != "ok":
            self.skipTest("wkhtmltopdf is not installed")
        self.env["ir.config_parameter"].sudo().set_param("report.url", self.base_url())
        fresh(self.env)
        with mute_logger("odoo.addons.base.models.ir_actions_report"):
            pdf, kind = Report.with_context(force_report_rendering=True)._render_qweb_pdf(
                self.report, team.ids
            )
        self.assertEqual(kind, "pdf")
        self.assertTrue(pdf.startswith(b"%PDF"))


@tagged("post_install", "-at_install")
class TestOutcomeNoEmail(OutcomesCase):
    """A unit leader whose user has no e-mail address still forms a team: the steps are posted
    by the system in his name. (Passes once the workflow engine posts the steps.)"""

    def test_team_steps_without_email(self):
        # Mail leaves from the government's default address when its author has none (the
        # company's alias domain, as a regency's server is set up): the activity notifications
        # of the steps, sent in his name.
        self.company.alias_domain_id = self.env["mail.alias.domain"].create(
            {"name": "kabupaten-uji.go.id", "default_from": "notifikasi"}
        )
        puo = self.u(self.kabid_a)
        puo.partner_id.email = False
        fresh(self.env)
        team = self.form_team()
        self.assertEqual(len(team.penugasan_ids), 2)
        # The propose and establish steps are on the chatter, in his name.
        steps = team.message_ids.filtered(lambda m: puo.name in (m.body or ""))
        self.assertGreaterEqual(len(steps), 2)
        self.assertEqual(steps.author_id, puo.partner_id)


@tagged("post_install", "-at_install")
class TestOutcomeEscalationAnswer(OutcomesCase):
    """R33: the PUO a problem was raised to answers it from the form (button and wizard); a team
    member cannot."""

    def test_answer_through_the_wizard(self):
        team = self.form_team()
        esk = self.as_user(self.env["asn.eskalasi"], self.staff_a).create({
            "name": "Data desa tidak lengkap", "tim_kerja_id": team.id,
            "description": "Tiga desa belum mengirim data",
            "alternatives": "Kunjungan lapangan\nSurat ke kepala desa",
        })
        self.assertEqual(esk.recipient_ids, self.kabid_a)
        Wizard = self.env["asn.eskalasi.answer.wizard"]
        # The form shows the Answer button to whoever may answer.
        action = self.env.ref("sistem_kerja_asn.asn_eskalasi_answer_wizard_action")
        self.assertEqual((action.res_model, action.target), ("asn.eskalasi.answer.wizard", "new"))
        arch = self.as_user(esk, self.kabid_a).get_views([(False, "form")])["views"]["form"]["arch"]
        button = re.search(r'<button name="%s"[^>]*>' % action.id, arch)
        self.assertTrue(button, "no Answer button on the form")
        self.assertIn("',answer,' not in allowed_actions", button.group(0))
        # A team member (the one who raised it) sees no Answer button and is refused.
        fresh(self.env)
        mine = self.as_user(esk, self.staff_a)
        self.assertNotIn(",answer,", mine.allowed_actions)
        wizard = self.as_user(Wizard, self.staff_a).create(
            {"eskalasi_id": esk.id, "answer": "Saya putuskan sendiri"}
        )
        with self.assertRaises(UserError):
            wizard.action_answer()
        # The ketua neither answers (he may close).
        fresh(self.env)
        self.assertNotIn(",answer,", self.as_user(esk, self.jf_b).allowed_actions)
        self.assertEqual(esk.state, "raised")
        self.assertFalse(esk.answer)
        # The PUO answers through the button's wizard.
        fresh(self.env)
        self.assertIn(",answer,", self.as_user(esk, self.kabid_a).allowed_actions)
        form = Form(self.as_user(Wizard, self.kabid_a).with_context(default_eskalasi_id=esk.id))
        form.answer = "Kunjungan lapangan ke tiga desa minggu ini"
        wizard = form.save()
        wizard.action_answer()
        fresh(self.env)
        self.assertEqual(esk.state, "answered")
        self.assertEqual(esk.answer, "Kunjungan lapangan ke tiga desa minggu ini")
        self.assertEqual(esk.answered_by_id, self.kabid_a)
        # Then closed: by the owning PUO (the member still cannot).
        self.assertNotIn(",close,", self.as_user(esk, self.staff_a).allowed_actions)
        with self.assertRaises(UserError):
            self.as_user(esk, self.staff_a).action_close()
        self.assertIn(",close,", self.as_user(esk, self.kabid_a).allowed_actions)
        self.as_user(esk, self.kabid_a).action_close()
        self.assertEqual(esk.state, "closed")


@tagged("post_install", "-at_install")
class TestOutcomeSuratTugasWording(OutcomesCase, HttpCase):
    """The Surat Tugas in Indonesian: "Kepada" (the addressee) before the task, "Sampai" only
    between the dates, never "Sampai :" before the task (the msgid "To" of date_end)."""

    report = "sistem_kerja_asn.report_surat_penugasan"

    def test_letter_in_indonesian(self):
        self.env["res.lang"]._activate_lang("id_ID")
        self.env["ir.module.module"]._load_module_terms(
            ["sistem_kerja_asn"], ["id_ID"], overwrite=True
        )
        self.company.partner_id.lang = "id_ID"
        start, end = date.today(), date.today() + timedelta(days=45)
        rec = self.as_user(self.Penugasan, self.kabid_a).create({
            "employee_id": self.staff_a.id, "description": "Menyusun rekap imunisasi",
            "date_start": start, "date_end": end,
        })
        self.by(rec, self.kabid_a).action_issue_letter()
        fresh(self.env)
        Report = self.as_user(self.env["ir.actions.report"], self.kabid_a)
        text = text_of(Report._render_qweb_html(self.report, rec.ids)[0].decode())
        task = text.index("Menyusun rekap imunisasi")
        self.assertIn("Kepada", text[:task])
        self.assertLess(text.index(NIP_STAFF_A), task)  # the addressee's row, then the task
        self.assertNotRegex(text[:task], r"(?i)sampai")
        self.assertNotRegex(text, r"Sampai\s*:")
        # Dates in Indonesian; "sampai" only between them.
        env_id = self.env(context=dict(self.env.context, lang="id_ID"))
        first = format_date(env_id, start, date_format="d MMMM y")
        last = format_date(env_id, end, date_format="d MMMM y")
        period = text.index(first, task)
        period_end = text.index(last, period) + len(last)
        for match in re.finditer(r"(?i)sampai", text):
            self.assertTrue(period < match.start() < period_end, text[match.start() - 60:
                                                                          match.end() + 60])
        self.assertIn("sampai dengan", text[period:period_end])


@tagged("post_install", "-at_install")
class TestOutcomeCheckins(KinerjaCase):
    """R34 b: a period started late opens no overdue check-in; a final record keeps none open.
    The yearly period of this year with quarterly check-ins, started on 20 May (the first
    quarter's check-in of 31 March is past)."""

    def checkins(self, rec):
        rec.invalidate_recordset()
        act_type = self.env.ref("sistem_kerja_asn.mail_act_kinerja_checkin")
        return rec.sudo().activity_ids.filtered(lambda a: a.activity_type_id == act_type)

    def started_late(self):
        rec = self.new_record(self.staff_a, parent=self.e_kadis)
        self.assertEqual((rec.date_start, rec.date_end), (self.y_start, self.y_end))
        self.walk_to_in_progress(rec, self.kabid_a)
        return rec

    def test_late_start_schedules_only_coming_checkins(self):
        with freeze_time(date(self.year, 5, 20)):
            rec = self.started_late()
            checkins = self.checkins(rec)
            self.assertEqual(sorted(checkins.mapped("date_deadline")), [
                date(self.year, 6, 30), date(self.year, 9, 30), date(self.year, 12, 31)])
            self.assertFalse(checkins.filtered(lambda a: a.date_deadline < date.today()),
                             "a check-in overdue from the start")
            self.assertEqual(checkins.user_id, self.u(self.kabid_a))

    def test_final_record_keeps_no_checkin_open(self):
        with freeze_time(date(self.year, 5, 20)):
            rec = self.started_late()
            self.assertTrue(self.checkins(rec))
            self.rate(rec, self.kabid_a, k.ABOVE, k.AS_EXPECTED)
            rec.sudo().rated_date = date(self.year, 4, 1)  # the objection window has passed
            self.by(rec, self.kabid_a).action_finalise()
            self.assertEqual(rec.state, k.FINAL)
            self.assertFalse(self.checkins(rec))

    def test_close_checkins_helper(self):
        with freeze_time(date(self.year, 5, 20)):
            rec = self.started_late()
            self.assertEqual(len(self.checkins(rec)), 3)
            rec._asn_close_checkins()
            self.assertFalse(self.checkins(rec))
            step = self.env.ref("sistem_kerja_asn.mail_act_kinerja_step")
            self.assertTrue(rec.sudo().activity_ids.filtered(
                lambda a: a.activity_type_id == step), "only the check-ins are closed")


@tagged("post_install", "-at_install")
class TestOutcomeObjectionWindow(KinerjaCase):
    """R34, R8: the PPK cannot rate and finalise at once; the employee has the company's
    objection window (default 14 days) first, unless an objection was filed and decided."""

    def test_window_before_final(self):
        policy = self.env["asn.kedudukan.policy"]._for_company(self.company)
        self.assertEqual(policy.objection_window_days, 14)
        rec = self.new_record(self.staff_a, parent=self.e_kadis)
        self.walk_to_in_progress(rec, self.kabid_a)
        self.rate(rec, self.kabid_a, k.BELOW, k.AS_EXPECTED)
        today = date.today()
        fresh(self.env)
        self.assertEqual(self.by(rec, self.staff_a).objection_deadline,
                         today + timedelta(days=14))
        # Rate and finalise at once: refused, the message names the first day it may be final.
        first_day = format_date(self.by(rec, self.kabid_a).env, today + timedelta(days=15))
        with self.assertRaisesRegex(UserError, re.escape(first_day)):
            self.by(rec, self.kabid_a).action_finalise()
        with self.assertRaises(UserError):
            rec.with_user(self.hr_daerah).action_finalise()
        self.assertEqual(rec.state, k.RATED)
        # The employee objects, the atasan PPK decides: final at once.
        self.by(rec, self.staff_a).write({"objection_reason": "Target tercapai, bukti terlampir"})
        self.by(rec, self.staff_a).action_object()
        self.by(rec, self.kadis).write({"objection_answer": "Penilaian tetap"})
        self.by(rec, self.kadis).action_decide_objection()
        self.by(rec, self.kabid_a).action_finalise()
        self.assertEqual(rec.state, k.FINAL)

    def test_window_passed_and_configurable(self):
        policy = self.env["asn.kedudukan.policy"]._for_company(self.company)
        rec = self.new_record(self.staff_a, parent=self.e_kadis)
        self.walk_to_in_progress(rec, self.kabid_a)
        self.rate(rec, self.kabid_a, k.ABOVE, k.ABOVE)
        rec.sudo().rated_date = date.today() - timedelta(days=5)
        with self.assertRaises(UserError):
            self.by(rec, self.kabid_a).action_finalise()
        # The company shortens its window in Settings -> Sistem Kerja.
        manager = new_test_user(
            self.env, login="skasn_manager_outcomes", company_id=self.company.id,
            company_ids=[(6, 0, [self.company.id])],
            groups="base.group_user,base.group_system,sistem_kerja_asn.group_manager",
        )
        Settings = self.env["res.config.settings"].with_user(manager) \
            .with_context(allowed_company_ids=self.company.ids)
        self.assertEqual(Settings.create({}).asn_objection_window_days, 14)
        Settings.create({"asn_objection_window_days": 3}).execute()
        self.assertEqual(policy.objection_window_days, 3)
        with self.assertRaises(ValidationError), self.cr.savepoint():
            Settings.create({"asn_objection_window_days": 0}).execute()
        fresh(self.env)
        self.assertEqual(rec.objection_deadline, date.today() - timedelta(days=2))
        self.by(rec, self.kabid_a).action_finalise()
        self.assertEqual(rec.state, k.FINAL)
