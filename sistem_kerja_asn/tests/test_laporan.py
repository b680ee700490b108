from odoo.exceptions import UserError
from odoo.tests import tagged

from .test_penugasan import PenugasanCase


@tagged("post_install", "-at_install")
class TestLaporanReview(PenugasanCase):
    """R32: a report goes up the structure; each level accepts or returns it with a reason."""

    def _assignment(self, employee, head):
        rec = self.Penugasan.with_user(self.u(head)).create({
            "employee_id": employee.id, "description": "Rekap data", "date_end": self.end,
        })
        rec.with_user(self.u(head)).action_issue_letter()
        return rec

    def _report(self, assignment, employee):
        return self.env["asn.laporan"].with_user(self.u(employee)).create({
            "name": "Laporan triwulan", "penugasan_id": assignment.id,
            "submitter_id": employee.id, "content": "<p>Selesai 80%</p>",
        })

    def assertReviewer(self, rep, emp):
        rep.invalidate_recordset()
        self.assertEqual(rep.reviewer_id, emp)
        todo = rep.sudo().activity_ids.filtered(
            lambda a: a.activity_type_id == self.env.ref("sistem_kerja_asn.mail_act_laporan_review")
        )
        self.assertEqual(todo.user_id, self.users[emp.id])

    def test_chain_return_resubmit_accept(self):
        """Kabid then Kepala Dinas; a return at level 2 and at level 1; resubmission restarts."""
        rep = self._report(self._assignment(self.staff_a, self.kabid_a), self.staff_a)
        self.assertRefused(rep, self.kabid_a, "action_submit")
        rep.with_user(self.u(self.staff_a)).action_submit()
        self.assertEqual(rep.state, "submitted")
        self.assertReviewer(rep, self.kabid_a)
        self.assertEqual(rep.stage, "evaluasi")  # R30
        self.assertRefused(rep, self.staff_a, "action_accept")  # own report
        self.assertRefused(rep, self.kabid_b, "action_accept")  # not his step
        self.assertRefused(rep, self.kadis, "action_accept")  # not yet his step
        # a return at level 2 needs a reason
        self.assertRefused(rep, self.kabid_a, "action_return", " ")
        rep.with_user(self.u(self.kabid_a)).action_return(reason="Lampirkan data per desa")
        self.assertEqual(rep.state, "returned")
        todo = rep.sudo().activity_ids
        self.assertEqual(todo.user_id, self.users[self.staff_a.id])
        rep.with_user(self.u(self.staff_a)).action_submit()  # resubmission starts again
        self.assertEqual(rep.state, "resubmitted")
        self.assertReviewer(rep, self.kabid_a)
        rep.with_user(self.u(self.kabid_a)).action_accept()
        self.assertEqual(rep.state, "in_review")
        self.assertReviewer(rep, self.kadis)
        self.assertRefused(rep, self.kabid_a, "action_accept")  # reviewing twice
        rep.with_user(self.u(self.kadis)).action_return(reason="Belum sesuai target")
        self.assertEqual(rep.state, "returned")  # a return at level 1
        rep.with_user(self.u(self.staff_a)).action_submit()
        rep.with_user(self.u(self.kabid_a)).action_accept()
        rep.with_user(self.u(self.kadis)).action_accept()
        self.assertEqual(rep.state, "accepted")
        self.assertFalse(rep.activity_ids)
        self.assertRefused(rep, self.kadis, "action_accept")  # done: no more review

    def test_vacant_reviewer_passes_up(self):
        """R32 with R2: a vacant post passes the review to the next level up."""
        assignment = self._assignment(self.staff_a, self.kabid_a)
        self.bidang_a.manager_id = False
        rep = self._report(assignment, self.staff_a)
        rep.with_user(self.u(self.staff_a)).action_submit()
        self.assertReviewer(rep, self.kadis)
        self.assertIn(self.kadis.name, rep.chain_text)
        rep.with_user(self.u(self.kadis)).action_accept()
        self.assertEqual(rep.state, "accepted")

    def test_closed_assignment(self):
        """R32: no report on a refused, cancelled or not yet active assignment."""
        rec = self.Penugasan.with_user(self.u(self.kabid_a)).create({
            "employee_id": self.staff_a.id, "description": "x", "date_end": self.end,
        })
        rep = self._report(rec, self.staff_a)
        with self.assertRaises(UserError):
            rep.with_user(self.u(self.staff_a)).action_submit()
        rec.with_user(self.u(self.kabid_a)).action_cancel()
        with self.assertRaises(UserError):
            rep.with_user(self.u(self.staff_a)).action_submit()


