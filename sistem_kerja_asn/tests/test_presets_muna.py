"""Odoo tier: Perbup Muna 19/2024 applied to a government, one test per article (issue 12)."""

from datetime import timedelta

from odoo.exceptions import UserError
from odoo.exceptions import ValidationError
from odoo.tests import new_test_user
from odoo.tests import tagged

from .presets_case import RegencyCase


@tagged("post_install", "-at_install")
class TestPresetsMuna(RegencyCase):
    preset = "muna"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.dinas_with_two_bidang()
        cls.jf_a = cls.official("JF A", cls.bidang_a, "fungsional", "ahli_pertama")
        cls.staf_a = cls.official("Staf A", cls.bidang_a, "pelaksana")
        cls.jf_b = cls.official("JF B", cls.bidang_b, "fungsional", "ahli_pertama")

    def _team(self, owner, members, days=240, unit=None):
        return self.by(owner, self.Team).create({
            "name": "Tim Penurunan Stunting", "kind": "insidental",
            "owning_unit_id": (unit or self.bidang_a).id,
            "date_end": self.today + timedelta(days=days),
            "mandate": "Menurunkan prevalensi stunting",
            "member_ids": [(0, 0, {"employee_id": emp.id, "role": role}) for emp, role in members],
        })

    def _rsud(self):
        """MUN Lampiran D.5: an RSUD (UOBK) led by an Administrator, a Pengawas as Level II."""
        rsud = self.unit("RSUD dr. H.L.M. Baharuddin", "rsud", self.dinas)
        self.official("Direktur", rsud, "administrator", head=True)
        bidang = self.unit("Bidang Pelayanan", "bidang", rsud)
        kabid = self.official("Kabid Pelayanan", bidang, "administrator", head=True)
        seksi = self.unit("Seksi Keperawatan", "seksi", bidang)
        kasi = self.official("Kasi", seksi, "pengawas", head=True)
        madya = self.official("Dokter Madya", seksi, "fungsional", "ahli_madya")
        muda = self.official("Perawat Muda", seksi, "fungsional", "ahli_muda")
        return rsud, bidang, seksi, kabid, kasi, madya, muda

    def test_mun_lamp_d5_b11_b12_rsud_pengawas_neither_appraises_nor_assigns_ahli_madya(self):
        """MUN Lampiran D.5 b(11)-(12).

        "Maka Pejabat Pengawas tidak berperan sebagai Pejabat Penilai Kinerja sekaligus tidak
        berperan sebagai pimpinan Unit Organisasi bagi Pejabat Fungsional Ahli Madya;
        12) Pejabat Pengawas tidak dapat memberikan penugasan kepada Pejabat Fungsional Ahli
        Madya [...]"
        b(7): for an Ahli Muda the Pengawas "hanya berperan sebagai Pimpinan Unit Organisasi yang
        memberikan penugasan".
        """
        rsud, bidang, seksi, kabid, kasi, madya, muda = self._rsud()
        self.assertOfficials(madya, self.kadis, puo=self.kadis)
        self.assertOfficials(muda, kabid, puo=kasi)
        self.assertFalse((self.dinas | rsud | bidang | seksi).filtered(
            lambda d: d.ppk_mode or d.puo_mode))  # the preset alone, no manual override
        # the Kasi gives the Ahli Madya no assignment; the Kepala Dinas does
        with self.assertRaises(UserError), self.env.cr.savepoint():
            self.assign_within_unit(kasi, madya)
        rec = self.assign_within_unit(self.kadis, madya, "Audit klinis")
        self.assertEqual((rec.state, rec.assigner_id), ("delivered", self.kadis))
        # ... while he still assigns the Ahli Muda he does not appraise (b(7))
        rec = self.assign_within_unit(kasi, muda, "Asuhan keperawatan")
        self.assertEqual(rec.assigner_id, kasi)

    def test_mun_lamp_d5_b12_b13_delegated_pengawas_appraises_and_assigns_the_ahli_madya(self):
        """MUN Lampiran D.5 b(12)-(13), R7.

        "12) [...] namun apabila dibutuhkan maka Kepala Dinas pengampu urusan pemerintahan
        bidang kesehatan dapat mendelegasikan kewenangan pengelolaan kinerja Pejabat Fungsional
        Ahli Madya kepada Pejabat Pengawas;
        13) Setelah mendapatkan pendelegasian kewenangan untuk mengelola kinerja Pejabat
        Fungsional Ahli Madya, Pejabat Pengawas mengintegrasikan Pejabat Fungsional Ahli Madya
        dalam penugasan baik secara Tim Kerja maupun Individu di dalam Unit Organisasi yang
        dipimpinnya;"
        The HR clerk of the Dinas records the Kepala Dinas's decree.
        """
        _rsud, _bidang, _seksi, _kabid, kasi, madya, _muda = self._rsud()
        clerk = new_test_user(
            self.env, login="u_muna_clerk_dinkes", groups="base.group_user,"
            "sistem_kerja_asn.group_admin_pd", company_id=self.company.id,
            company_ids=[(6, 0, [self.company.id])],
        )
        clerk.asn_admin_pd_ids = self.dinas
        self.env.flush_all()
        self.env.invalidate_all()
        self.env["asn.delegasi.penilaian"].with_user(clerk).create({
            "employee_id": madya.id, "delegate_id": kasi.id, "delegator_id": self.kadis.id,
            "date_from": self.today, "date_to": self.today + timedelta(days=365),
            "reason": "Rentang kendali Kepala Dinas", "decree_number": "800/12/DINKES/2026",
        })
        self.assertOfficials(madya, kasi, puo=kasi)
        self.assertRefused(self.kadis, self.Penugasan, "create", {
            "employee_id": madya.id, "description": "x", "date_end": self.end,
        })
        rec = self.assign_within_unit(kasi, madya, "Audit klinis")
        self.assertEqual(rec.assigner_id, kasi)

    def test_mun_ps_13_5_6_team_assignments_surat_tugas_within_keputusan_across_units(self):
        """MUN Pasal 13(5)-(6).

        "(5) Penugasan Pejabat Fungsional dan pelaksana secara individu dan/atau tim kerja yang
        melibatkan Pejabat Fungsional dan pelaksana antar Unit Organisasi ditetapkan dengan
        Keputusan Kepala Perangkat Daerah.
        (6) Penugasan Pejabat Fungsional dan pelaksana secara individu dan/atau tim kerja yang
        melibatkan Pejabat Fungsional dan pelaksana dalam Unit Organisasi dengan surat tugas oleh
        Pejabat Penilai Kinerja atau Pimpinan Unit Organisasi."
        """
        team = self._team(self.kabid_a, [(self.jf_a, "ketua"), (self.staf_a, "anggota"),
                                         (self.jf_b, "anggota")])
        self.by(self.kabid_a, team).action_propose()
        self.consent_all(team)
        self.establish(team, self.kadis)
        letters = {p.employee_id: p.letter_type for p in team.sudo().penugasan_ids}
        self.assertEqual(letters, {
            self.jf_a: "surat_tugas", self.staf_a: "surat_tugas",
            self.jf_b: "keputusan_kepala_pd",
        })
        # an individual across units too (Ps 13(5) "secara individu")
        rec = self.by(self.kabid_a, self.Penugasan).create(self.request_vals(
            owning_unit_id=self.bidang_a.id, target_unit_id=self.bidang_b.id,
        ))
        self.assertEqual(rec.letter_type, "keputusan_kepala_pd")
        rec = self.by(self.kabid_a, self.Penugasan).create({
            "employee_id": self.staf_a.id, "description": "Rekap data", "date_end": self.end,
        })
        self.assertEqual(rec.letter_type, "surat_tugas")

    def test_mun_ps_1_angka_16_team_appointed_by_the_kepala_pd_for_more_than_six_months(self):
        """MUN Pasal 1 angka 16.

        "Tim Kerja adalah Tim yang membantu pelaksanaan tugas organisasi yang ditunjuk oleh
        Kepala Perangkat Daerah dan melaksanakan tugas dalam kurun waktu lebih dari 6 (enam)
        bulan."
        """
        with self.assertRaises(ValidationError), self.env.cr.savepoint():
            self._team(self.kabid_a, [(self.jf_a, "ketua"), (self.staf_a, "anggota")], days=90)
        team = self._team(self.kabid_a, [(self.jf_a, "ketua"), (self.staf_a, "anggota")])
        self.by(self.kabid_a, team).action_propose()
        self.assertEqual(team._asn_decree_signer(), self.kadis)
        self.by(self.kabid_a, team).write({"decree_number": "800.1/7/DINKES/2026",
                                           "decree_date": self.today})
        self.assertRefused(self.kabid_a, team, "action_establish")  # the PUO does not appoint
        self.by(self.kadis, team).action_establish()
        self.assertEqual(team.state, "established")
        self.assertEqual(len(team.sudo().penugasan_ids), 2)

    def test_mun_lamp_d6_kecamatan_kasi_assigns_ahli_muda_the_camat_appraises(self):
        """MUN Lampiran D.6 b(2), (4)-(5).

        "2) Pejabat Pengawas akan memberikan penilaian kinerja sekaligus memberikan penugasan
        bagi Pejabat Fungsional dan Pelaksana;
        4) Apabila terdapat Pejabat Fungsional Ahli Muda dalam Unit Organisasi, maka Pejabat
        Pengawas tidak berperan sebagai Pejabat Penilai Kinerja, dan hanya berperan sebagai
        Pimpinan Unit Organisasi yang memberikan penugasan [...]
        5) Penilaian kinerja bagi Pejabat Fungsional Ahli Muda dilaksanakan oleh Pejabat
        Administrator;"
        """
        kec = self.unit("Kecamatan Katobu", "kecamatan", pd=True)
        camat = self.official("Camat", kec, "administrator", head=True)
        seksi = self.unit("Seksi Pemerintahan", "seksi", kec)
        kasi = self.official("Kasi", seksi, "pengawas", head=True)
        muda = self.official("JF Muda", seksi, "fungsional", "ahli_muda")
        staf = self.official("Staf", seksi, "pelaksana")
        self.assertOfficials(muda, camat, puo=kasi)
        self.assertOfficials(staf, kasi, puo=kasi)
        rec = self.assign_within_unit(kasi, muda, "Pendataan penduduk")
        self.assertEqual(rec.assigner_id, kasi)
        self.assertRefused(camat, self.Penugasan, "create", {
            "employee_id": staf.id, "description": "x", "date_end": self.end,
        })

    def test_mun_lamp_d8_jf_kepala_puskesmas_assigns_his_jenjang_the_kepala_dinas_appraises(self):
        """MUN Lampiran D.8 b(5)-(6).

        "5) Apabila terdapat Pejabat Fungsional dengan Jenjang yang sama dengan Pejabat Level I,
        maka Pejabat Level I tidak berperan sebagai Pejabat Penilai Kinerja bagi Pejabat
        Fungsional tersebut dan hanya berperan memberikan penugasan;
        6) Pejabat Penilai Kinerja bagi Pejabat Fungsional yang memiliki jenjang yang sama dengan
        Pejabat Level I dilaksanakan oleh Kepala Dinas [...]"
        """
        pkm = self.unit("UPTD Puskesmas Katobu", "puskesmas", self.dinas)
        kapus = self.official("Kapus", pkm, "fungsional", "ahli_muda", head=True)
        dokter = self.official("Dokter Muda", pkm, "fungsional", "ahli_muda")
        bidan = self.official("Bidan", pkm, "fungsional", "terampil")
        self.assertOfficials(dokter, self.kadis, puo=kapus)
        self.assertOfficials(bidan, kapus, puo=kapus)
        rec = self.assign_within_unit(kapus, dokter, "Pelayanan KIA")
        self.assertEqual(rec.assigner_id, kapus)

    def test_mun_ps_1_angka_13_vacant_pd_head_passes_to_the_sekda_for_roles_and_resolver(self):
        """MUN Pasal 1 angka 13 (R2), issue 12: "vacant post passes upward" is one function.

        "Pejabat Penilai Kinerja adalah atasan langsung dengan ketentuan paling rendah pejabat
        pengawas atau pejabat lain yang diberi pendelegasian kewenangan."
        With the head of the Dinas vacant, the Sekda stands in: as PPK (the resolver) and as the
        Kepala PD who appoints a team (Ps 1 angka 16, the workflow role).
        """
        dinas = self.unit("Dinas Perikanan", "dinas", pd=True)  # its head is vacant
        bidang = self.unit("Bidang Budidaya", "bidang", dinas)
        kabid = self.official("Kabid Budidaya", bidang, "administrator", head=True)
        madya = self.official("JF Madya", bidang, "fungsional", "ahli_madya")
        pertama = self.official("JF Pertama", bidang, "fungsional", "ahli_pertama")
        self.assertOfficials(kabid, self.sekda, puo=self.sekda)
        self.assertOfficials(madya, self.sekda, puo=kabid)
        team = self._team(kabid, [(pertama, "ketua"), (madya, "anggota")], unit=bidang)
        self.by(kabid, team).action_propose()
        self.assertEqual(team._asn_decree_signer(), self.sekda)
        self.assertRefused(kabid, team, "action_establish")
        self.establish(team, self.sekda)
        self.assertEqual(team.state, "established")
