"""Issue 12 item 4: duties the rules name that nothing enforced (R27, R5, R33), as real users.

Every step starts with a clean cache (``flush_all`` then ``invalidate_all``), as a new request
does; the attacker's view is tried each time: the employee never reads the recommendations about
him (search, read, export), a colleague neither reads, raises nor answers.
"""

from odoo.exceptions import AccessError
from odoo.exceptions import UserError
from odoo.exceptions import ValidationError
from odoo.tests import Form
from odoo.tests import new_test_user
from odoo.tests import tagged

from ..rules import kinerja as k
from .test_kinerja import KinerjaCase

REK = "asn.kinerja.rekomendasi"
SENT = "sistem_kerja_asn.mail_act_kinerja_recommendation_sent"
GROUNDS = "Kontribusi besar pada analisis data"


class DutiesCase(KinerjaCase):
    """The Dinas of PenugasanCase with a JF Ahli Madya in Bidang A: above the Kabid's jenjang
    ceiling (R5) his PPK is the Kepala Dinas while the Kabid stays his PUO; a JF of Bidang A
    leads a team of the Bidang he is a member of (R27)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.jf_madya = cls.person("JF Madya", cls.bidang_a, "fungsional", "ahli_madya")
        cls.ketua_a = cls.person("Ketua A", cls.bidang_a, "fungsional", "ahli_pertama")
        cls.staff_a2 = cls.person("Staf A2", cls.bidang_a, "pelaksana")
        for emp in (cls.jf_madya, cls.ketua_a, cls.staff_a2):
            cls.user_for(emp)
        export = cls.env.ref("base.group_allow_export")
        for user in cls.users.values():
            user.groups_id = [(4, export.id)]
        cls.team = cls.env["asn.tim.kerja"].sudo().create({
            "name": "Tim Analisis Data", "kind": "insidental", "owning_unit_id": cls.bidang_a.id,
            "date_end": cls.y_end,
            "member_ids": [
                (0, 0, {"employee_id": cls.ketua_a.id, "role": "ketua"}),
                (0, 0, {"employee_id": cls.jf_madya.id, "role": "anggota"}),
            ],
        })
        cls.team.sudo().write({"state": "established"})

    def fresh(self):
        self.env.flush_all()
        self.env.invalidate_all()

    def as_(self, emp, records):
        """``records`` as the user of ``emp``, after a clean cache."""
        self.fresh()
        user = self.u(emp)
        return records.with_user(user).with_context(allowed_company_ids=user.company_ids.ids)

    def assertRefused(self, action, msg=""):
        """``action`` is refused, by the access rules or by the rules' check."""
        try:
            with self.cr.savepoint():
                action()
        except (AccessError, UserError):
            return
        self.fail("not refused: %s" % msg)

    def draft_record(self):
        """JF Madya opens his record and drafts his expected result himself."""
        rec = self.new_record(self.jf_madya, parent=self.e_kadis)
        self.assertEqual(rec.expectation_ids.target_set_by_id, self.jf_madya)
        return rec

    def running_record(self):
        """The Kabid (PUO) sets the target (R5), the Kepala Dinas (PPK) agrees, JF Madya starts."""
        rec = self.draft_record()
        self.as_(self.kabid_a, rec.expectation_ids).write({"target": "4 kajian"})
        self.as_(self.kadis, rec).action_agree()
        self.as_(self.jf_madya, rec).action_start()
        self.assertEqual(rec.state, k.IN_PROGRESS)
        return rec

    def recommend(self, author, emp, role=k.KETUA, team=None):
        return self.as_(author, self.env[REK]).create({
            "employee_id": emp.id, "role": role,
            "tim_kerja_id": (team or self.team).id if role == k.KETUA else False,
            "rating_hasil_kerja": k.ABOVE, "rating_perilaku": k.AS_EXPECTED, "note": GROUNDS,
        })

    def sent_activities(self, rek):
        self.fresh()
        return rek.sudo().activity_ids.filtered(
            lambda a: a.activity_type_id == self.env.ref(SENT)
        )

    def assertBlind(self, emp, rek, record=None):
        """``emp`` finds, reads and exports nothing of ``rek``, nor its activities."""
        self.assertFalse(self.as_(emp, self.env[REK]).search([("id", "=", rek.id)]))
        self.assertFalse(self.as_(emp, self.env[REK]).search_count(
            [("employee_id", "=", rek.sudo().employee_id.id)]))
        with self.assertRaises(AccessError):
            self.as_(emp, rek).read(["note"])
        self.assertFalse(self.as_(emp, self.env["mail.activity"]).search(
            [("res_model", "=", REK), ("res_id", "=", rek.id)]))
        if record is not None:
            rows = self.as_(emp, record).export_data(
                ["recommendation_count", "recommendation_ids/note",
                 "recommendation_ids/author_id/name"])["datas"]
            self.assertNotIn(GROUNDS, repr(rows))
            self.assertEqual(rows[0][0], 0)