@tagged("post_install", "-at_install")
class TestReportingAndEscalation(PenugasanCase):
    """R30 stages, R31 asking for a report, R33 escalation."""

    def _team(self):
        team = self.env["asn.tim.kerja"].with_user(self.u(self.kabid_a)).create({
            "name": "Tim Data", "kind": "insidental", "owning_unit_id": self.bidang_a.id,
            "date_end": self.end, "mandate": "Data",
            "decree_number": "800.1/9/DINKES/2026", "decree_date": self.end,
            "member_ids": [(0, 0, {"employee_id": self.staff_a.id, "role": "ketua"}),
                           (0, 0, {"employee_id": self.jf_b.id, "role": "anggota"})],
        })
        self.assertEqual(team.stage, "perencanaan")  # R30
        team.with_user(self.u(self.kabid_a)).action_propose()
        self.give_consents(team)  # R17: JF B's own PPK
        team.with_user(self.u(self.kabid_a)).action_establish()
        self.assertEqual(team.stage, "pelaksanaan")
        return team

    def test_request_report(self):
        """R31: the PUO asks for a report at any time; the employee gets an activity."""
        rec = self.Penugasan.with_user(self.u(self.kabid_a)).create({
            "employee_id": self.staff_a.id, "description": "x", "date_end": self.end,
        })
        rec.with_user(self.u(self.kabid_a)).action_issue_letter()
        self.assertEqual(rec.stage, "pelaksanaan")
        self.assertRefused(rec, self.staff_a, "action_request_report")
        self.assertRefused(rec, self.kabid_b, "action_request_report")
        rec.with_user(self.u(self.kabid_a)).action_request_report(deadline_days=3)
        todo = rec.sudo().activity_ids.filtered(lambda a: "Report on" in (a.summary or ""))
        self.assertEqual(todo.user_id, self.users[self.staff_a.id])
        self.assertTrue(todo.date_deadline)

    def test_escalation(self):
        """R33: raised with alternatives to the owning PUO (and members' own PUOs across
        units); answered by one of them, with an answer."""
        team = self._team()
        Esk = self.env["asn.eskalasi"].with_user(self.u(self.staff_a))
        with self.assertRaisesRegex(Exception, "R33"):
            Esk.create({"name": "Data kosong", "tim_kerja_id": team.id,
                        "description": "Data desa belum masuk", "alternatives": " "})
        esk = Esk.create({"name": "Data kosong", "tim_kerja_id": team.id,
                          "description": "Data desa belum masuk", "cross_unit": True,
                          "alternatives": "Minta data ke Puskesmas\nTunda target satu bulan"})
        self.assertEqual(esk.recipient_ids, self.kabid_a | self.kabid_b)
        self.assertEqual(esk.sudo().activity_ids.user_id,
                         self.users[self.kabid_a.id] | self.users[self.kabid_b.id])
        with self.assertRaises(UserError):
            esk.with_user(self.u(self.jf_b)).action_answer(answer="ok")
        with self.assertRaises(UserError):
            esk.with_user(self.u(self.kabid_a)).action_answer(answer=" ")
        esk.with_user(self.u(self.kabid_a)).action_answer(answer="Minta data ke Puskesmas")
        self.assertEqual(esk.state, "answered")
        self.assertEqual(esk.answered_by_id, self.kabid_a)


