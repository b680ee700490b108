"""Odoo tier: Perbup Bekasi 18/2024 applied to a government, one test per article (issue 12)."""

from datetime import timedelta

from odoo.tests import tagged

from .presets_case import RegencyCase


@tagged("post_install", "-at_install")
class TestPresetsBekasi(RegencyCase):
    preset = "bekasi"

    def _pd(self, name, kind, head_name, head_class="jpt_pratama"):
        pd = self.unit(name, kind, pd=True)
        return pd, self.official(head_name, pd, head_class, head=True)

    def test_bks_ps_69_2_rsud_led_by_administrator_kasi_appraises_and_assigns(self):
        """BKS Pasal 69(1)-(2), 70(1)-(2), with Pasal 89(2) and 71.

        "(1) Direktur sebagai Pejabat Administrator berkedudukan sebagai Kepala Perangkat Daerah.
        (2) Kepala Seksi dan Kepala Sub Bagian sebagai Pejabat Pengawas berkedudukan sebagai
        Pejabat Penilai Kinerja sekaligus Pimpinan Unit Organisasi."
        Ps 71: "[...] dalam dan lintas unit organisasi dengan Surat Tugas [...]"
        """
        rsud, direktur = self._pd("RSUD Cabangbungin", "rsud", "Direktur", "administrator")
        seksi = self.unit("Seksi Pelayanan Medik", "seksi", rsud)
        kasi = self.official("Kasi", seksi, "pengawas", head=True)
        subbag = self.unit("Subbagian Tata Usaha", "subbagian", rsud)
        kasubag = self.official("Kasubag", subbag, "pengawas", head=True)
        perawat = self.official("Perawat", seksi, "fungsional", "ahli_pertama")
        staf = self.official("Staf TU", subbag, "pelaksana")
        self.assertOfficials(perawat, kasi, puo=kasi)
        self.assertOfficials(staf, kasubag, puo=kasubag)
        self.assertFalse((rsud | seksi | subbag).filtered(lambda d: d.ppk_mode or d.puo_mode))
        for other in (direktur, kasubag):
            self.assertRefused(other, self.Penugasan, "create", {
                "employee_id": perawat.id, "description": "x", "date_end": self.end,
            })
        rec = self.assign_within_unit(kasi, perawat, "Triase IGD")
        self.assertEqual((rec.assigner_id, rec.letter_type), (kasi, "surat_tugas"))

    def test_bks_ps_17_53_80_surat_perintah_from_the_employees_pd_without_owning_unit(self):
        """BKS Pasal 17, 53, 80 (and Pasal 35 for a Dinas).

        Ps 17: "Penugasan [...] bagi pejabat Fungsional dan Pelaksana dalam dan lintas unit
        organisasi dengan Surat Perintah, sedangkan penugasan lintas perangkat daerah dengan
        Keputusan Bupati pemilik kinerja [...]"
        Ps 53 (Badan) "[...] dengan Surat Perintah [...]", Ps 80 (Kecamatan) "[...] dengan
        Surat Perintah Tugas [...]"; Ps 35 (Dinas) "[...] dengan Surat Tugas [...]".
        An assignment within the unit names no owning unit: the employee's own PD decides.
        """
        cases = [("Inspektorat Daerah", "inspektorat", "surat_perintah"),
                 ("Badan Pendapatan Daerah", "badan", "surat_perintah"),
                 ("Kecamatan Tambun Selatan", "kecamatan", "surat_perintah"),
                 ("Dinas Perhubungan", "dinas", "surat_tugas")]
        for name, kind, letter in cases:
            with self.subTest(kind=kind):
                pd, _head = self._pd(name, kind, "Kepala %s" % kind,
                                     "administrator" if kind == "kecamatan" else "jpt_pratama")
                unit = self.unit("Seksi %s" % kind, "seksi", pd)
                kasi = self.official("Kasi %s" % kind, unit, "pengawas", head=True)
                staf = self.official("Staf %s" % kind, unit, "pelaksana")
                rec = self.assign_within_unit(kasi, staf)
                self.assertFalse(rec.owning_unit_id)
                self.assertEqual(rec.letter_type, letter)

    def test_bks_ps_7_5_with_ps_8_team_members_by_surat_tugas_in_and_across_units(self):
        """BKS Pasal 7(5) with Pasal 8.

        "(5) Penugasan sebagaimana dimaksud pada ayat (3) secara individu dan/atau dalam tim
        kerja dilakukan melalui penunjukan dan/atau pengajuan sukarela."
        Ps 8: "Penugasan sebagaimana dimaksud pada Pasal 7 ayat (4) bagi pejabat Fungsional dan
        Pelaksana dalam dan lintas unit organisasi dengan Surat Tugas, sedangkan penugasan lintas
        perangkat daerah dengan Keputusan Bupati pemilik kinerja [...]"
        """
        asisten_unit = self.unit("Asisten Pemerintahan", "other", self.setda)
        self.official("Asisten", asisten_unit, "jpt_pratama", head=True)
        umum = self.unit("Bagian Umum", "bagian", asisten_unit)
        kabag = self.official("Kabag Umum", umum, "administrator", head=True)
        hukum = self.unit("Bagian Hukum", "bagian", asisten_unit)
        self.official("Kabag Hukum", hukum, "administrator", head=True)
        jf_umum = self.official("JF Umum", umum, "fungsional", "ahli_muda")
        jf_hukum = self.official("JF Hukum", hukum, "fungsional", "ahli_muda")
        team = self.by(kabag, self.Team).create({
            "name": "Tim Penataan Arsip", "kind": "insidental", "owning_unit_id": umum.id,
            "date_end": self.today + timedelta(days=90), "mandate": "Menata arsip",
            "member_ids": [(0, 0, {"employee_id": jf_umum.id, "role": "ketua"}),
                           (0, 0, {"employee_id": jf_hukum.id, "role": "anggota"})],
        })
        self.by(kabag, team).action_propose()
        self.consent_all(team)
        self.establish(team, kabag, "800.1/9/SETDA/2026")
        by_emp = {p.employee_id: p for p in team.sudo().penugasan_ids}
        self.assertEqual(by_emp[jf_umum].letter_type, "surat_tugas")
        self.assertEqual((by_emp[jf_hukum].scope, by_emp[jf_hukum].letter_type),
                         ("lintas_unit", "surat_tugas"))

    def test_bks_ps_34_2_kabid_appraises_and_assigns_an_ahli_madya_no_jenjang_ceiling(self):
        """BKS Pasal 34(2)-(3), with Pasal 89(2); issue 12 ("no jenjang ceiling by default").

        "(2) Penilaian kinerja Pejabat Fungsional dan/atau Pelaksana dilakukan oleh Kepala
        Bidang, Sekretaris, Kepala Sub Bagian dan/atau Kepala Seksi selaku Pejabat Penilai
        Kinerja.
        (3) Pejabat Fungsional dan Pelaksana memperoleh penugasan dari Kepala Bidang dan/atau
        Sekretaris sebagai pimpinan unit organisasi."
        Ps 89(2): "[...] penunjukan Pejabat Fungsional dan/atau pelaksana di dalam Perangkat
        Daerah yang dilakukan langsung oleh Pejabat Penilai Kinerja."
        """
        self.assertFalse(self.policy.jenjang_ceiling)
        dinas, kadis = self._pd("Dinas Bina Marga", "dinas", "Kadis")
        bidang = self.unit("Bidang Jalan", "bidang", dinas)
        kabid = self.official("Kabid Jalan", bidang, "administrator", head=True)
        seksi = self.unit("Seksi Pemeliharaan", "seksi", bidang)
        kasi = self.official("Kasi Pemeliharaan", seksi, "pengawas", head=True)
        madya = self.official("JF Madya", bidang, "fungsional", "ahli_madya")
        staf = self.official("Staf Seksi", seksi, "pelaksana")
        self.assertOfficials(madya, kabid, puo=kabid)
        self.assertOfficials(staf, kasi, puo=kasi)  # Ps 34(4)
        rec = self.assign_within_unit(kabid, madya, "Evaluasi kondisi jalan")
        self.assertEqual(rec.assigner_id, kabid)
        rec = self.assign_within_unit(kasi, staf, "Inventarisasi jembatan")
        self.assertEqual(rec.assigner_id, kasi)
        self.policy.jenjang_ceiling = True  # switched on by the clerk: R5 as national
        self.assertOfficials(madya, kadis, puo=kabid)