@tagged("post_install", "-at_install")
class TestKinerjaDutyRecommendationToPuo(DutiesCase):
    """R27: the ketua's recommendation about a member reaches the member's PUO, not the PPK
    only; the employee himself never reads it."""

    def test_officials(self):
        """R5 (MUN Lamp D.1 b(4)-(5)): the Kabid (Administrator ~ Ahli Madya) is not the PPK of an
        Ahli Madya; the Kepala Dinas is, and the Kabid stays his PUO."""
        self.assertOfficials(self.jf_madya, self.kadis, puo=self.kabid_a)

    def test_kra_ps18_4_e_ketua_recommendation_reaches_ppk_and_puo(self):
        """KRA Ps 18(4)(e) (also MUN Lamp B.c c)(5), DPS Lamp A.5 c.5), BRT Lamp II I.B(4)(e)):
        the ketua is responsible for "melaporkan hasil kinerja anggota tim kepada Pejabat Penilai
        Kinerja dan Pimpinan Unit Organisasi yang bersangkutan sebagai bahan pertimbangan
        penilaian kinerja Pejabat Fungsional dan pelaksana". The recommendation is sent to the
        Kepala Dinas (PPK) and the Kabid (PUO), each gets an activity and reads it; the member
        does not, nor does a colleague or the head of the other Bidang."""
        rec = self.running_record()
        rek = self.recommend(self.ketua_a, self.jf_madya)
        self.fresh()
        self.assertEqual(rek.sudo().recipient_ids, self.kadis | self.kabid_a)
        self.assertEqual(self.sent_activities(rek).user_id, self.u(self.kadis) | self.u(self.kabid_a))
        # The PUO finds it among those sent to him, reads it, and has his activity.
        mine = self.as_(self.kabid_a, self.env[REK]).search([("recipient_ids.user_id", "=",
                                                             self.u(self.kabid_a).id)])
        self.assertEqual(mine, rek)
        self.assertEqual(mine.note, GROUNDS)
        acts = self.as_(self.kabid_a, self.env["mail.activity"]).search(
            [("res_model", "=", REK), ("res_id", "=", rek.id),
             ("user_id", "=", self.u(self.kabid_a).id)])
        self.assertEqual(len(acts), 1)
        self.assertIn(self.jf_madya.name, acts.summary)
        # The PPK likewise, on the record he rates.
        self.assertEqual(self.as_(self.kadis, rec).recommendation_ids, rek)
        # The member, a colleague and the other Bidang's head see nothing of it.
        self.assertBlind(self.jf_madya, rek, record=rec)
        self.assertBlind(self.staff_a2, rek)
        self.assertBlind(self.kabid_b, rek)
        # Rated: the recommendation is no longer to read.
        self.rate(rec, self.kadis, k.ABOVE, k.AS_EXPECTED)
        self.assertFalse(self.sent_activities(rek))

    def test_mun_lamp_d1_b7_puo_recommendation_reaches_the_ppk(self):
        """MUN Lamp D.1 b(7): the Kepala Bagian "menetapkan rekomendasi penilaian kinerja bagi
        Pejabat Fungsional Ahli Madya, yang dijadikan acuan Asisten Sekretaris Daerah": the
        PUO's own recommendation goes to the PPK, with an activity; not back to himself."""
        self.running_record()
        rek = self.recommend(self.kabid_a, self.jf_madya, role=k.PUO)
        self.fresh()
        self.assertEqual(rek.sudo().recipient_ids, self.kadis)
        self.assertEqual(self.sent_activities(rek).user_id, self.u(self.kadis))
        self.assertBlind(self.jf_madya, rek)

    def test_r27_member_who_is_hr_clerk_still_blind(self):
        """Issue 11 "the employee does not learn who recommended what, nor how many did", with
        KRA Ps 18(4)(e) (the report goes to the PPK and PUO): JF Madya is also the HR clerk of
        the Dinas; he reads the Dinas's recommendations, never those about himself. A clerk who
        is not their subject reads them."""
        clerk_group = self.env.ref("sistem_kerja_asn.group_admin_pd")
        self.u(self.jf_madya).write({"groups_id": [(4, clerk_group.id)],
                                     "asn_admin_pd_ids": [(6, 0, self.dinas.ids)]})
        other_clerk = new_test_user(
            self.env, login="clerk_dinas_duties", company_id=self.company.id,
            company_ids=[(6, 0, [self.company.id])],
            groups="base.group_user,sistem_kerja_asn.group_admin_pd,base.group_allow_export",
        )
        other_clerk.asn_admin_pd_ids = self.dinas
        rec = self.running_record()
        rek = self.recommend(self.ketua_a, self.jf_madya)
        self.assertBlind(self.jf_madya, rek, record=rec)
        self.fresh()
        seen = self.env[REK].with_user(other_clerk).search([("id", "=", rek.id)])
        self.assertEqual(seen, rek)

    def test_kra_ps18_4_e_ketua_does_not_recommend_himself(self):
        """KRA Ps 18(4)(e): the ketua reports the performance of the *anggota tim*; though on the
        team's list, he sends no recommendation about his own rating."""
        own = self.Kinerja.create({"employee_id": self.ketua_a.id})
        own.sudo().write({"state": k.IN_PROGRESS})
        with self.assertRaisesRegex(ValidationError, "R27"), self.cr.savepoint():
            self.recommend(self.ketua_a, self.ketua_a)
        self.assertFalse(self.env[REK].sudo().search([("employee_id", "=", self.ketua_a.id)]))


