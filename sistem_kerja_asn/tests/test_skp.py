from odoo.exceptions import AccessError
from odoo.exceptions import UserError
from odoo.tests import tagged

from ..rules import kinerja as k
from .test_kinerja import KinerjaCase


@tagged("post_install", "-at_install")
class TestSkp(KinerjaCase):
    """Issue 15: the SKP of PermenPANRB 6/2022 on the performance record (RULES.md §E, R34, R35)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.rec_kabid = cls.Kinerja.create({
            "employee_id": cls.kabid_a.id,
            "expectation_ids": [(0, 0, {
                "name": "Meningkatnya cakupan imunisasi", "indicator": "Cakupan",
                "target": "95%", "parent_id": cls.e_kadis.id,
            })],
        })
        cls.e_kabid = cls.rec_kabid.expectation_ids

    def step(self):
        self.env.flush_all()
        self.env.invalidate_all()

    def plan_staff(self):
        """Staf A plans his SKP with his PPK, the Kabid: one main RHK supporting (intervensi)
        the Kabid's, with a quantity and a time indicator."""
        self.step()
        rec = self.Kinerja.with_user(self.u(self.staff_a)).create({
            "employee_id": self.staff_a.id, "checkin_frequency": "quarterly",
        })
        self.step()
        self.env["asn.kinerja.expectation"].with_user(self.u(self.staff_a)).create({
            "kinerja_id": rec.id, "kind": "utama", "name": "Terlaksananya imunisasi dasar",
            "indicator": "Jumlah desa", "target": "12 desa", "parent_id": self.e_kabid.id,
            "indicator_ids": [
                (0, 0, {"name": "Desa terlayani", "aspect": "kuantitas", "target": 12,
                        "unit": "desa"}),
                (0, 0, {"name": "Selesai dalam", "aspect": "waktu", "target": 12,
                        "unit": "bulan"}),
            ],
        })
        return rec

    def test_skp_planned_agreed_evaluated_rated(self):
        """R34: planning (the PPK agrees the SKP: the performance agreement), check-ins with
        feedback, appraisal by the PPK; R35: the RHK supports the superior's (intervensi);
        RULES.md §E: work results above and behaviour above expectation give Sangat Baik."""
        rec = self.plan_staff()
        rhk = rec.expectation_ids
        self.assertEqual(rhk.kind, "utama")
        self.assertEqual(rhk.parent_id, self.e_kabid)
        self.assertEqual(len(rhk.indicator_ids), 2)
        # The seven BerAKHLAK core values come with the record.
        self.assertEqual(
            rec.behaviour_ids.core_value_id.mapped("name"),
            ["Berorientasi Pelayanan", "Akuntabel", "Kompeten", "Harmonis", "Loyal",
             "Adaptif", "Kolaboratif"],
        )
        service = rec.behaviour_ids[0]
        # The leader sets his specific expectation in the plan.
        self.step()
        self.by(service, self.kabid_a).write({"expectation": "Menanggapi keluhan dalam 1 hari"})
        # Only the PPK agrees (the performance agreement).
        self.step()
        with self.assertRaisesRegex(UserError, "appraiser"):
            self.by(rec, self.staff_a).action_agree()
        self.by(rec, self.kabid_a).action_agree()
        self.assertEqual(rec.state, k.AGREED)
        self.step()
        # The plan is fixed once agreed: the indicator's target no longer changes.
        with self.assertRaises(UserError):
            self.by(rhk.indicator_ids[0], self.kabid_a).write({"target": 20})
        self.by(rec, self.staff_a).action_start()
        self.assertEqual(rec.state, k.IN_PROGRESS)
        # The check-in: the employee reports the realisation, the PPK gives feedback and the
        # periodic ratings; the employee cannot rate himself.
        self.step()
        qty, time = rhk.indicator_ids
        self.by(qty, self.staff_a).write({"realisation": 14})
        self.by(time, self.staff_a).write({"realisation": 10})
        self.step()
        self.assertEqual(rhk.rating, k.ABOVE)  # more villages, in less time than the target
        evaluation = self.env["asn.kinerja.evaluation"].with_user(self.u(self.staff_a)).create({
            "kinerja_id": rec.id, "name": "Triwulan I",
            "line_ids": [(0, 0, {"expectation_id": rhk.id, "realisation": "14 desa"})],
        })
        self.step()
        with self.assertRaisesRegex(UserError, "appraiser"):
            self.by(evaluation, self.staff_a).write({"rating_hasil_kerja": k.ABOVE})
        self.by(evaluation, self.kabid_a).write({
            "rating_hasil_kerja": k.ABOVE, "rating_perilaku": k.ABOVE,
            "behaviour_feedback": "Sangat responsif",
        })
        self.by(evaluation.line_ids, self.kabid_a).write({"feedback": "Melampaui target"})
        # The behaviour: rated by the PPK against the core values.
        self.step()
        self.by(rec.behaviour_ids, self.kabid_a).write({"rating": k.ABOVE})
        self.step()
        self.assertEqual(rec.suggested_predikat, "sangat_baik")
        self.rate(rec, self.kabid_a, k.ABOVE, k.ABOVE)
        self.assertEqual(rec.state, k.RATED)
        self.assertEqual(rec.predikat, "sangat_baik")
        # Rated: the realisation and the evaluations are history.
        self.step()
        with self.assertRaises(UserError):
            self.by(qty, self.staff_a).write({"realisation": 15})
        with self.assertRaises(UserError):
            self.by(evaluation, self.kabid_a).write({"behaviour_feedback": "x"})

    def test_employee_cannot_rate_behaviour(self):
        """R2: only the PPK rates, the work behaviour too."""
        rec = self.plan_staff()
        self.walk_to_in_progress(rec, self.kabid_a)
        self.step()
        line = rec.behaviour_ids[1]
        with self.assertRaisesRegex(UserError, "appraiser"):
            self.by(line, self.staff_a).write({"rating": k.ABOVE})
        with self.assertRaisesRegex(UserError, "appraiser"):
            self.by(line, self.staff_a).write({"feedback": "Saya akuntabel"})
        with self.assertRaises(UserError):  # the lines come with the record
            self.env["asn.kinerja.behaviour"].with_user(self.u(self.staff_a)).create({
                "kinerja_id": rec.id, "core_value_id": line.core_value_id.id,
            })
        self.by(line, self.kabid_a).write({"rating": k.AS_EXPECTED})
        self.assertEqual(line.rating, k.AS_EXPECTED)

    def test_agree_needs_a_main_rhk(self):
        """PermenPANRB 6/2022: the SKP has main results (RHK utama); an additional one alone is
        not a plan; R35: "strategic goals -> indicators -> targets, cascaded from the
        organisation to units and to each employee" binds the main results, not the extra
        work."""
        rec = self.plan_staff()
        self.step()
        self.by(rec.expectation_ids, self.staff_a).write({"kind": "tambahan"})
        self.step()
        with self.assertRaisesRegex(UserError, "RHK utama"):
            self.by(rec, self.kabid_a).action_agree()
        # With a main RHK supporting the Kabid's, the additional one needs no intervensi link;
        # the main one does (R35).
        self.step()
        self.by(rec.expectation_ids, self.staff_a).write({"parent_id": False})
        utama = self.env["asn.kinerja.expectation"].with_user(self.u(self.staff_a)).create({
            "kinerja_id": rec.id, "kind": "utama", "name": "Tersusunnya laporan imunisasi",
            "indicator": "Laporan", "target": "4 laporan",
        })
        self.step()
        with self.assertRaisesRegex(UserError, "R35"):
            self.by(rec, self.kabid_a).action_agree()
        self.by(utama, self.staff_a).write({"parent_id": self.e_kabid.id})
        self.step()
        self.by(rec, self.kabid_a).action_agree()
        self.assertEqual(rec.state, k.AGREED)

    def test_jpt_main_rhk_names_the_organisations_indicator(self):
        """R35 "strategic goals -> indicators -> targets, cascaded from the organisation to units
        and to each employee"; PermenPANRB 6/2022: the SKP of a JPT (the Kepala Dinas, top of
        the PD) is drawn from the organisation's indicators, not from a superior's RHK: agreeing
        it without the organisation's indicator is refused; the printed SKP shows it in the
        column the others use for the superior's RHK."""
        self.step()
        self.rec_kadis.expectation_ids.sudo().organisation_indicator = False
        self.step()
        with self.assertRaisesRegex(UserError, "organisation's indicator"):
            self.rec_kadis.with_user(self.hr_daerah).action_agree()
        self.step()
        self.rec_kadis.expectation_ids.sudo().organisation_indicator = "IKU 2: usia harapan hidup"
        self.step()
        self.rec_kadis.with_user(self.hr_daerah).action_agree()
        self.assertEqual(self.rec_kadis.state, k.AGREED)
        html = self.env["ir.actions.report"]._render_qweb_html(
            "sistem_kerja_asn.action_report_asn_skp", self.rec_kadis.ids)[0].decode()
        self.assertIn("INDIKATOR KINERJA ORGANISASI", html)
        self.assertIn("IKU 2: usia harapan hidup", html)
        html = self.env["ir.actions.report"]._render_qweb_html(
            "sistem_kerja_asn.action_report_asn_skp", self.rec_kabid.ids)[0].decode()
        self.assertIn("RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI", html)

    def test_another_employee_cannot_read_the_lines(self):
        """The lines follow their record: another employee (JF B of another unit) reads none."""
        rec = self.plan_staff()
        self.walk_to_in_progress(rec, self.kabid_a)
        self.step()
        self.env["asn.kinerja.evaluation"].with_user(self.u(self.staff_a)).create({
            "kinerja_id": rec.id, "name": "Triwulan I",
        })
        self.step()
        other = self.u(self.jf_b)
        for model in ("asn.kinerja.behaviour", "asn.kinerja.indicator",
                      "asn.kinerja.evaluation"):
            self.assertFalse(self.env[model].with_user(other).search(
                [("kinerja_id", "=", rec.id)]), model)
            line = self.env[model].search([("kinerja_id", "=", rec.id)], limit=1)
            self.assertTrue(line, model)
            with self.assertRaises(AccessError):
                line.with_user(other).read(["kinerja_id"])
        # The employee himself and his PPK read them.
        self.assertEqual(len(self.env["asn.kinerja.behaviour"].with_user(
            self.u(self.staff_a)).search([("kinerja_id", "=", rec.id)])), 7)
        self.assertTrue(self.env["asn.kinerja.evaluation"].with_user(
            self.u(self.kabid_a)).search([("kinerja_id", "=", rec.id)]))
