from datetime import date
from datetime import timedelta

from odoo.exceptions import AccessError
from odoo.exceptions import UserError
from odoo.exceptions import ValidationError
from odoo.tests import new_test_user
from odoo.tests import tagged
from odoo.tools import mute_logger
from psycopg2 import IntegrityError

from ..rules import kinerja as k
from .test_penugasan import PenugasanCase


class KinerjaCase(PenugasanCase):
    """The Dinas of PenugasanCase with a performance record per person for this year."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # R36, R37 (issue 13): the weekly duty comes from the employee's calendar; the Dinas works
        # 37 h 30 min a week (DPS Ps 17(1)), not Odoo's default 40 h.
        r37 = cls.env.ref("sistem_kerja_asn.resource_calendar_dps_r37")
        cls.company.resource_calendar_id = r37
        cls.Emp.search([("company_id", "=", cls.company.id)]).resource_calendar_id = r37
        cls.Kinerja = cls.env["asn.kinerja"]
        cls.year = date.today().year
        cls.y_start, cls.y_end = date(cls.year, 1, 1), date(cls.year, 12, 31)
        cls.hr_daerah = new_test_user(
            cls.env, login="hr_daerah_kinerja", company_id=cls.company.id,
            company_ids=[(6, 0, [cls.company.id])],
            groups="base.group_user,sistem_kerja_asn.group_admin_daerah",
        )
        # The Kepala Dinas signs the performance agreement of the PD (R35, top of the cascade).
        cls.rec_kadis = cls.Kinerja.create({
            "employee_id": cls.kadis.id,
            "expectation_ids": [(0, 0, {
                "name": "Meningkatnya derajat kesehatan masyarakat",
                "indicator": "Usia harapan hidup", "target": "73 tahun",
                "organisation_indicator": "IKU: usia harapan hidup",
            })],
        })
        cls.e_kadis = cls.rec_kadis.expectation_ids

    def new_record(self, emp, parent=None, by=None, **vals):
        model = self.Kinerja.with_user(self.u(by or emp))
        rec = model.create({"employee_id": emp.id, "checkin_frequency": "quarterly", **vals})
        model.env["asn.kinerja.expectation"].create({
            "kinerja_id": rec.id, "name": "Hasil kerja %s" % emp.name,
            "indicator": "Persentase", "target": "100%",
            "parent_id": parent.id if parent else False,
        })
        return rec

    def walk_to_in_progress(self, rec, ppk):
        self.by(rec, ppk).action_agree()
        self.by(rec, rec.employee_id).action_start()
        self.assertEqual(rec.state, k.IN_PROGRESS)

    def rate(self, rec, ppk, hasil, perilaku):
        self.by(rec, ppk).write({"rating_hasil_kerja": hasil, "rating_perilaku": perilaku,
                                 "rating_note": "Sesuai bukti"})
        self.by(rec, ppk).action_rate()

    def activity_users(self, rec, xmlid="sistem_kerja_asn.mail_act_kinerja_step"):
        rec.invalidate_recordset()
        act_type = self.env.ref(xmlid)
        return rec.sudo().activity_ids.filtered(lambda a: a.activity_type_id == act_type).user_id


@tagged("post_install", "-at_install")
class TestKinerjaFlow(KinerjaCase):
    """R34: planning, doing, appraisal, follow-up; R35 cascade; the national predikat."""

    def test_officials_of_the_scenario(self):
        self.assertOfficials(self.staff_a, self.kabid_a, puo=self.kabid_a, atasan=self.kadis)
        self.assertOfficials(self.kabid_a, self.kadis)
        self.assertTrue(self.rec_kadis.is_top)

    def test_cascade(self):
        """R35: the Kabid's result supports the Kepala Dinas's; the staff's the Kabid's; a result
        of someone who is not a superior is refused; a non-top record needs the link."""
        rec_kabid = self.new_record(self.kabid_a, parent=self.e_kadis)
        e_kabid = rec_kabid.expectation_ids
        self.assertEqual(e_kabid.parent_id, self.e_kadis)
        self.assertFalse(rec_kabid.is_top)
        # The staff reads the superior's results to cascade from, not the superior's record.
        visible = self.env["asn.kinerja.expectation"].with_user(self.u(self.staff_a)).search(
            [("employee_id", "=", self.kabid_a.id)]
        )
        self.assertEqual(visible, e_kabid)
        with self.assertRaises(AccessError):
            rec_kabid.with_user(self.u(self.staff_a)).read(["rating_hasil_kerja"])
        rec_staff = self.new_record(self.staff_a, parent=e_kabid)
        self.assertEqual(e_kabid.child_ids, rec_staff.expectation_ids)
        # A result of a colleague in another unit is not a superior's (R35).
        rec_jf = self.new_record(self.jf_b, parent=None)
        with self.assertRaisesRegex(ValidationError, "R35"), self.cr.savepoint():
            rec_staff.expectation_ids.with_user(self.u(self.staff_a)).write(
                {"parent_id": rec_jf.expectation_ids.id}
            )
        # Agreeing without the link is refused for anyone but Level 1 at the top of the PD.
        with self.assertRaisesRegex(UserError, "R35"):
            self.by(rec_jf, self.kabid_b).action_agree()
        self.by(rec_staff, self.kabid_a).action_agree()
        self.assertEqual(rec_staff.state, k.AGREED)
        self.rec_kadis.with_user(self.hr_daerah).action_agree()  # top: no superior's result
        self.assertEqual(self.rec_kadis.state, k.AGREED)

    def test_flow_each_step_by_the_right_user(self):
        """Draft -> agreed -> in progress -> rated -> final, with activities for whoever acts
        next and check-ins for the PPK."""
        rec = self.new_record(self.staff_a, parent=self.e_kadis)
        self.assertEqual(self.activity_users(rec), self.u(self.kabid_a))
        with self.assertRaisesRegex(UserError, "appraiser"):
            self.by(rec, self.staff_a).action_agree()
        self.by(rec, self.kabid_a).action_agree()
        self.assertEqual(self.activity_users(rec), self.u(self.staff_a))
        # The plan is fixed once agreed.
        with self.assertRaises(UserError):
            self.by(rec, self.staff_a).write({"date_end": date(self.year, 6, 30)})
        self.by(rec, self.staff_a).action_start()
        self.assertEqual(self.activity_users(rec), self.u(self.kabid_a))
        checkins = self.activity_users(rec, "sistem_kerja_asn.mail_act_kinerja_checkin")
        self.assertEqual(checkins, self.u(self.kabid_a))
        # One per quarter-end still to come (none overdue from the start, R34 b).
        quarter_ends = [date(self.year, 3, 31), date(self.year, 6, 30), date(self.year, 9, 30),
                        date(self.year, 12, 31)]
        self.assertEqual(len(rec.sudo().activity_ids.filtered(
            lambda a: a.activity_type_id.id == self.env.ref(
                "sistem_kerja_asn.mail_act_kinerja_checkin").id)),
            len([day for day in quarter_ends if day >= date.today()]))
        # The employee records what was achieved while the period runs.
        rec.expectation_ids.with_user(self.u(self.staff_a)).write({"achievement": "100%"})
        # Only the PPK rates (R2): the employee can neither write the ratings nor rate.
        with self.assertRaisesRegex(UserError, "R2"):
            self.by(rec, self.staff_a).write({"rating_hasil_kerja": k.ABOVE})
        with self.assertRaisesRegex(UserError, "R2"):
            self.by(rec, self.staff_a).action_rate()
        with self.assertRaisesRegex(UserError, "state"):
            self.by(rec, self.staff_a).write({"state": k.FINAL})
        self.rate(rec, self.kabid_a, k.ABOVE, k.AS_EXPECTED)
        self.assertEqual((rec.state, rec.predikat, rec.rater_id), (k.RATED, k.BAIK, self.kabid_a))
        self.assertEqual(self.activity_users(rec), self.u(self.kabid_a))
        # The employee may object for the objection window after the rating (R34): passed.
        rec.sudo().rated_date = date.today() - timedelta(days=30)
        self.by(rec, self.kabid_a).action_finalise()
        self.assertEqual(rec.state, k.FINAL)
        self.assertFalse(self.activity_users(rec))
        self.assertTrue(any("Appraisal final" in body for body in rec.message_ids.mapped("body")))

    def test_every_predikat_cell(self):
        """The nine cells of PermenPANRB 6/2022 (RULES.md §E: behaviour below expectation is
        misconduct whatever the results; results below expectation with acceptable behaviour
        need improvement), through the PPK's rating."""
        rec = self.new_record(self.staff_a, parent=self.e_kadis)
        self.walk_to_in_progress(rec, self.kabid_a)
        cells = {
            (k.ABOVE, k.BELOW): "kurang", (k.ABOVE, k.AS_EXPECTED): "baik",
            (k.ABOVE, k.ABOVE): "sangat_baik",
            (k.AS_EXPECTED, k.BELOW): "kurang", (k.AS_EXPECTED, k.AS_EXPECTED): "baik",
            (k.AS_EXPECTED, k.ABOVE): "baik",
            (k.BELOW, k.BELOW): "sangat_kurang", (k.BELOW, k.AS_EXPECTED): "butuh_perbaikan",
            (k.BELOW, k.ABOVE): "butuh_perbaikan",
        }
        for (hasil, perilaku), expected in cells.items():
            with self.subTest(hasil=hasil, perilaku=perilaku):
                self.rate(rec, self.kabid_a, hasil, perilaku)
                self.assertEqual(rec.predikat, expected)
                self.by(rec, self.kabid_a).action_reopen()
                self.assertFalse(rec.rater_id)
        self.assertEqual(len(k.MATRIX), 9)

    def test_objection_path(self):
        """The employee objects to the atasan PPK, who decides; finalising waits for it."""
        rec = self.new_record(self.staff_a, parent=self.e_kadis)
        self.walk_to_in_progress(rec, self.kabid_a)
        self.rate(rec, self.kabid_a, k.BELOW, k.AS_EXPECTED)
        self.assertEqual(rec.predikat, "butuh_perbaikan")  # RULES.md §E
        with self.assertRaisesRegex(UserError, "reason"):
            self.by(rec, self.staff_a).action_object()
        with self.assertRaises(UserError):  # only the employee writes the objection
            self.by(rec, self.kabid_a).write({"objection_reason": "x"})
        self.by(rec, self.staff_a).write({"objection_reason": "Target tercapai 100%, bukti ada"})
        self.by(rec, self.staff_a).action_object()
        self.assertEqual(rec.objection_state, k.OBJECTION_FILED)
        self.assertEqual(self.activity_users(rec), self.u(self.kadis))
        with self.assertRaisesRegex(UserError, "objection"):
            self.by(rec, self.kabid_a).action_finalise()
        with self.assertRaises(UserError):  # the PPK does not decide on his own rating
            self.by(rec, self.kabid_a).action_decide_objection()
        with self.assertRaisesRegex(UserError, "answer"):
            self.by(rec, self.kadis).action_decide_objection()
        self.by(rec, self.kadis).write({
            "objection_answer": "Keberatan diterima sebagian",
            "objection_hasil_kerja": k.AS_EXPECTED, "objection_perilaku": k.AS_EXPECTED,
        })
        self.by(rec, self.kadis).action_decide_objection()
        self.assertEqual((rec.objection_state, rec.objection_decider_id, rec.predikat),
                         (k.OBJECTION_DECIDED, self.kadis, k.BAIK))
        with self.assertRaises(UserError):  # once only
            self.by(rec, self.staff_a).action_object()
        self.by(rec, self.kabid_a).action_finalise()
        self.assertEqual(rec.state, k.FINAL)

    def test_timeline_overtime_and_follow_up(self):
        """R34 b, d; R36: notes of the PUO, ketua and PPK and the employee's extra hours, in one
        timeline per employee; follow-up only after the rating, by the PPK or HR."""
        rec = self.new_record(self.staff_a, parent=self.e_kadis)
        self.walk_to_in_progress(rec, self.kabid_a)
        Note = self.env["asn.kinerja.catatan"]
        Note.with_user(self.u(self.kabid_a)).create({
            "employee_id": self.staff_a.id, "kind": "feedback", "body": "Rekap tepat waktu",
        })
        Note.with_user(self.u(self.staff_a)).create({
            "kinerja_id": rec.id, "kind": "overtime", "body": "Lembur rekap imunisasi",
            "hours_worked": 42.0,
        })
        with self.assertRaisesRegex(ValidationError, "R36"), self.cr.savepoint():
            Note.with_user(self.u(self.staff_a)).create({
                "kinerja_id": rec.id, "kind": "overtime", "body": "x", "hours_worked": 30.0,
            })
        with self.assertRaises(UserError):  # a colleague of another unit is not concerned
            Note.with_user(self.u(self.jf_b)).create({
                "kinerja_id": rec.id, "kind": "feedback", "body": "x",
            })
        with self.assertRaisesRegex(UserError, "Follow-up"):
            Note.with_user(self.u(self.kabid_a)).create({
                "kinerja_id": rec.id, "kind": "follow_up", "body": "x",
                "follow_up_type": "reward",
            })
        self.assertEqual(rec.overtime_hours, 4.5)
        self.rate(rec, self.kabid_a, k.ABOVE, k.ABOVE)
        with self.assertRaises(UserError):
            Note.with_user(self.u(self.staff_a)).create({
                "kinerja_id": rec.id, "kind": "follow_up", "body": "x",
                "follow_up_type": "reward",
            })
        Note.with_user(self.u(self.kabid_a)).create({
            "kinerja_id": rec.id, "kind": "follow_up", "body": "Diusulkan penghargaan",
            "follow_up_type": "reward",
        })
        action = self.staff_a.with_user(self.u(self.staff_a)).action_open_kinerja_timeline()
        timeline = Note.with_user(self.u(self.staff_a)).search(action["domain"])
        self.assertEqual(sorted(timeline.mapped("kind")), ["feedback", "follow_up", "overtime"])
        self.assertEqual(set(timeline.author_id.ids), {self.kabid_a.id, self.staff_a.id})


