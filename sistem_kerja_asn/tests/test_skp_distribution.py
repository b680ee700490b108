import base64
import csv
import io
import zipfile
from datetime import date
from datetime import timedelta

import openpyxl
import psycopg2
from odoo.exceptions import AccessError
from odoo.exceptions import UserError
from odoo.exceptions import ValidationError
from odoo.tests import new_test_user
from odoo.tests import tagged
from odoo.tools import mute_logger

from ..rules import kinerja as k
from .test_kinerja import KinerjaCase
from .test_kinerja_documents import KinerjaDocumentsCase

# README "Export for e-Kinerja / SIASN": the columns of the file, in order.
EXPORT_HEADER = [
    "NIP", "NAMA", "TAHUN", "PERIODE", "TANGGAL_AWAL", "TANGGAL_AKHIR", "JENIS_RHK", "RHK",
    "RHK_ATASAN_YANG_DIINTERVENSI", "ASPEK", "INDIKATOR", "TARGET", "SATUAN", "REALISASI",
    "RATING_HASIL_KERJA", "RATING_PERILAKU", "PREDIKAT",
]


@tagged("post_install", "-at_install")
class TestSkpQuarterly(KinerjaCase):
    """R34 b and PermenPANRB 6/2022: the SKP is evaluated periodically during the year
    ("doing / monitoring / coaching (documenting performance, continuous feedback,
    development)", RULES.md R34), quarterly unless the policy says monthly; the annual rating is
    drawn from the periodic ones and given by the PPK (R2)."""

    def step(self):
        self.env.flush_all()
        self.env.invalidate_all()

    def plan(self, emp, parent):
        """The employee plans his SKP: one main RHK supporting (intervensi, R35) the
        superior's, with a quantity indicator."""
        self.step()
        rec = self.Kinerja.with_user(self.u(emp)).create({"employee_id": emp.id})
        self.step()
        self.env["asn.kinerja.expectation"].with_user(self.u(emp)).create({
            "kinerja_id": rec.id, "kind": "utama", "name": "Laporan %s" % emp.name,
            "indicator": "Jumlah laporan", "target": "4 laporan", "parent_id": parent.id,
            "indicator_ids": [(0, 0, {"name": "Laporan selesai", "aspect": "kuantitas",
                                      "target": 4, "unit": "laporan"})],
        })
        return rec

    def test_four_quarterly_evaluations_then_the_annual_rating(self):
        """A record follows the company's periodic evaluations (national preset: quarterly,
        PermenPANRB 6/2022): each check-in is named after its quarter, a month is refused on a
        quarterly record; the PPK (Kabid A) rates each quarter and the year, the employee only
        reports. RULES.md §E: results above expectation three quarters out of four and behaviour
        above three out of four suggest (above, above): Sangat Baik."""
        rec_kabid = self.Kinerja.create({
            "employee_id": self.kabid_a.id,
            "expectation_ids": [(0, 0, {"name": "Cakupan imunisasi", "indicator": "Cakupan",
                                        "target": "95%", "parent_id": self.e_kadis.id})],
        })
        rec = self.plan(self.staff_a, rec_kabid.expectation_ids)
        self.assertEqual(rec.checkin_frequency, "quarterly")
        self.step()
        self.by(rec, self.kabid_a).action_agree()
        self.by(rec, self.staff_a).action_start()
        rhk = rec.expectation_ids
        ratings = [(k.ABOVE, k.ABOVE), (k.AS_EXPECTED, k.ABOVE), (k.ABOVE, k.ABOVE),
                   (k.ABOVE, k.AS_EXPECTED)]
        names = ["Quarter I", "Quarter II", "Quarter III", "Quarter IV"]
        evaluations = self.env["asn.kinerja.evaluation"]
        for quarter, (hasil, perilaku) in enumerate(ratings, start=1):
            self.step()
            day = date(self.year, quarter * 3, 28)
            evaluation = self.env["asn.kinerja.evaluation"].with_user(self.u(self.staff_a)).create({
                "kinerja_id": rec.id, "date": day,
                "line_ids": [(0, 0, {"expectation_id": rhk.id,
                                     "realisation": "%s laporan" % quarter})],
            })
            self.assertEqual(evaluation.period, "q%d" % quarter)
            self.assertEqual(evaluation.name, names[quarter - 1])
            self.step()
            with self.assertRaisesRegex(UserError, "appraiser"):
                self.by(evaluation, self.staff_a).write({"rating_hasil_kerja": hasil})
            self.by(evaluation, self.kabid_a).write({
                "rating_hasil_kerja": hasil, "rating_perilaku": perilaku,
                "behaviour_feedback": "Umpan balik triwulan %s" % quarter,
            })
            evaluations |= evaluation
        self.step()
        with self.assertRaises(ValidationError):  # a month on a quarterly record
            self.by(evaluations[0], self.staff_a).write({"period": "m03"})
        self.step()
        self.by(rhk.indicator_ids, self.staff_a).write({"realisation": 4})
        self.by(rec.behaviour_ids, self.kabid_a).write({"rating": k.ABOVE})
        self.step()
        self.assertEqual((rec.suggested_hasil_kerja, rec.suggested_perilaku),
                         (k.ABOVE, k.ABOVE))
        self.assertEqual(rec.suggested_predikat, k.SANGAT_BAIK)
        with self.assertRaisesRegex(UserError, "appraiser"):
            self.by(rec, self.staff_a).action_rate(hasil_kerja=k.ABOVE, perilaku=k.ABOVE)
        self.rate(rec, self.kabid_a, k.ABOVE, k.ABOVE)
        self.assertEqual((rec.state, rec.predikat), (k.RATED, k.SANGAT_BAIK))

    def test_monthly_where_the_policy_says(self):
        """The company's policy says monthly (the preset option ``checkin_frequency``): a new
        record is evaluated monthly and a check-in in March is the March evaluation; a quarter
        is refused on it."""
        policy = self.env["asn.kedudukan.policy"]._for_company(self.company)
        self.assertEqual(policy.checkin_frequency, "quarterly")  # national preset
        policy.checkin_frequency = "monthly"
        self.step()
        rec = self.Kinerja.with_user(self.u(self.jf_b)).create({"employee_id": self.jf_b.id})
        self.assertEqual(rec.checkin_frequency, "monthly")
        # The flow of a check-in is tested above: the engine puts this one in.
        evaluation = self.env["asn.kinerja.evaluation"].sudo().create({
            "kinerja_id": rec.id, "date": date(self.year, 3, 15),
        })
        self.assertEqual((evaluation.period, evaluation.name), ("m03", "March"))
        with self.assertRaises(ValidationError):
            evaluation.period = "q1"
        # A name of the appraiser's own stays when the date moves.
        evaluation.write({"name": "Evaluasi khusus", "date": date(self.year, 4, 2)})
        self.assertEqual((evaluation.period, evaluation.name), ("m04", "Evaluasi khusus"))


