"""Odoo tier: Perbup Karangasem 15/2023 applied to a government, one test per article (issue 12)."""

from odoo.tests import tagged

from .presets_case import RegencyCase


@tagged("post_install", "-at_install")
class TestPresetsKarangasem(RegencyCase):
    preset = "karangasem"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.dinas_with_two_bidang()
        cls.seksi_b = cls.unit("Seksi Surveilans", "seksi", cls.bidang_b)
        cls.kasi_b = cls.official("Kasi B", cls.seksi_b, "pengawas", head=True)
        cls.jf_b = cls.official("JF B", cls.bidang_b, "fungsional", "ahli_madya")

    def test_kra_ps_14_3_a_b_cross_unit_request_goes_to_the_kepala_dinas_where_the_jf_sits(self):
        """KRA Pasal 14(3)(a)-(c), with Pasal 41(2)(b)-(c).

        "a. pimpinan Unit Organisasi pemilik kinerja mengirimkan surat permohonan pelibatan
        Pejabat Fungsional atau pelaksana kepada Pejabat Penilai Kinerja dituju dimana Pejabat
        Fungsional atau pelaksana dimaksud berada dengan tembusan Pejabat Penilai Kinerja
        bersangkutan;
        b. terhadap surat permohonan pelibatan [...], Pejabat Penilai Kinerja dituju dimana
        Pejabat Fungsional atau pelaksana dimaksud berada, memroses dan menjawab [...];
        c. apabila Pejabat Penilai Kinerja [...] menyetujui [...], maka dengan rekomendasi dari
        Pimpinan Unit Organisasi, Pejabat Penilai Kinerja [...] menyusun surat penugasan [...]"
        Ps 41(2)(b): "kepala Dinas/Badan memberikan penilaian kinerja bagi Pejabat Fungsional dan
        pelaksana", (c) the Kabid is the PUO. The employee is not named yet: the request goes to
        the Kepala Dinas, not to the head of the Bidang asked.
        """
        self.assertOfficials(self.jf_b, self.kadis, puo=self.kabid_b)
        rec = self.by(self.kabid_a, self.Penugasan).create(self.request_vals(
            owning_unit_id=self.bidang_a.id, target_unit_id=self.bidang_b.id,
        ))
        self.by(self.kabid_a, rec).action_send()
        self.assertEqual((rec.state, rec.next_actor_id), ("requested", self.kadis))
        todo = rec.sudo().activity_ids.filtered(lambda a: a.user_id == self.users[self.kadis.id])
        self.assertTrue(todo)
        self.assertRefused(self.kabid_b, rec, "action_approve")
        self.by(self.kadis, rec).action_approve()
        self.assertEqual((rec.state, rec.next_actor_id), ("recommendation", self.kabid_b))
        self.by(self.kabid_b, rec).employee_id = self.jf_b  # the PUO's recommendation names him
        self.by(self.kabid_b, rec).action_recommend()
        self.assertRefused(self.kabid_b, rec, "action_issue_letter")
        self.by(self.kadis, rec).action_issue_letter()
        self.assertEqual((rec.state, rec.assigner_id), ("delivered", self.kadis))
        self.by(self.jf_b, rec).action_acknowledge()
        self.assertEqual(rec.state, "done")

    def test_kra_ps_14_3_a_every_preset_the_request_goes_to_the_ppk_where_he_would_sit(self):
        """KRA Pasal 14(3)(a) ("kepada Pejabat Penilai Kinerja dituju dimana Pejabat Fungsional
        atau pelaksana dimaksud berada"), and MUN Lampiran B.b.1) b) (1) alike: before anyone is
        named, the request goes to the PPK a JF placed in the unit asked would have under the
        company's preset, not to the head of that unit: the Kabid above the Seksi (national,
        MUN Lampiran D.3 b(8)-(11): the Kasi only coordinates), the Kasi (DPS Lampiran B.2: the
        Pengawas appraises), the Kabid (BKS Ps 34(2)-(3) for a JF), the Kepala Dinas (KRA Ps
        41(2)(b)); Barito Timur sends it to the "Pimpinan Unit Organisasi dituju dimana Pejabat
        Fungsional [...] berada" (Lampiran II C.1)(3)(a)), the Kasi who would lead him there."""
        for key, ppk in [("national", self.kabid_b), ("muna", self.kabid_b),
                         ("denpasar", self.kasi_b), ("bekasi", self.kabid_b),
                         ("karangasem", self.kadis), ("barito_timur", self.kasi_b)]:
            with self.subTest(preset=key):
                self.set_preset(key)
                rec = self.by(self.kabid_a, self.Penugasan).create(self.request_vals(
                    owning_unit_id=self.bidang_a.id, target_unit_id=self.seksi_b.id,
                ))
                self.by(self.kabid_a, rec).action_send()
                self.assertEqual(self.by(self.kabid_a, rec).next_actor_id, ppk)

    def test_kra_ps_39_2_one_level_dinas_kepala_dinas_appraises_and_assigns_all(self):
        """KRA Pasal 39(2), with Pasal 36 a.

        "Ketentuan struktur penugasan pada Dinas/Badan sebagaimana dimaksud pada ayat (1)
        sebagai berikut, Kepala Dinas/Badan menetapkan dan memberikan penilaian kinerja serta
        memberikan penugasan bagi Sekretaris, Kepala Sub Bagian, Koordinator, Pejabat Fungsional
        dan pelaksana."
        """
        dpm = self.unit("DPMPTSP", "dinas", pd=True)
        kadis = self.official("Kadis DPMPTSP", dpm, "jpt_pratama", head=True)
        sek = self.unit("Sekretariat DPMPTSP", "other", dpm)
        sekretaris = self.official("Sekretaris", sek, "administrator", head=True)
        subbag = self.unit("Subbagian Umum", "subbagian", sek)
        kasubbag = self.official("Kasubbag", subbag, "pengawas", head=True)
        staf = self.official("Staf", subbag, "pelaksana")
        jf = self.official("JF Madya", dpm, "fungsional", "ahli_madya")
        for emp in (sekretaris, kasubbag, staf, jf):
            self.assertOfficials(emp, kadis, puo=kadis)
        self.assertFalse((dpm | sek | subbag).filtered(lambda d: d.ppk_mode or d.puo_mode))
        for head in (sekretaris, kasubbag):
            self.assertRefused(head, self.Penugasan, "create", {
                "employee_id": staf.id, "description": "x", "date_end": self.end,
            })
        rec = self.assign_within_unit(kadis, staf, "Pelayanan perizinan")
        self.assertEqual(rec.assigner_id, kadis)

    def test_kra_ps_33_2_34_2_inspektorat_inspektur_appraises_the_irban_assigns(self):
        """KRA Pasal 33(2), 34(2)(b)-(c), with Pasal 14(2).

        "b. penilaian kinerja Pejabat Fungsional dan pelaksana dilakukan oleh Inspektur Daerah
        selaku Pejabat Penilai Kinerja; dan
        c. Pejabat Fungsional dan pelaksana menerima penugasan dari Sekretaris dan Inspektur
        Pembantu selaku pimpinan Unit Organisasi."
        Ps 14(2): "Mekanisme penunjukan di dalam Unit Organisasi [...] dilakukan secara langsung
        oleh Pimpinan Unit Organisasi."
        """
        insp = self.unit("Inspektorat Daerah", "inspektorat", pd=True)
        inspektur = self.official("Inspektur", insp, "jpt_pratama", head=True)
        irban = self.unit("Inspektur Pembantu I", "other", insp)
        irban_head = self.official("Irban I", irban, "administrator", head=True)
        auditor = self.official("Auditor Madya", irban, "fungsional", "ahli_madya")
        self.assertOfficials(auditor, inspektur, puo=irban_head)
        rec = self.assign_within_unit(irban_head, auditor, "Audit kinerja Dinas Sosial")
        self.assertEqual((rec.assigner_id, rec.letter_type), (irban_head, "surat_tugas"))

    def test_kra_ps_43_2_44_2_kecamatan_camat_appraises_sekcam_and_kasi_assign(self):
        """KRA Pasal 43(2), 44(2)(b)-(c).

        "b. penilaian kinerja Pejabat Fungsional dan pelaksana dilakukan oleh Camat selaku
        Pejabat Penilai Kinerja; dan
        c. Pejabat Fungsional dan pelaksana menerima penugasan dari Sekretaris Camat dan kepala
        seksi selaku pimpinan Unit Organisasi."
        A Kasubbag of the Sekretariat is not named: he may coordinate (Ps 52), the Sekretaris
        Camat assigns.
        """
        kec = self.unit("Kecamatan Abang", "kecamatan", pd=True)
        camat = self.official("Camat", kec, "administrator", head=True)
        seksi = self.unit("Seksi Pemerintahan", "seksi", kec)
        kasi = self.official("Kasi", seksi, "pengawas", head=True)
        madya = self.official("JF Madya", seksi, "fungsional", "ahli_madya")
        sekretariat = self.unit("Sekretariat Kecamatan", "other", kec)
        sekcam = self.official("Sekcam", sekretariat, "administrator", head=True)
        subbag = self.unit("Subbagian Umum Kecamatan", "subbagian", sekretariat)
        kasubbag = self.official("Kasubbag", subbag, "pengawas", head=True)
        staf = self.official("Staf Umum", subbag, "pelaksana")
        self.assertOfficials(madya, camat, puo=kasi)
        self.assertOfficials(staf, camat, puo=sekcam, coordinator=kasubbag)  # Ps 52
        rec = self.assign_within_unit(kasi, madya, "Penyusunan profil kecamatan")
        self.assertEqual(rec.assigner_id, kasi)
        self.assertRefused(kasubbag, self.Penugasan, "create", {
            "employee_id": staf.id, "description": "x", "date_end": self.end,
        })
        rec = self.assign_within_unit(sekcam, staf, "Pengelolaan arsip")
        self.assertEqual(rec.assigner_id, sekcam)
