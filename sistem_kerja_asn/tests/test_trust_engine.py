"""Issue 11, items 1 and 2: one workflow engine; a user's create, write, copy and unlink obey the
workflow. Every test is an attacker's call as a real user (``with_user``), as JSON-RPC would make
it, starting from a clean cache."""

import logging
from datetime import date
from datetime import timedelta

from odoo.exceptions import AccessError
from odoo.exceptions import UserError
from odoo.exceptions import ValidationError
from odoo.tests import tagged
from odoo.tools import mute_logger

from ..rules import workflow
from .test_access import AccessCase

_logger = logging.getLogger(__name__)

REFUSED = (UserError, AccessError, ValidationError)


class refused:
    """Like assertRaises for any refusal (access, user or validation error), in a savepoint."""

    def __init__(self, case):
        self.case = case

    def __enter__(self):
        self.sp = self.case.env.cr.savepoint()
        self.sp.__enter__()
        return self

    def __exit__(self, exc_type, exc, tb):
        self.sp.__exit__(exc_type, exc, tb)
        if exc_type is None:
            self.case.fail("the call was not refused")
        return issubclass(exc_type, REFUSED)


@tagged("post_install", "-at_install")
class TestTrustEngine(AccessCase):
    """Forged states, engine fields, frozen content, copies, deletions, the row lock."""

    def clean(self):
        self.env.flush_all()
        self.env.invalidate_all()

    def as_(self, role, model_or_rec):
        user = self.roles[role]
        rec = model_or_rec if not isinstance(model_or_rec, str) else self.env[model_or_rec]
        return rec.with_user(user).with_context(allowed_company_ids=user.company_ids.ids)

    # -- item 2: create obeys the workflow ----------------------------------------------------

    def test_employee_cannot_create_a_final_rated_record(self):
        """The hole of the issue: an employee creates her own performance record already
        `final` and rated Sangat Baik."""
        self.clean()
        Kinerja = self.as_("other_pd_staff", "asn.kinerja")
        year = date.today().year + 1
        forged = {"employee_id": self.staff_x.id, "date_start": date(year, 1, 1),
                  "date_end": date(year, 12, 31)}
        for extra in ({"state": "final"}, {"state": "rated"},
                      {"rating_hasil_kerja": "above", "rating_perilaku": "above"},
                      {"rater_id": self.kaban.id}, {"objection_state": "decided"}):
            with self.assertRaisesRegex(UserError, "workflow buttons"), self.cr.savepoint():
                Kinerja.create({**forged, **extra})
        # The honest create starts as a draft plan.
        rec = Kinerja.create(forged)
        self.assertEqual(rec.state, "draft")
        self.assertFalse(rec.predikat)
        # ... and a record in another person's name is refused (R34 a).
        with refused(self):
            self.as_("other_pd_staff", "asn.kinerja").create(
                {**forged, "employee_id": self.staff_a.id})

    def test_employee_cannot_forge_an_issued_letter(self):
        """An employee forges an issued Surat Tugas 'signed' by her Kepala Dinas."""
        self.clean()
        Penugasan = self.as_("employee", "asn.penugasan")
        forged = {
            "employee_id": self.staff_a.id, "description": "Tugas palsu", "date_end": self.end,
        }
        for extra in (
            {"state": "delivered", "letter_number": "800.1/999/DINKES/2026",
             "assigner_id": self.kadis.id, "letter_date": date.today()},
            {"letter_number": "800.1/999/DINKES/2026"},
            {"assigner_id": self.kadis.id},
            {"state": "done"},
            {"name": "PNG/FORGED"},
        ):
            with self.assertRaisesRegex(UserError, "workflow buttons"), self.cr.savepoint():
                Penugasan.create({**forged, **extra})
        # Nor a plain draft appointment in the PUO's place (R16: the PUO assigns).
        with self.assertRaisesRegex(UserError, "starts this assignment"), self.cr.savepoint():
            Penugasan.create(dict(forged))
        # A volunteer offers himself only (R20).
        with self.assertRaisesRegex(UserError, "volunteer"), self.cr.savepoint():
            Penugasan.create({**forged, "method": "sukarela", "employee_id": self.staff_a2.id})
        mine = Penugasan.create({**forged, "method": "sukarela", "employee_id": False})
        self.assertEqual((mine.state, mine.employee_id), ("draft", self.staff_a))
        self.assertFalse(mine.letter_number)

    def test_other_documents_refuse_engine_fields_on_create(self):
        self.clean()
        team = self.targets["T"]
        assignment = self.targets["P"]
        cases = [
            ("employee", "asn.laporan", {"name": "Laporan", "penugasan_id": assignment.id,
                                         "submitter_id": self.staff_a.id, "state": "accepted"}),
            ("employee", "asn.laporan", {"name": "Laporan", "penugasan_id": assignment.id,
                                         "submitter_id": self.staff_a.id,
                                         "reviewer_id": self.kadis.id}),
            ("employee", "asn.eskalasi", {"name": "P", "tim_kerja_id": team.id,
                                          "description": "x", "alternatives": "a\nb",
                                          "state": "answered", "answer": "beres"}),
            ("puo", "asn.tim.kerja", {"name": "Tim", "kind": "insidental",
                                      "owning_unit_id": self.bidang_a.id,
                                      "date_end": self.end, "state": "established"}),
            ("ketua", "asn.kinerja.rekomendasi", {
                "employee_id": self.staff_a2.id, "role": "ketua", "tim_kerja_id": team.id,
                "rating_hasil_kerja": "above", "rating_perilaku": "above", "note": "x",
                "author_id": self.kadis.id}),
            ("admin_pd", "asn.delegasi.penilaian", {
                "employee_id": self.staff_a2.id, "delegate_id": self.kadis.id,
                "date_from": date.today(), "date_to": date.today() + timedelta(days=30),
                "reason": "x", "decree_number": "1", "is_current": True}),
        ]
        for role, model, vals in cases:
            with self.subTest(model=model, fields=sorted(vals)), \
                    self.assertRaisesRegex(UserError, "workflow buttons"), self.cr.savepoint():
                self.as_(role, model).create(vals)

    def test_records_in_another_persons_name(self):
        self.clean()
        assignment = self.targets["P"]
        # A report in a colleague's name, or on a colleague's assignment (R31): the team's
        # fellow member reads staff A's team assignment.
        with self.assertRaisesRegex(UserError, "own name"), self.cr.savepoint():
            self.as_("puo", "asn.laporan").create({
                "name": "Laporan", "penugasan_id": assignment.id,
                "submitter_id": self.staff_a.id})
        with refused(self):
            self.as_("fellow_member", "asn.laporan").create({
                "name": "Laporan", "penugasan_id": assignment.id,
                "submitter_id": self.staff_a2.id})
        with self.assertRaisesRegex(UserError, "own assignments"), self.cr.savepoint():
            self.as_("puo", "asn.laporan").create({
                "name": "Laporan", "penugasan_id": assignment.id,
                "submitter_id": self.kabid_a.id})
        # A team formed for a unit one does not lead (R22).
        with self.assertRaisesRegex(UserError, "R22"), self.cr.savepoint():
            self.as_("other_head", "asn.tim.kerja").create({
                "name": "Tim", "kind": "insidental", "owning_unit_id": self.bidang_a.id,
                "date_end": self.end})
        # A problem raised in the name of a team one is not in (R33).
        with refused(self):
            self.as_("other_head", "asn.eskalasi").create({
                "name": "P", "tim_kerja_id": self.targets["T"].id, "description": "x",
                "alternatives": "a\nb"})

    def test_resolver_outputs_refused_to_everyone_but_the_resolver(self):
        """R2-R9 are worked out by the resolver; HR uses overrides or delegations."""
        self.clean()
        for role in ("admin_daerah", "manager"):
            Emp = self.as_(role, "hr.employee")
            for vals in ({"ppk_id": self.kadis.id}, {"pimpinan_unit_id": self.kadis.id},
                         {"atasan_ppk_id": self.sekda.id}, {"jabatan_level": "1"},
                         {"kedudukan_problem": False}, {"koordinator_id": self.kadis.id},
                         {"ppk_delegated": True}, {"kedudukan_reason_data": []}):
                with self.subTest(role=role, vals=vals), \
                        self.assertRaisesRegex(UserError, "worked out"), self.cr.savepoint():
                    Emp.browse(self.staff_a2.id).write(vals)
            with self.assertRaisesRegex(UserError, "worked out"), self.cr.savepoint():
                Emp.create({"name": "Baru", "department_id": self.bidang_a.id,
                            "jabatan_type": "pelaksana", "ppk_id": self.sekda.id})
        self.assertEqual(self.staff_a2.ppk_id, self.kabid_a)

    def test_delegation_to_a_subordinate_refused(self):
        """R7: the Kepala Dinas's appraisal cannot be delegated to his own Kabid."""
        self.clean()
        with self.assertRaisesRegex(ValidationError, "R7"), self.cr.savepoint():
            self.as_("admin_daerah", "asn.delegasi.penilaian").create({
                "employee_id": self.kadis.id, "delegate_id": self.kabid_a.id,
                "date_from": date.today(), "date_to": date.today() + timedelta(days=30),
                "reason": "Cuti", "decree_number": "800/1"})
        # ... nor to staff two levels below him.
        with self.assertRaisesRegex(ValidationError, "R7"), self.cr.savepoint():
            self.as_("admin_daerah", "asn.delegasi.penilaian").create({
                "employee_id": self.kadis.id, "delegate_id": self.staff_a2.id,
                "date_from": date.today(), "date_to": date.today() + timedelta(days=30),
                "reason": "Cuti", "decree_number": "800/2"})
        # Sideways is allowed: the head of another PD.
        rec = self.as_("admin_daerah", "asn.delegasi.penilaian").create({
            "employee_id": self.kabid_b.id, "delegate_id": self.kaban.id,
            "date_from": date.today(), "date_to": date.today() + timedelta(days=30),
            "reason": "Tugas belajar", "decree_number": "800/3"})
        self.assertTrue(rec.is_current)

    # -- write: engine fields and frozen content --------------------------------------------------

    def test_frozen_content(self):
        self.clean()
        letter = self.targets["P3"]  # an issued Surat Tugas
        self.assertEqual(letter.state, "delivered")
        for vals in ({"description": "Tugas lain"}, {"date_end": self.end + timedelta(days=9)},
                     {"employee_id": self.staff_a2.id}, {"owning_unit_id": self.bidang_b.id}):
            with self.subTest(vals=vals), self.assertRaisesRegex(UserError, "no longer"), \
                    self.cr.savepoint():
                self.as_("puo", letter).write(vals)
        # A submitted report's content and assignment.
        report = self.targets["L"]
        self.as_("employee", report).action_submit()
        self.clean()
        for vals in ({"content": "<p>diubah</p>"}, {"penugasan_id": self.targets["P3"].id}):
            with self.subTest(vals=vals), self.assertRaisesRegex(UserError, "no longer"), \
                    self.cr.savepoint():
                self.as_("employee", report).write(vals)

    def test_copy_starts_afresh(self):
        """A copy of an issued letter is a new draft without number, letter or signer."""
        self.clean()
        copy = self.as_("puo", self.targets["P3"]).copy()
        self.assertEqual(copy.state, "draft")
        self.assertFalse(copy.letter_number or copy.letter_date or copy.assigner_id)
        self.assertNotEqual(copy.name, self.targets["P3"].name)
        # The employee copying her own in-progress record gets a draft, not the progress.
        record = self.targets["K"]
        self.assertEqual(record.state, "in_progress")
        year = date.today().year + 2
        dup = self.as_("employee", record).copy({"date_start": date(year, 1, 1),
                                                 "date_end": date(year, 12, 31)})
        self.assertEqual(dup.state, "draft")

    def test_unlink_keeps_history(self):
        self.clean()
        with self.assertRaisesRegex(UserError, "cannot be deleted"), self.cr.savepoint():
            self.as_("admin_daerah", self.targets["P3"]).unlink()
        with self.assertRaisesRegex(UserError, "cannot be deleted"), self.cr.savepoint():
            self.as_("admin_daerah", self.targets["T"]).unlink()

    # -- allowed actions ----------------------------------------------------------------------------

    def test_allowed_actions_follow_the_user(self):
        """Nobody sees a button they cannot press (the views read allowed_actions)."""
        record = self.targets["K"]  # in progress: the (delegated) PPK rates (R7)
        self.clean()
        self.assertNotIn(",rate,", self.as_("employee", record).allowed_actions)
        self.assertIn(",rate,", self.as_("delegated_ppk", record).allowed_actions)
        report = self.targets["L"]
        self.assertIn(",submit,", self.as_("employee", report).allowed_actions)
        self.assertNotIn(",submit,", self.as_("puo", report).allowed_actions)
        team = self.targets["T"]
        self.assertIn(",close,", self.as_("puo", team).allowed_actions)
        self.assertEqual(self.as_("fellow_member", team).allowed_actions, ",,")

    # -- the row lock -------------------------------------------------------------------------------

    def test_second_click_while_the_first_runs(self):
        """Two clicks at once: the second finds the row locked and is refused clearly."""
        demo = self.env.ref("sistem_kerja_asn.penugasan_lintas_unit", raise_if_not_found=False)
        self.assertTrue(demo, "the Odoo tier installs the demo data (make test)")
        with self.registry.cursor() as cr2:
            cr2.execute("SELECT id FROM asn_penugasan WHERE id = %s FOR UPDATE", [demo.id])
            with self.assertRaisesRegex(UserError, "Someone else is acting"), \
                    mute_logger("odoo.sql_db"):
                demo.with_user(self.roles["admin_daerah"])._asn_do("cancel")
            cr2.rollback()

    # -- the access matrix's column "create with engine fields" ---------------------------------

    def test_matrix_create_with_engine_fields(self):
        """Every role x document: a create carrying an engine field is refused (c+e)."""
        team = self.targets["T"]
        base = {
            "asn.penugasan": {"employee_id": self.staff_a.id, "description": "x",
                              "date_end": self.end, "state": "delivered",
                              "letter_number": "X/1"},
            "asn.tim.kerja": {"name": "Tim", "kind": "insidental",
                              "owning_unit_id": self.bidang_a.id,
                              "date_end": self.end, "state": "established"},
            "asn.laporan": {"name": "L", "penugasan_id": self.targets["P"].id,
                            "submitter_id": self.staff_a.id, "state": "accepted"},
            "asn.eskalasi": {"name": "P", "tim_kerja_id": team.id, "description": "x",
                             "alternatives": "a\nb", "state": "closed"},
            "asn.kinerja": {"employee_id": self.staff_a.id,
                            "date_start": date(date.today().year + 3, 1, 1),
                            "date_end": date(date.today().year + 3, 12, 31), "state": "final"},
            "asn.kinerja.rekomendasi": {
                "employee_id": self.staff_a.id, "role": "ketua", "tim_kerja_id": team.id,
                "rating_hasil_kerja": "above", "rating_perilaku": "above", "note": "x",
                "author_id": self.sekda.id},
            "asn.delegasi.penilaian": {
                "employee_id": self.staff_a2.id, "delegate_id": self.kaban.id,
                "date_from": date.today(), "date_to": date.today() + timedelta(days=9),
                "reason": "x", "decree_number": "9", "is_current": True},
            # issue 13: flexible work already approved (R41), a unit's hours approved (R40)
            "asn.kerja.fleksibel": {
                "employee_id": self.staff_a.id, "kind": "location", "location": "x",
                "date_from": date.today(), "date_to": date.today() + timedelta(days=9),
                "reason": "x", "state": "approved"},
            "asn.pengecualian.jam.kerja": {
                "department_id": self.bidang_a.id, "service": "pelayanan_langsung",
                "calendar_id": self.env.ref("sistem_kerja_asn.resource_calendar_dps_r37").id,
                "reason": "x", "state": "approved"},
        }
        self.assertEqual(set(base), set(workflow.SPECS))
        lines = ["Create with engine fields, per document (%s): 'e' refused by the engine, "
                 "'a' no create access, 'C' CREATED, 'x' refused for another reason:"
                 % ", ".join(base)]
        wrong = []
        for role, user in self.roles.items():
            cells = []
            for model, vals in base.items():
                self.clean()
                try:
                    with self.cr.savepoint(), mute_logger("odoo.sql_db"):
                        self.env[model].with_user(user).with_context(
                            allowed_company_ids=user.company_ids.ids).create(dict(vals))
                    cell = "C"
                except AccessError:
                    cell = "a"
                except UserError as err:
                    cell = "e" if "workflow buttons" in str(err) else "x"
                except ValidationError:
                    cell = "x"
                cells.append(cell)
                if cell in "Cx":
                    wrong.append((role, model, cell))
            lines.append("  %-15s %s" % (role, " ".join(cells)))
        _logger.info("\n".join(lines))
        self.assertEqual(wrong, [])

    def test_every_readonly_stored_field_is_the_engines(self):
        """The spec of each document covers its read-only stored workflow fields."""
        for model, spec in workflow.SPECS.items():
            Model = self.env[model]
            self.assertEqual(Model._asn_workflow, spec)
            for name in spec.engine_fields:
                self.assertIn(name, Model._fields, "%s.%s" % (model, name))
            for name in spec.content:
                self.assertIn(name, Model._fields, "%s.%s" % (model, name))
            if spec.initial:
                states = dict(Model._fields[spec.state_field].selection)
                self.assertIn(spec.initial, states)

    def test_recommendation_requests_hidden_from_the_employee(self):
        """R5, R9, R27: the PUO (not the PPK here: the appraisal is delegated) is asked for a
        recommendation on staff A's record; staff A sees neither the request nor, later, its
        disappearance (issue 11: the senders stay hidden)."""
        record = self.targets["K"]
        record._asn_activity_update()
        recommend = self.env.ref("sistem_kerja_asn.mail_act_kinerja_recommend")
        asked = record.sudo().activity_ids.filtered(lambda a: a.activity_type_id == recommend)
        self.assertIn(self.roles["puo"], asked.user_id)
        self.roles["employee"].groups_id += self.env.ref("base.group_allow_export")
        self.clean()
        seen = self.as_("employee", record).activity_ids
        self.assertFalse(seen.filtered(lambda a: a.activity_type_id == recommend))
        exported = self.as_("employee", record).export_data(
            ["activity_ids/user_id", "activity_ids/summary"])["datas"]
        # The step activity (his PPK rates) is his to see; no recommendation request is.
        self.assertEqual([row[1] for row in exported if any(row)], ["Rate the performance"])
        self.assertNotIn(self.roles["puo"].display_name, str(exported))
        self.clean()
        mine = self.as_("puo", record).activity_ids.filtered(
            lambda a: a.activity_type_id == recommend)
        self.assertEqual(mine.user_id, self.roles["puo"])

    def test_access_follows_a_new_pyb(self):
        """R18: the government's authorised official (PyB) takes part in its assignments; when
        the company names another, access moves with the role (issue 11, item 4)."""
        other_pd = self.targets["P2"]
        self.company.asn_pyb_id = self.jf_b
        self.clean()
        self.assertIn(self.roles["ketua"], other_pd.participant_user_ids)
        self.company.asn_pyb_id = self.sekda
        self.clean()
        self.assertNotIn(self.roles["ketua"], other_pd.participant_user_ids)
        self.assertIn(self.users[self.sekda.id], other_pd.participant_user_ids)

    def test_computed_values_cannot_be_given_on_create(self):
        """Odoo stores a computed field named in ``create`` as given (it is protected from its
        compute): a forged predikat, load or overtime would stick. Refused for every user."""
        self.clean()
        year = date.today().year + 4
        with self.assertRaisesRegex(UserError, "workflow buttons"), self.cr.savepoint():
            self.as_("other_pd_staff", "asn.kinerja").create({
                "employee_id": self.staff_x.id, "date_start": date(year, 1, 1),
                "date_end": date(year, 12, 31), "predikat": "sangat_baik"})
        with self.assertRaisesRegex(UserError, "workflow buttons"), self.cr.savepoint():
            self.as_("puo", "asn.penugasan").create({
                "employee_id": self.staff_a2.id, "description": "x", "date_end": self.end,
                "load_weight": 99.0})
        with self.assertRaisesRegex(UserError, "workflow buttons"), self.cr.savepoint():
            self.as_("puo", "asn.penugasan").create({
                "employee_id": self.staff_a2.id, "description": "x", "date_end": self.end,
                "participant_user_ids": [(6, 0, [self.roles["other_head"].id])]})
        record = self.targets["K"]
        with self.assertRaisesRegex(UserError, "workflow buttons"), self.cr.savepoint():
            self.as_("employee", "asn.kinerja.catatan").create({
                "kinerja_id": record.id, "kind": "overtime", "body": "Lembur",
                "hours_worked": 40.0, "overtime_hours": 500.0})
        with self.assertRaisesRegex(UserError, "workflow buttons"), self.cr.savepoint():
            self.as_("puo", "asn.kinerja.expectation").create({
                "kinerja_id": record.id, "name": "x", "indicator": "x", "target": "x",
                "employee_id": self.kadis.id})

    def test_employee_named_only_by_the_step_actor(self):
        """R17.3: across units the PPK where the employee sits (here the head of Bidang B)
        names the employee; the requesting unit cannot name (or rename) him itself."""
        rec = self.Penugasan.with_user(self.u(self.kabid_a)).create({
            "scope": "lintas_unit", "owning_unit_id": self.bidang_a.id,
            "target_unit_id": self.bidang_b.id, "description": "Analisis data surveilans",
            "purpose": "Analisis tren kasus", "competence": "Epidemiologi",
            "expected_target": "Laporan tren", "date_end": self.end,
        })
        rec.with_user(self.u(self.kabid_a)).action_send()
        rec.with_user(self.u(self.kabid_b)).action_approve()
        self.assertEqual(rec.state, "recommendation")
        self.clean()
        with self.assertRaisesRegex(UserError, "no longer"), self.cr.savepoint():
            rec.with_user(self.u(self.kabid_a)).write({"employee_id": self.staff_a2.id})
        rec.with_user(self.u(self.kabid_b)).write({"employee_id": self.jf_b.id})
        self.assertEqual(rec.employee_id, self.jf_b)

    def test_content_written_by_its_author(self):
        """A reviewer returns a report, he does not rewrite it (R31, R32); a PUO answers a raised
        problem, he does not rewrite it (R33); a colleague does not rewrite a draft letter."""
        self.clean()
        with self.assertRaisesRegex(UserError, "writes this report"), self.cr.savepoint():
            self.as_("puo", self.targets["L"]).write({"content": "<p>ditulis ulang</p>"})
        self.as_("employee", self.targets["L"]).write({"content": "<p>laporan saya</p>"})
        with self.assertRaisesRegex(UserError, "raised the problem"), self.cr.savepoint():
            self.as_("puo", self.targets["X"]).write({"alternatives": "Tidak ada"})
        draft = self.as_("puo", "asn.penugasan").create({
            "employee_id": self.staff_a2.id, "description": "Rekap", "date_end": self.end})
        with self.assertRaisesRegex(UserError, "starts this assignment"), self.cr.savepoint():
            self.as_("fellow_member", draft).write({"description": "Tugas lain"})
        self.as_("puo", draft).write({"description": "Rekap data"})

    def test_assignment_in_another_government_refused(self):
        """The creator takes part in what he creates: an assignment opened in another
        government's name with one's own unit would slip past the company rule. Refused."""
        other_co = self.targets["PX"].company_id
        self.clean()
        with refused(self):
            self.as_("puo", "asn.penugasan").create({
                "employee_id": self.staff_a2.id, "owning_unit_id": self.bidang_a.id,
                "company_id": other_co.id, "description": "x", "date_end": self.end})

    def test_admin_pd_changes_only_the_units_of_his_pds(self):
        """Who appraises whom follows the units' heads and overrides (R2-R6): the HR clerk of
        the Dinas cannot rewrite the Badan's, though he reads every unit."""
        clerk = self.roles["admin_pd"]
        self.clean()
        badan = self.badan.with_user(clerk)
        self.assertTrue(badan.name)
        with self.assertRaises(AccessError), self.cr.savepoint():
            badan.write({"ppk_mode": "pd_head"})
        with self.assertRaises(AccessError), self.cr.savepoint():
            badan.write({"manager_id": self.staff_x.id})
        self.bidang_b.with_user(clerk).write({"kode_surat": "BIDB"})
        seksi = self.env["hr.department"].with_user(clerk).create({
            "name": "Seksi Baru", "parent_id": self.bidang_b.id, "unit_kind": "seksi",
            "company_id": self.company.id})
        self.assertEqual(seksi.parent_id, self.bidang_b)
        self.badan.with_user(self.roles["admin_daerah"]).write({"kode_surat": "BKD"})