@tagged("post_install", "-at_install")
class TestReviewPatterns(PenugasanCase):
    """R32 chains of RULES.md §H in the Odoo tier: Setda (Kabag -> Asisten -> Sekda), a
    single-level unit (Puskesmas, Kelurahan) reviewed once, and R31 anggota -> ketua."""

    def _walk(self, unit, head, staff, expected):
        rec = self.Penugasan.with_user(self.u(head)).create({
            "employee_id": staff.id, "description": "x", "date_end": self.end,
            "owning_unit_id": unit.id,
        })
        rec.with_user(self.u(head)).action_issue_letter()
        rep = self.env["asn.laporan"].with_user(self.u(staff)).create({
            "name": "Hasil", "penugasan_id": rec.id, "submitter_id": staff.id,
            "kind": "result",
        })
        rep.with_user(self.u(staff)).action_submit()
        seen = []
        while rep.state != "accepted":
            seen.append(rep.reviewer_id)
            rep.with_user(self.u(rep.reviewer_id)).action_accept()
        self.assertEqual(seen, expected)

    def test_setda_chain(self):
        asisten_unit = self.unit("Asisten Pemerintahan", "other", self.setda)
        asisten = self.person("Asisten", asisten_unit, "jpt_pratama", head=True)
        bagian = self.unit("Bagian Hukum", "bagian", asisten_unit)
        kabag = self.person("Kabag", bagian, "administrator", head=True)
        staf = self.person("Staf Hukum", bagian, "pelaksana")
        for emp in (asisten, kabag, staf):
            self.user_for(emp)
        self._walk(bagian, kabag, staf, [kabag, asisten, self.sekda])

    def test_seksi_under_bidang_and_kelurahan(self):
        """R32 with R9: a Seksi's work starts at its Bidang (the Kasi coordinates); a Kelurahan
        under a Kecamatan is reviewed by the Lurah, then the Camat."""
        seksi = self.unit("Seksi A1", "seksi", self.bidang_a)
        kasi = self.person("Kasi A1", seksi, "pengawas", head=True)
        pelaksana = self.person("Pelaksana A1", seksi, "pelaksana")
        for emp in (kasi, pelaksana):
            self.user_for(emp)
        self.assertEqual(pelaksana.pimpinan_unit_id, self.kabid_a)  # R9: the Kasi coordinates
        self.assertEqual(pelaksana.koordinator_id, kasi)
        self._walk(seksi, self.kabid_a, pelaksana, [self.kabid_a, self.kadis])
        kec = self.unit("Kecamatan", "kecamatan", pd=True)
        camat = self.person("Camat", kec, "administrator", head=True)
        kel = self.unit("Kelurahan", "kelurahan", kec)
        lurah = self.person("Lurah", kel, "pengawas", head=True)
        staf = self.person("Staf Kelurahan", kel, "pelaksana")
        for emp in (camat, lurah, staf):
            self.user_for(emp)
        rec = self.Penugasan.with_user(self.u(lurah)).create({
            "employee_id": staf.id, "description": "x", "date_end": self.end,
        })
        rec.with_user(self.u(lurah)).action_issue_letter()
        rep = self.env["asn.laporan"].with_user(self.u(staf)).create({
            "name": "Hasil", "penugasan_id": rec.id, "submitter_id": staf.id,
        })
        rep.with_user(self.u(staf)).action_submit()
        self.assertIn(rep.reviewer_id, lurah | camat)
        while rep.state != "accepted":
            rep.with_user(self.u(rep.reviewer_id)).action_accept()
        feedback = staf.action_open_feedback()
        self.assertEqual(feedback["res_model"], "mail.message")

    def test_more_patterns(self):
        """RULES.md §H: Inspektorat (Irban -> Inspektur), one-level PD (Kepala only), UPTD
        type B (Kepala UPTD only), RSUD (Kabid -> Direktur)."""
        cases = [
            ("Inspektorat", "inspektorat", "jpt_pratama", "Irban I", "other", "administrator"),
            ("DPMPTSP", "dinas", "jpt_pratama", None, None, None),
            ("RSUD", "rsud", "jpt_pratama", "Bidang Pelayanan", "bidang", "administrator"),
        ]
        for pd_name, kind, pd_class, sub_name, sub_kind, sub_class in cases:
            pd = self.unit(pd_name, kind, pd=True)
            head = self.person("Kepala " + pd_name, pd, pd_class, head=True)
            self.user_for(head)
            if sub_name:
                sub = self.unit(sub_name, sub_kind, pd)
                sub_head = self.person("Kepala " + sub_name, sub, sub_class, head=True)
                staff = self.person("Staf " + sub_name, sub, "pelaksana")
                self.user_for(sub_head)
                self.user_for(staff)
                with self.subTest(pattern=pd_name):
                    self._walk(sub, sub_head, staff, [sub_head, head])
            else:
                staff = self.person("Staf " + pd_name, pd, "pelaksana")
                self.user_for(staff)
                with self.subTest(pattern=pd_name):
                    self._walk(pd, head, staff, [head])
        uptd = self.unit("UPTD Laboratorium", "uptd", self.dinas)
        kepala = self.person("Kepala UPTD", uptd, "pengawas", head=True)
        analis = self.person("Analis", uptd, "pelaksana")
        self.user_for(kepala)
        self.user_for(analis)
        self._walk(uptd, kepala, analis, [kepala])

    def test_single_level_units(self):
        pusk = self.unit("Puskesmas", "puskesmas", self.dinas)
        kapus = self.person("Kapus", pusk, "fungsional", "ahli_muda", head=True)
        perawat = self.person("Perawat", pusk, "fungsional", "terampil")
        for emp in (kapus, perawat):
            self.user_for(emp)
        self._walk(pusk, kapus, perawat, [kapus])

    def test_anggota_reports_to_ketua(self):
        """R31: an anggota's report goes to the ketua of the team."""
        team = self.env["asn.tim.kerja"].with_user(self.u(self.kabid_a)).create({
            "name": "Tim", "kind": "insidental", "owning_unit_id": self.bidang_a.id,
            "date_end": self.end, "mandate": "m", "decree_number": "1", "decree_date": self.end,
            "member_ids": [(0, 0, {"employee_id": self.staff_a.id, "role": "ketua"}),
                           (0, 0, {"employee_id": self.jf_b.id, "role": "anggota"})],
        })
        team.with_user(self.u(self.kabid_a)).action_propose()
        self.give_consents(team)  # R17: JF B's own PPK
        team.with_user(self.u(self.kabid_a)).action_establish()
        assignment = team.penugasan_ids.filtered(lambda p: p.employee_id == self.jf_b)
        rep = self.env["asn.laporan"].with_user(self.u(self.jf_b)).create({
            "name": "Progres", "penugasan_id": assignment.id, "submitter_id": self.jf_b.id,
        })
        rep.with_user(self.u(self.jf_b)).action_submit()
        self.assertEqual(rep.reviewer_id, self.staff_a)
        self.assertIn(self.staff_a.work_contact_id, rep.sudo().message_partner_ids)
        rep.with_user(self.u(self.staff_a)).action_accept()
        self.assertEqual(rep.state, "accepted")