@tagged("post_install", "-at_install")
class TestKinerjaDutyPuoSetsTargets(DutiesCase):
    """R5: the unit leader sets the targets of the JF he assigns, after coordinating with the
    PPK; the JF drafts them, he does not set them alone."""

    def test_mun_lamp_d1_b6_puo_sets_targets_of_the_jf_he_assigns(self):
        """MUN Lamp D.1 b(4): the Kepala Bagian who is not the PPK of an Ahli Madya "hanya
        berperan sebagai Pimpinan Unit Organisasi yang memberikan penugasan sekaligus mengelola
        kinerja"; b(6): he "menetapkan kinerja Pejabat Fungsional Ahli Madya setelah
        berkoordinasi dengan Asisten Sekretaris Daerah sebagai Pejabat Penilai Kinerja". The
        Kabid (PUO) writes the target and gets the activity to do it; the Kepala Dinas (PPK)
        agrees only targets the Kabid set."""
        rec = self.draft_record()
        expectation = rec.expectation_ids
        self.assertIn(self.u(self.kabid_a), self.activity_users(rec))
        # The JF drafted his target alone: the PPK cannot agree it yet.
        with self.assertRaisesRegex(UserError, "R5"):
            self.as_(self.kadis, rec).action_agree()
        # The head of the other Bidang is no leader of his: he neither reads nor sets it.
        with self.assertRaises(AccessError):
            self.as_(self.kabid_b, expectation).read(["target"])
        self.assertRefused(
            lambda: self.as_(self.kabid_b, expectation).write({"target": "1 kajian"}))
        # The Kabid (PUO) sets it; his activity is done.
        self.as_(self.kabid_a, expectation).write({"target": "4 kajian kebijakan"})
        self.fresh()
        self.assertEqual(expectation.target_set_by_id, self.kabid_a)
        self.assertNotIn(self.u(self.kabid_a), self.activity_users(rec))
        # The JF changes it again on his own: it is his alone again, not agreed.
        self.as_(self.jf_madya, expectation).write({"target": "2 kajian"})
        self.fresh()
        self.assertEqual(expectation.target_set_by_id, self.jf_madya)
        with self.assertRaisesRegex(UserError, "R5"):
            self.as_(self.kadis, rec).action_agree()
        # Nor can he hand it back as his leader's: the field is the engine's.
        with self.assertRaises(UserError):
            self.as_(self.jf_madya, expectation).write({"target_set_by_id": self.kabid_a.id})
        # The PUO adds a second result himself and sets the first again; the PPK agrees.
        self.as_(self.kabid_a, self.env["asn.kinerja.expectation"]).create({
            "kinerja_id": rec.id, "name": "Rekomendasi kebijakan", "indicator": "Dokumen",
            "target": "2 dokumen", "parent_id": self.e_kadis.id,
        })
        self.as_(self.kabid_a, expectation).write({"target": "4 kajian kebijakan"})
        self.as_(self.kadis, rec).action_agree()
        self.assertEqual(rec.state, k.AGREED)
        # Once agreed the targets are fixed, for the PUO too.
        with self.assertRaises(UserError):
            self.as_(self.kabid_a, expectation).write({"target": "5 kajian"})

    def test_ppk_who_is_puo_agrees_the_employee_draft(self):
        """Where the Kabid is both PPK and PUO (a Pelaksana of his Bidang), his agreement sets
        the targets the employee drafted with him (KRA Ps 29(2)(g)-(h): "bersama kepala bagian
        menyusun rencana"): nothing more is asked."""
        rec = self.new_record(self.staff_a, parent=self.e_kadis)
        self.assertEqual(self.activity_users(rec), self.u(self.kabid_a))
        self.as_(self.kabid_a, rec).action_agree()
        self.assertEqual(rec.state, k.AGREED)