@tagged("post_install", "-at_install")
class TestSkpDistribution(KinerjaDocumentsCase):
    """RULES.md §E (PermenPANRB 6/2022 evaluation guidance): "the organisation's own predikat
    bounds how its employees' predikat are distributed"; it is "entered by the regent's side"
    (issue 15). The Dinas Kesehatan of the fixture has four rated employees: Sangat Baik (Kepala
    Dinas), Baik (Kabid A), Kurang/Misconduct (Staf A, after the objection), Sangat Kurang
    (Staf B); Kabid B's ratings are typed in, not given; the Sekretariat Daerah has one Butuh
    Perbaikan."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.clerk = new_test_user(
            cls.env, login="clerk_dinas_skp", company_id=cls.company.id,
            company_ids=[(6, 0, [cls.company.id])],
            groups="base.group_user,sistem_kerja_asn.group_admin_pd",
        )
        cls.clerk.asn_admin_pd_ids = cls.dinas
        cls.OrgPredikat = cls.env["asn.kinerja.org.predikat"]

    def step(self):
        self.env.flush_all()
        self.env.invalidate_all()

    def enter(self, user, pd, predikat, **vals):
        return self.as_user(self.OrgPredikat, user).create({
            "perangkat_daerah_id": pd.id, "year": self.year, "predikat": predikat,
            "company_id": self.company.id, **vals,
        })

    def test_org_predikat_entered_by_the_regency_hr_office_only(self):
        """Entered by the regent's side (the regional HR office); the PD's HR clerk reads it,
        never creates, changes or deletes it (access list and record rules, through RPC-like
        calls as those users); an employee reads nothing of it: its counts are of records he may
        not read (RULES.md §E bounds the distribution; each employee's predikat stays between
        him, his appraisers and HR)."""
        employee = self.u(self.staff_a)
        for user in (self.clerk, employee):
            self.step()
            with self.assertRaises(AccessError), mute_logger("odoo.models"):
                self.enter(user, self.dinas, "istimewa")
        self.step()
        org = self.enter(self.hr_daerah, self.dinas, "baik", note="Hasil evaluasi SAKIP")
        self.step()
        for call in (lambda m: m.browse(org.id).read(["count_total"]),
                     lambda m: m.search_read([], ["count_total"])):
            with self.assertRaises(AccessError), mute_logger("odoo.models"):
                call(self.as_user(self.OrgPredikat, employee))
        self.step()
        for user in (self.clerk,):
            mine = self.as_user(self.OrgPredikat, user).browse(org.id)
            self.assertEqual(mine.predikat, "baik")
            self.assertEqual(self.as_user(self.OrgPredikat, user).search(
                [("perangkat_daerah_id", "=", self.dinas.id)]), mine)
            for call in (lambda r: r.write({"predikat": "istimewa"}), lambda r: r.unlink()):
                self.step()
                with self.assertRaises(AccessError), mute_logger("odoo.models"):
                    call(mine)
        self.step()
        self.as_user(self.OrgPredikat, self.hr_daerah).browse(org.id).write(
            {"predikat": "istimewa"})
        self.env.cr.precommit.run()  # mail tracking is written at commit
        self.step()
        tracked = org.sudo().message_ids.tracking_value_ids.filtered(
            lambda t: t.field_id.name == "predikat")
        self.assertTrue(tracked, "the change of the predikat is tracked")
        # Given to a regional agency (PD), not to one of its units.
        with self.assertRaises(ValidationError):
            self.enter(self.hr_daerah, self.bidang_a, "baik")
        # One predikat per PD and year.
        with mute_logger("odoo.sql_db"), self.assertRaises(psycopg2.IntegrityError), \
                self.cr.savepoint():
            self.enter(self.hr_daerah, self.dinas, "baik")
            self.env.flush_all()

    def test_counts_shares_and_check(self):
        """"Baik: most, at most 70 %, Baik, and some Butuh Perbaikan and/or Kurang/Misconduct":
        one Baik among four rated (25 %) is not most; some Kurang/Misconduct there is. With
        "Sangat Kurang: at least 60 % Sangat Kurang, ..., no Sangat Baik" three bounds fail."""
        org = self.enter(self.hr_daerah, self.dinas, "baik")
        self.step()
        org = self.as_user(self.OrgPredikat, self.clerk).browse(org.id)
        self.assertEqual(
            [org.count_sangat_baik, org.count_baik, org.count_butuh_perbaikan, org.count_kurang,
             org.count_sangat_kurang, org.count_total], [1, 1, 0, 1, 1, 4])
        self.assertEqual(
            [org.share_sangat_baik, org.share_baik, org.share_butuh_perbaikan, org.share_kurang,
             org.share_sangat_kurang], [25.0, 25.0, 0.0, 25.0, 25.0])
        self.assertFalse(org.distribution_fits)
        self.assertEqual(org.distribution_problems,
                         "Most employees should be rated Baik: 25.0 % are.")
        self.as_user(self.OrgPredikat, self.hr_daerah).browse(org.id).predikat = "sangat_kurang"
        self.step()
        self.assertEqual(org.distribution_problems.splitlines(), [
            "At least 60 % of the employees should be rated Sangat Kurang: 25.0 % are.",
            "At most 0 % of the employees may be rated Sangat Baik: 25.0 % are.",
        ])

    def test_warning_before_final_does_not_block(self):
        """The organisation's predikat bounds the distribution, the PPK still rates each
        employee on his results and behaviour (R2): before the rating is final the appraiser is
        warned where the PD's curve with this rating would not fit; the rating and the
        finalising go on."""
        rec = self.rec_kabid_b
        ppk = rec.employee_id.ppk_id
        self.assertEqual(ppk, self.kadis)
        self.assertEqual(rec.predikat, k.BUTUH_PERBAIKAN)  # (below, above), typed in
        self.step()
        self.assertFalse(self.by(rec, ppk).distribution_warning, "no organisation predikat")
        self.enter(self.hr_daerah, self.dinas, "baik")
        self.step()
        # Four rated and this one: one Baik in five (20 %) is not most.
        warning = self.by(rec, ppk).distribution_warning
        self.assertIn("Most employees should be rated Baik: 20.0 % are.", warning)
        self.assertIn("Dinas Kesehatan", warning)
        # The Sekretariat Daerah has no organisation predikat: no warning there.
        self.assertFalse(self.rec_sekda.distribution_warning)
        self.step()
        self.by(rec, ppk).action_rate()
        self.assertEqual(rec.state, k.RATED)
        self.step()
        self.assertIn("20.0 %", self.by(rec, ppk).distribution_warning)
        notes = rec.message_ids.filtered(lambda m: "would not fit" in (m.body or ""))
        self.assertEqual(len(notes), 1, "one note for the appraiser when rating")
        rec.sudo().rated_date = date.today() - timedelta(days=60)  # the objection window ran
        self.step()
        self.by(rec, ppk).action_finalise()
        self.assertEqual(rec.state, k.FINAL)
        self.assertFalse(rec.distribution_warning)

    def recap(self, user, **vals):
        wizard = self.as_user(self.env["asn.kinerja.recap.wizard"], user).create(
            {"year": self.year, "company_id": self.company.id, **vals})
        wizard.action_export()
        data = base64.b64decode(wizard.file_data)
        book = openpyxl.load_workbook(io.BytesIO(data))
        rows = [["" if v is None else v for v in row]
                for row in book["Distribution"].iter_rows(values_only=True)]
        return rows, zipfile.ZipFile(io.BytesIO(data))

    def test_recap_shows_the_curve_and_the_fit(self):
        """The XLSX recap (issue 15, Documents): a title row, the period, per PD the count and
        percentage of each predikat, the organisation predikat, whether the curve fits it and
        why not (RULES.md §E "Baik: most ... Baik"), and the curve as a column chart."""
        self.enter(self.hr_daerah, self.dinas, "baik")
        self.step()
        rows, archive = self.recap(self.hr_daerah)
        self.assertEqual(rows[0][0], "Predikat Recap %s: Kabupaten Uji" % self.year)
        self.assertEqual(rows[1][0], "Period: 1 January to 31 December %s" % self.year)
        self.assertEqual(rows[3], [
            "Regional Agency (PD)", "Sangat Baik", "Baik", "Butuh Perbaikan",
            "Kurang/Misconduct", "Sangat Kurang", "Rated", "Sangat Baik (%)", "Baik (%)",
            "Butuh Perbaikan (%)", "Kurang/Misconduct (%)", "Sangat Kurang (%)",
            "Organisation Predikat", "Fits", "Distribution Check",
        ])
        self.assertEqual(rows[4], [
            "Dinas Kesehatan", 1, 1, 0, 1, 1, 4, 25, 25, 0, 25, 25, "Baik", "No",
            "Most employees should be rated Baik: 25.0 % are.",
        ])
        self.assertEqual(rows[5], [
            "Sekretariat Daerah", 0, 0, 1, 0, 0, 1, 0, 0, 100, 0, 0, "-", "-",
            "No organisation predikat entered for the year.",
        ])
        self.assertEqual(rows[6], ["Total", 1, 1, 1, 1, 1, 5, 20, 20, 20, 20, 20, "", "", ""])
        charts = [n for n in archive.namelist() if n.startswith("xl/charts/chart")]
        self.assertEqual(len(charts), 1)
        chart = archive.read(charts[0]).decode()
        self.assertIn("<c:barChart>", chart)
        self.assertIn("Distribution of the predikat", chart)
        # The PD clerk's recap holds his PD only.
        rows, _archive = self.recap(self.clerk)
        self.assertEqual([r[0] for r in rows[4:6]], ["Dinas Kesehatan", "Total"])

    def export(self, user, fmt="csv", **vals):
        wizard = self.as_user(self.env["asn.kinerja.export.wizard"], user).create(
            {"year": self.year, "company_id": self.company.id, "file_format": fmt, **vals})
        action = wizard.action_export()
        self.assertIn("model=asn.kinerja.export.wizard&id=%s" % wizard.id, action["url"])
        self.assertTrue(wizard.file_name.endswith("." + fmt))
        data = base64.b64decode(wizard.file_data)
        if fmt == "csv":
            return list(csv.reader(io.StringIO(data.decode("utf-8"))))
        book = openpyxl.load_workbook(io.BytesIO(data))
        return [["" if v is None else v for v in row]
                for row in book.active.iter_rows(values_only=True)]

    def test_export_for_ekinerja(self):
        """The upload file of e-Kinerja / SIASN: one row per RHK indicator with the NIP, the
        period, the RHK (utama, its superior's RHK it supports: intervensi, R35), the aspect,
        target and realisation, the ratings and the predikat (PermenPANRB 6/2022 words); after
        the objection the atasan PPK's ratings hold (R8: as expected, below: Kurang/Misconduct);
        a record not rated yet carries no rating; a draft is no plan yet and is left out."""
        rhk = self.rec_staff_a.expectation_ids
        rhk.sudo().indicator_ids = [
            (0, 0, {"name": "Desa terlayani", "aspect": "kuantitas", "target": 12,
                    "unit": "desa", "realisation": 14}),
            (0, 0, {"name": "Selesai dalam", "aspect": "waktu", "target": 12, "unit": "bulan",
                    "realisation": 10.5}),
        ]
        self.step()
        rows = self.export(self.hr_daerah)
        self.assertEqual(rows[0], EXPORT_HEADER)
        mine = [r for r in rows[1:] if r[1] == "Staf A"]
        year = str(self.year)
        common = ["198501012010011001", "Staf A", year, "Tahunan", year + "-01-01",
                  year + "-12-31", "Utama", "Hasil kerja Staf A", "Hasil kerja Kabid A"]
        self.assertEqual(mine, [
            common + ["Kuantitas", "Desa terlayani", "12", "desa", "14", "Sesuai Ekspektasi",
                      "Di Bawah Ekspektasi", "Kurang/Misconduct"],
            common + ["Waktu", "Selesai dalam", "12", "bulan", "10.5", "Sesuai Ekspektasi",
                      "Di Bawah Ekspektasi", "Kurang/Misconduct"],
        ])
        names = {r[1] for r in rows[1:]}
        self.assertNotIn("JF B", names)  # draft
        kabid_b = [r for r in rows[1:] if r[1] == "Kabid B"]
        self.assertEqual(kabid_b[0][9:], ["", "", "", "", "", "", "", ""])  # no indicator, not rated
        # A quarter: the check-in's ratings and what the employee reported there.
        self.env["asn.kinerja.evaluation"].sudo().create({
            "kinerja_id": self.rec_staff_a.id, "date": date(self.year, 3, 31),
            "rating_hasil_kerja": k.ABOVE, "rating_perilaku": k.ABOVE,
            "line_ids": [(0, 0, {"expectation_id": rhk.id, "realisation": "5 desa"})],
        })
        self.step()
        rows = self.export(self.hr_daerah, "xlsx", period="q1")
        self.assertEqual(rows[0], EXPORT_HEADER)
        mine = [r for r in rows[1:] if r[1] == "Staf A"]
        self.assertEqual(mine[0], [
            "198501012010011001", "Staf A", self.year, "Triwulan I", year + "-01-01",
            year + "-03-31", "Utama", "Hasil kerja Staf A", "Hasil kerja Kabid A", "Kuantitas",
            "Desa terlayani", 12, "desa", "5 desa", "Di Atas Ekspektasi", "Di Atas Ekspektasi",
            "Sangat Baik",
        ])
        # The PD clerk exports his PD only; an employee cannot export.
        self.assertNotIn("Sekda", {r[1] for r in self.export(self.clerk)[1:]})
        self.assertIn("Sekda", {r[1] for r in rows[1:]})
        with self.assertRaises(AccessError), mute_logger("odoo.models"):
            self.as_user(self.env["asn.kinerja.export.wizard"], self.u(self.staff_a)).create(
                {"year": self.year})

    def test_upgrade_step_restores_the_behaviour_lines(self):
        """Upgrade to 18.0.2.0.0: a record made before the SKP has no work behaviour lines; the
        upgrade gives it the seven BerAKHLAK core values (PermenPANRB 6/2022: Berorientasi
        Pelayanan, Akuntabel, Kompeten, Harmonis, Loyal, Adaptif, Kolaboratif), and only those
        it misses, however often it runs."""
        rec = self.rec_staff_a
        rec.behaviour_ids.sudo().unlink()
        self.assertFalse(rec.behaviour_ids)
        rec._asn_skp_behaviours()
        self.step()
        names = ["Berorientasi Pelayanan", "Akuntabel", "Kompeten", "Harmonis", "Loyal",
                 "Adaptif", "Kolaboratif"]
        self.assertEqual(rec.behaviour_ids.core_value_id.mapped("name"), names)
        kept = rec.behaviour_ids[2:]
        kept[0].sudo().expectation = "Mengikuti pelatihan analisis data"
        rec.behaviour_ids[:2].sudo().unlink()
        self.env["asn.kinerja"].search([("id", "in", [rec.id, self.rec_sekda.id])]) \
            ._asn_skp_behaviours()
        rec._asn_skp_behaviours()
        self.step()
        self.assertEqual(rec.behaviour_ids.core_value_id.mapped("name"), names)
        self.assertEqual(rec.behaviour_ids[2:], kept)
        self.assertEqual(kept[0].expectation, "Mengikuti pelatihan analisis data")
        self.assertEqual(len(self.rec_sekda.behaviour_ids), 7)
