"""Odoo tier: Perbup Barito Timur 11/2024 applied to a government, one test per article (issue 12)."""

from odoo.tests import tagged

from .presets_case import RegencyCase


@tagged("post_install", "-at_install")
class TestPresetsBaritoTimur(RegencyCase):
    preset = "barito_timur"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.dinas_with_two_bidang()
        cls.jf_b = cls.official("JF B", cls.bidang_b, "fungsional", "ahli_pertama")

    def test_brt_lamp_ii_c1_3_cross_unit_request_answered_and_assigned_by_the_puo_asked(self):
        """BRT Lampiran II C.1)(3)(a)-(c), (e).

        "a. Kepala Perangkat Daerah dan/atau Pimpinan Unit Organisasi pemilik kinerja mengirimkan
        surat permohonan pelibatan [...] kepada Kepala Perangkat Daerah dan/atau Pimpinan Unit
        Organisasi dituju dimana Pejabat Fungsional dan/atau Pelaksana dimaksud berada;
        b. [...] Kepala Perangkat Daerah dan/atau Pimpinan Unit Organisasi dituju [...] memproses
        dan menjawab surat permohonan pelibatan [...];
        c. Apabila [...] menyetujui [...], maka Kepala Perangkat Daerah dan/atau Pimpinan Unit
        Organisasi dimana Pejabat Fungsional dan/atau Pelaksana dimaksud berada menyusun surat
        penugasan [...], yang selanjutnya oleh Kepala Perangkat Daerah dan/atau Pimpinan Unit
        Organisasi pemilik kinerja menetapkan dengan Surat Keputusan Tim Kerja;"
        """
        rec = self.by(self.kabid_a, self.Penugasan).create(self.request_vals(
            owning_unit_id=self.bidang_a.id, target_unit_id=self.bidang_b.id,
        ))
        self.assertEqual(rec.letter_type, "sk_tim_kerja")
        self.by(self.kabid_a, rec).action_send()
        self.assertEqual((rec.state, rec.next_actor_id), ("requested", self.kabid_b))
        self.by(self.kabid_b, rec).action_approve()
        self.assertEqual((rec.state, rec.next_actor_id), ("letter_draft", self.kabid_b))
        self.by(self.kabid_b, rec).employee_id = self.jf_b
        self.assertRefused(self.kadis, rec, "action_issue_letter")
        self.by(self.kabid_b, rec).action_issue_letter()
        self.assertEqual((rec.state, rec.assigner_id), ("delivered", self.kabid_b))
        self.by(self.jf_b, rec).action_acknowledge()
        self.assertEqual((rec.state, rec.letter_type), ("done", "sk_tim_kerja"))

    def test_brt_lamp_ii_c2_3_a_b_volunteer_needs_his_own_puo_consent_first(self):
        """BRT Lampiran II C.2)(3)(a)-(c).

        "a. Pejabat Fungsional dan/atau Pelaksana menyampaikan surat permohonan untuk dapat
        dilibatkan dalam pelaksanaan kinerja kepada Kepala Perangkat Daerah dan/atau Pimpinan
        Unit Organisasi dituju atas persetujuan dari Kepala Perangkat Daerah dan/atau Pimpinan
        Unit Organisasi bersangkutan;
        b. Apabila permohonan disetujui, maka Kepala Perangkat Daerah dan/atau Pimpinan Unit
        Organisasi membuat surat penugasan [...];
        c. Pejabat Fungsional dan/atau Pelaksana menerima surat penugasan [...]"
        """
        rec = self.by(self.jf_b, self.Penugasan).create({
            "method": "sukarela", "scope": "lintas_unit", "owning_unit_id": self.bidang_a.id,
            "description": "Membantu survei gizi", "date_end": self.end,
        })
        self.assertEqual(rec.employee_id, self.jf_b)
        self.by(self.jf_b, rec).action_send()
        self.assertEqual((rec.state, rec.next_actor_id), ("home_review", self.kabid_b))
        self.assertRefused(self.kabid_a, rec, "action_issue_letter")  # not before the consent
        self.by(self.kabid_b, rec).action_approve()
        self.assertEqual((rec.state, rec.next_actor_id), ("owner_review", self.kabid_a))
        self.by(self.kabid_a, rec).action_issue_letter()
        self.by(self.jf_b, rec).action_acknowledge()
        self.assertEqual((rec.state, rec.assigner_id), ("done", self.kabid_a))

    def test_brt_lamp_ii_a7_c1_4_f_letters_surat_penugasan_alone_sk_tim_kerja_across(self):
        """BRT Lampiran II A(7), C.1)(4)(f).

        "(7) Pejabat Fungsional dan/atau Pelaksana yang ditugaskan secara individu diberikan surat
        penugasan dan/atau bukti penugasan tertulis, sedangkan Pejabat Fungsional dan/atau
        Pelaksana yang ditugaskan secara Tim Kerja diberikan Surat Keputusan Tim Kerja dari
        instansi pemilik kinerja [...]"
        "f. Atas dasar surat persetujuan Pejabat yang Berwenang, Kepala Perangkat Daerah dan/atau
        Pimpinan Unit Organisasi pemilik kinerja menetapkan dengan Surat Keputusan Tim Kerja;"
        """
        staf = self.official("Staf A", self.bidang_a, "pelaksana")
        rec = self.assign_within_unit(self.kabid_a, staf, "Rekap data gizi")
        self.assertEqual(rec.letter_type, "surat_tugas")
        rec = self.by(self.kabid_a, self.Penugasan).create(self.request_vals(
            scope="lintas_instansi", owning_unit_id=self.bidang_a.id,
        ))
        self.assertEqual(rec.letter_type, "sk_tim_kerja")

    def test_brt_lamp_i2_ahli_utama_and_madya_under_the_kepala_dinas_others_under_the_kabid(self):
        """BRT Lampiran I.2 2), and the part "yang masih memiliki Jabatan Pengawas" (2)(e).

        "a) Pejabat Fungsional Ahli Utama dan Pejabat Fungsional Ahli Madya berkedudukan di bawah
        dan bertanggung jawab kepada Sekretaris DPRD/Inspektur/Kepala Dinas/Badan;
        b) Pejabat Fungsional Ahli Muda, Pejabat Fungsional Ahli Pertama, Pejabat Fungsional
        Keterampilan dan Pejabat Pelaksana berkedudukan di bawah dan bertanggung jawab kepada
        Kepala Bagian/Inspektur Pembantu/Bidang/Sekretaris."
        "e) Kepala Sub Bagian/Kepala Seksi/Kepala Sub Bidang menyampaikan arahan dan ekspektasi
        target kinerja kepada Pejabat Fungsional Ahli Pertama, dan Pejabat Fungsional
        Keterampilan dan/atau Pelaksana yang berada di bawah koordinasinya"
        """
        utama = self.official("JF Utama", self.bidang_b, "fungsional", "ahli_utama")
        madya = self.official("JF Madya", self.bidang_b, "fungsional", "ahli_madya")
        muda = self.official("JF Muda", self.bidang_b, "fungsional", "ahli_muda")
        seksi = self.unit("Seksi Surveilans", "seksi", self.bidang_b)
        kasi = self.official("Kasi", seksi, "pengawas", head=True)
        terampil = self.official("JF Terampil", seksi, "fungsional", "terampil")
        self.assertOfficials(utama, self.kadis)
        self.assertOfficials(madya, self.kadis)
        self.assertOfficials(muda, self.kabid_b, puo=self.kabid_b)
        self.assertOfficials(self.jf_b, self.kabid_b, puo=self.kabid_b)
        self.assertOfficials(terampil, kasi, puo=kasi)
        rec = self.assign_within_unit(kasi, terampil, "Pengambilan sampel")
        self.assertEqual(rec.assigner_id, kasi)