@tagged("post_install", "-at_install")
class TestKinerjaDutyIndividualRaisesProblem(DutiesCase):
    """R33: an employee assigned individually raises a problem with alternatives to his PUO,
    who answers it through the answer wizard."""

    def assignment(self, emp=None, assigner=None, **vals):
        """An individual assignment issued by the PUO (R16) and delivered to ``emp``."""
        emp, assigner = emp or self.staff_a, assigner or self.kabid_a
        rec = self.as_(assigner, self.Penugasan).create({
            "employee_id": emp.id, "description": "Rekap data imunisasi", "date_end": self.end,
            **vals,
        })
        return rec

    def raise_problem(self, emp, assignment, **vals):
        return self.as_(emp, self.env["asn.eskalasi"]).create({
            "name": "Data desa terlambat", "penugasan_id": assignment.id,
            "description": "Tiga desa belum mengirim data imunisasi",
            "alternatives": "Minta data ke Puskesmas\nPerpanjang tenggat satu minggu",
            **vals,
        })

    def test_mun_lamp_d_individual_raises_to_his_puo(self):
        """MUN Lamp D (tahap pelaksanaan): "Pejabat Fungsional dan Pelaksana yang bekerja secara
        individu berkoordinasi dan melaporkan perkembangan pelaksanaan tugas secara berkala atau
        pada saat ditemui permasalahan kepada Pimpinan Unit Organisasi"; KRA Ps 17(1)(b)(3): the
        problem comes "beserta alternatif rekomendasi kepada Pimpinan Unit Organisasi untuk
        diputuskan dan/atau ditindaklanjuti". Staf A raises it to the Kabid, who gets an activity
        and answers through the wizard; Staf A closes it."""
        assignment = self.assignment()
        # Not before the letter is delivered: nothing is carried out yet (R30).
        with self.assertRaisesRegex(UserError, "R33"), self.cr.savepoint():
            self.raise_problem(self.staff_a, assignment)
        self.as_(self.kabid_a, assignment).action_issue_letter()
        with self.assertRaisesRegex(ValidationError, "R33"), self.cr.savepoint():
            self.raise_problem(self.staff_a, assignment, alternatives=" ")
        esk = self.raise_problem(self.staff_a, assignment)
        self.fresh()
        self.assertEqual(esk.sudo().recipient_ids, self.kabid_a)
        self.assertEqual(esk.sudo().activity_ids.user_id, self.u(self.kabid_a))
        self.assertIn(self.staff_a.name, esk.sudo().activity_ids.summary)
        self.assertEqual(self.as_(self.staff_a, assignment).eskalasi_ids, esk)
        # The Kabid finds it; neither Staf A nor a colleague may answer it.
        self.assertEqual(self.as_(self.kabid_a, self.env["asn.eskalasi"]).search(
            [("penugasan_id", "=", assignment.id)]), esk)
        self.assertIn(",answer,", self.as_(self.kabid_a, esk).allowed_actions)
        self.assertNotIn(",answer,", self.as_(self.staff_a, esk).allowed_actions)
        wizard = self.as_(self.staff_a, self.env["asn.eskalasi.answer.wizard"]).create(
            {"eskalasi_id": esk.id, "answer": "Saya putuskan sendiri"})
        with self.assertRaises(UserError):
            wizard.action_answer()
        # The Kabid answers through the button's wizard.
        form = Form(self.as_(self.kabid_a, self.env["asn.eskalasi.answer.wizard"]).with_context(
            default_eskalasi_id=esk.id))
        form.answer = "Minta data ke Puskesmas, tenggat tetap"
        form.save().action_answer()
        self.fresh()
        self.assertEqual((esk.state, esk.answered_by_id), ("answered", self.kabid_a))
        self.assertFalse(esk.sudo().activity_ids)
        # Staf A, who raised it, closes it.
        self.assertIn(",close,", self.as_(self.staff_a, esk).allowed_actions)
        self.as_(self.staff_a, esk).action_close()
        self.assertEqual(esk.state, "closed")

    def test_r33_colleague_neither_reads_raises_nor_answers(self):
        """KRA Ps 19 / MUN Ps 16: the individual reports to his own PUO; a colleague of the same
        Bidang and the head of the other Bidang read nothing of it (search, read, export), cannot
        raise a problem on his assignment nor answer it."""
        assignment = self.assignment()
        self.as_(self.kabid_a, assignment).action_issue_letter()
        esk = self.raise_problem(self.staff_a, assignment)
        for emp in (self.staff_a2, self.kabid_b, self.jf_b):
            Esk = self.as_(emp, self.env["asn.eskalasi"])
            self.assertFalse(Esk.search([("id", "=", esk.id)]))
            with self.assertRaises(AccessError):
                self.as_(emp, esk).read(["description"])
            rows = self.as_(emp, Esk).search([]).export_data(["name", "description"])["datas"]
            self.assertNotIn("Tiga desa", repr(rows))
            self.assertRefused(lambda e=emp: self.as_(e, esk).action_answer(answer="Tidak"),
                               "%s answers" % emp.name)
            self.assertRefused(lambda e=emp: self.raise_problem(e, assignment),
                               "%s raises" % emp.name)
        self.fresh()
        self.assertEqual(esk.state, "raised")
        self.assertEqual(self.env["asn.eskalasi"].search_count(
            [("penugasan_id", "=", assignment.id)]), 1)

    def test_r33_a_team_share_is_raised_by_the_team(self):
        """KRA Ps 17(1)(b)(3): a team's problem is raised "oleh tim kerja": a member's assignment
        in a team is no individual assignment to raise on alone."""
        team = self.env["asn.tim.kerja"].with_user(self.u(self.kabid_a)).create({
            "name": "Tim Data Imunisasi", "kind": "insidental",
            "owning_unit_id": self.bidang_a.id, "date_end": self.end,
            "member_ids": [(0, 0, {"employee_id": self.ketua_a.id, "role": "ketua"}),
                           (0, 0, {"employee_id": self.staff_a.id, "role": "anggota"})],
        })
        team.with_user(self.u(self.kabid_a)).action_propose()
        team.sudo().write({"decree_number": "800.1/9/DINKES/2026",
                           "decree_date": self.y_start})
        team.with_user(self.u(self.kabid_a)).action_establish()
        share = team.penugasan_ids.filtered(lambda p: p.employee_id == self.staff_a)
        self.assertTrue(share.is_active_assignment)
        with self.assertRaisesRegex(UserError, "team"), self.cr.savepoint():
            self.raise_problem(self.staff_a, share)

    def test_kra_ps17_2_c_d_across_units_owner_decides_own_puo_follows_up(self):
        """KRA Ps 17(2)(c): "kepada Pimpinan Unit Organisasi pemilik kinerja untuk diputuskan";
        (d): "kepada masing-masing Pimpinan Unit Organisasi dimana Pejabat Fungsional dan
        pelaksana dimaksud berada untuk ditindaklanjuti". JF B (Bidang B) works alone on a
        Bidang A assignment: his problem goes to the Kabid A, who decides, and, as it concerns
        his own unit, to the Kabid B, who may answer for his unit but not close it."""
        assignment = self.env["asn.penugasan"].sudo().create({
            "employee_id": self.jf_b.id, "description": "Analisis data surveilans",
            "scope": "lintas_unit", "owning_unit_id": self.bidang_a.id,
            "target_unit_id": self.bidang_b.id, "date_end": self.end,
        })
        assignment.sudo().write({"state": "delivered"})
        esk = self.raise_problem(self.jf_b, assignment, cross_unit=True)
        self.fresh()
        self.assertEqual(esk.sudo().recipient_ids, self.kabid_a | self.kabid_b)
        self.assertEqual(esk.sudo().activity_ids.user_id,
                         self.u(self.kabid_a) | self.u(self.kabid_b))
        self.assertIn(",close,", self.as_(self.kabid_a, esk).allowed_actions)
        self.assertNotIn(",close,", self.as_(self.kabid_b, esk).allowed_actions)
        self.as_(self.kabid_b, esk).action_answer(answer="Bidang B menyiapkan data pembanding")
        self.assertEqual((esk.state, esk.answered_by_id), ("answered", self.kabid_b))