@tagged("post_install", "-at_install")
class TestKinerjaRecommendations(KinerjaCase):
    """R5, R9, R27: recommendations reach the PPK, including a delegated one (R7)."""

    def setUp(self):
        super().setUp()
        self.team = self.env["asn.tim.kerja"].create({
            "name": "Tim Imunisasi", "kind": "insidental", "owning_unit_id": self.bidang_a.id,
            "date_end": self.y_end,
            "member_ids": [
                (0, 0, {"employee_id": self.jf_b.id, "role": "ketua"}),
                (0, 0, {"employee_id": self.staff_a.id, "role": "anggota"}),
            ],
        })
        self.team.sudo().write({"state": "established"})
        self.Rek = self.env["asn.kinerja.rekomendasi"]

    def recommend(self, author, role, emp, team=None):
        return self.Rek.with_user(self.u(author)).create({
            "employee_id": emp.id, "role": role, "tim_kerja_id": team.id if team else False,
            "rating_hasil_kerja": k.ABOVE, "rating_perilaku": k.AS_EXPECTED,
            "note": "Kontribusi besar",
        })

    def test_ketua_recommends_for_member(self):
        """R27: the ketua recommends for each member; the PPK sees it while rating; the
        employee and other colleagues do not, nor does the ketua see the record itself."""
        rec = self.new_record(self.staff_a, parent=self.e_kadis)
        with self.assertRaisesRegex(UserError, "period"):  # not running yet
            self.recommend(self.jf_b, k.KETUA, self.staff_a, self.team)
        self.walk_to_in_progress(rec, self.kabid_a)
        todo = self.activity_users(rec, "sistem_kerja_asn.mail_act_kinerja_recommend")
        self.assertEqual(todo, self.u(self.jf_b))
        rek = self.recommend(self.jf_b, k.KETUA, self.staff_a, self.team)
        self.assertEqual(rek.kinerja_id, rec)
        self.assertFalse(self.activity_users(rec, "sistem_kerja_asn.mail_act_kinerja_recommend"))
        self.assertEqual(rec.with_user(self.u(self.kabid_a)).recommendation_ids, rek)
        seen = self.Rek.with_user(self.u(self.kabid_a)).search([("kinerja_id", "=", rec.id)])
        self.assertEqual(seen, rek)
        self.assertEqual(seen.predikat, k.BAIK)
        for emp in (self.staff_a, self.kabid_b):
            self.assertFalse(self.Rek.with_user(self.u(emp)).search([("id", "=", rek.id)]))
        rec.invalidate_recordset()  # the record's own list is filtered the same way
        self.assertFalse(rec.with_user(self.u(self.staff_a)).recommendation_ids)
        with self.assertRaises(AccessError):
            rec.with_user(self.u(self.jf_b)).read(["predikat"])
        # Twice, or for a team where he is not ketua, is refused.
        with self.assertRaises(ValidationError), self.cr.savepoint():
            self.recommend(self.jf_b, k.KETUA, self.staff_a, self.team)
        with self.assertRaisesRegex(ValidationError, "R27"), self.cr.savepoint():
            self.recommend(self.kabid_b, k.KETUA, self.staff_a, self.team)

    def test_puo_recommends_when_not_ppk(self):
        """R5: with the Kepala Dinas as PPK of Bidang A's staff, the Kabid (PUO) recommends;
        a PUO who is the PPK rates directly."""
        rec_jf = self.new_record(self.jf_b, parent=self.e_kadis)
        self.walk_to_in_progress(rec_jf, self.kabid_b)
        with self.assertRaisesRegex(ValidationError, "R5"), self.cr.savepoint():  # PUO == PPK
            self.recommend(self.kabid_b, k.PUO, self.jf_b)
        self.bidang_a.ppk_mode = "pd_head"
        self.assertOfficials(self.staff_a, self.kadis, puo=self.kabid_a)
        rec = self.new_record(self.staff_a, parent=self.e_kadis)
        # R5: the PUO who is not the PPK sets the target before the PPK agrees.
        self.by(rec.expectation_ids, self.kabid_a).write({"target": "100%"})
        self.walk_to_in_progress(rec, self.kadis)
        self.assertIn(self.u(self.kabid_a),
                      self.activity_users(rec, "sistem_kerja_asn.mail_act_kinerja_recommend"))
        with self.assertRaisesRegex(ValidationError, "R5"), self.cr.savepoint():  # not his PUO
            self.recommend(self.kabid_b, k.PUO, self.staff_a)
        rek = self.recommend(self.kabid_a, k.PUO, self.staff_a)
        self.assertEqual(
            self.Rek.with_user(self.u(self.kadis)).search([("employee_id", "=", self.staff_a.id)]),
            rek,
        )
        self.rate(rec, self.kadis, k.ABOVE, k.AS_EXPECTED)
        self.assertEqual(rec.rater_id, self.kadis)

    def test_delegated_ppk_sees_and_rates(self):
        """R7: while a delegation runs, the delegate is the PPK: he reads the recommendations
        and rates; the delegating PPK does not rate."""
        rec = self.new_record(self.staff_a, parent=self.e_kadis)
        self.walk_to_in_progress(rec, self.kabid_a)
        rek = self.recommend(self.jf_b, k.KETUA, self.staff_a, self.team)
        self.env["asn.delegasi.penilaian"].create({
            "employee_id": self.staff_a.id, "delegate_id": self.kabid_b.id,
            "date_from": date.today() - timedelta(days=1),
            "date_to": date.today() + timedelta(days=30),
            "reason": "Kabid A tugas belajar", "decree_number": "800/1/2026",
        })
        self.assertOfficials(self.staff_a, self.kabid_b)
        self.assertTrue(rec.ppk_delegated)
        self.assertEqual(
            self.Rek.with_user(self.u(self.kabid_b)).search([("employee_id", "=", self.staff_a.id)]),
            rek,
        )
        with self.assertRaisesRegex(UserError, "R2"):
            self.rate(rec, self.kabid_a, k.ABOVE, k.ABOVE)
        self.rate(rec, self.kabid_b, k.ABOVE, k.ABOVE)
        self.assertEqual((rec.rater_id, rec.predikat), (self.kabid_b, k.SANGAT_BAIK))


@tagged("post_install", "-at_install")
class TestKinerjaBadInput(KinerjaCase):
    """Each refused with a clear message, nothing written."""

    def test_overlapping_period(self):
        self.new_record(self.staff_a, parent=self.e_kadis)
        with self.assertRaisesRegex(ValidationError, "overlap"), self.cr.savepoint():
            self.new_record(self.staff_a, parent=self.e_kadis,
                            date_start=date(self.year, 6, 1), date_end=date(self.year + 1, 5, 31))
        other = self.new_record(self.staff_a, parent=self.e_kadis, date_start=date(self.year + 1, 1, 1),
                                date_end=date(self.year + 1, 12, 31))
        self.assertEqual(other.year, self.year + 1)

    def test_period_order(self):
        with mute_logger("odoo.sql_db"), self.assertRaises(IntegrityError), self.cr.savepoint():
            self.Kinerja.create({"employee_id": self.staff_a.id,
                                 "date_start": self.y_end, "date_end": self.y_start})

    def test_rating_by_someone_else(self):
        rec = self.new_record(self.staff_a, parent=self.e_kadis)
        self.walk_to_in_progress(rec, self.kabid_a)
        for emp in (self.staff_a, self.kabid_b, self.kadis):
            with self.subTest(emp=emp.name), self.assertRaisesRegex(UserError, "R2"):
                self.by(rec, emp).write({"rating_hasil_kerja": k.ABOVE})
        with self.assertRaises(UserError):  # HR clerks neither
            rec.with_user(self.hr_daerah).write({"rating_hasil_kerja": k.ABOVE})
        self.assertFalse(rec.rating_hasil_kerja)

    def test_finalise_without_ratings(self):
        rec = self.new_record(self.staff_a, parent=self.e_kadis)
        self.walk_to_in_progress(rec, self.kabid_a)
        with self.assertRaisesRegex(UserError, "Rate both"):
            self.by(rec, self.kabid_a).action_rate()
        self.by(rec, self.kabid_a).write({"rating_hasil_kerja": k.ABOVE})
        with self.assertRaisesRegex(UserError, "Rate both"):
            self.by(rec, self.kabid_a).action_rate()
        with self.assertRaisesRegex(UserError, "not allowed"):
            self.by(rec, self.kabid_a).action_finalise()
        self.assertEqual(rec.state, k.IN_PROGRESS)

    def test_record_for_someone_else(self):
        """A colleague cannot open a record for another employee; a draft only is deleted."""
        with self.assertRaises(AccessError):
            self.Kinerja.with_user(self.u(self.jf_b)).create({"employee_id": self.staff_a.id})
        rec = self.new_record(self.staff_a, parent=self.e_kadis)
        self.walk_to_in_progress(rec, self.kabid_a)
        with self.assertRaisesRegex(UserError, "cannot be deleted"):
            rec.with_user(self.hr_daerah).unlink()
        with self.assertRaisesRegex(UserError, "no performance period"):
            self.env["asn.kinerja.catatan"].with_user(self.u(self.kabid_b)).create({
                "employee_id": self.kabid_b.id, "kind": "feedback", "body": "x",
            })
