"""Odoo tier: Perwali Denpasar 69/2023 applied to a government, one test per article (issue 12)."""

from odoo.exceptions import ValidationError
from odoo.tests import tagged

from .presets_case import RegencyCase


@tagged("post_install", "-at_install")
class TestPresetsDenpasar(RegencyCase):
    preset = "denpasar"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.dinas = cls.unit("Dinas Kesehatan", "dinas", pd=True)
        cls.kadis = cls.official("Kadis", cls.dinas, "jpt_pratama", head=True)
        cls.bidang = cls.unit("Bidang P2P", "bidang", cls.dinas)
        cls.kabid = cls.official("Kabid", cls.bidang, "administrator", head=True)
        cls.seksi = cls.unit("Seksi Surveilans", "seksi", cls.bidang)
        cls.kasi = cls.official("Kasi", cls.seksi, "pengawas", head=True)
        cls.jf = cls.official("JF Epidemiolog", cls.seksi, "fungsional", "ahli_pertama")
        cls.staf = cls.official("Staf", cls.bidang, "pelaksana")

    def test_dps_lamp_b4_kecamatan_pengawas_appraises_camat_assigns_no_jenjang_ceiling(self):
        """DPS Lampiran B.4, issue 12 ("no jenjang ceiling by default").

        "Kelompok Jabatan Fungsional dan pelaksana berada di bawah dan bertanggung kepada Pejabat
        Administrator sebagai Pejabat level 1 (satu) dan Pejabat Pengawas sebagai Pejabat level 2
        (dua). Pejabat Administrator berperan sebagai Pimpinan Unit Organisasi. Pejabat Pengawas
        berperan sebagai Pejabat Penilai Kinerja. Unit organisasi yang menerapkan pola tersebut
        adalah pada Kecamatan."
        The Perwali names no jenjang: the Kasi appraises an Ahli Muda; the national ceiling is an
        option the clerk may switch on.
        """
        self.assertFalse(self.policy.jenjang_ceiling)
        kec = self.unit("Kecamatan Denpasar Barat", "kecamatan", pd=True)
        camat = self.official("Camat", kec, "administrator", head=True)
        seksi = self.unit("Seksi Trantib", "seksi", kec)
        kasi = self.official("Kasi Trantib", seksi, "pengawas", head=True)
        muda = self.official("JF Muda", seksi, "fungsional", "ahli_muda")
        self.assertOfficials(muda, kasi, puo=camat)
        self.assertRefused(kasi, self.Penugasan, "create", {
            "employee_id": muda.id, "description": "x", "date_end": self.end,
        })
        rec = self.assign_within_unit(camat, muda, "Penertiban reklame")
        self.assertEqual(rec.assigner_id, camat)
        self.policy.jenjang_ceiling = True  # the clerk switches the national ceiling on (R5)
        self.assertOfficials(muda, camat, puo=camat)

    def test_dps_lamp_b6_jf_kepala_puskesmas_appraises_and_assigns_his_own_jenjang(self):
        """DPS Lampiran B.6, a.(2).

        "Kelompok Jabatan Fungsional dan pelaksana berada di bawah Pejabat Fungsional sebagai
        Pejabat level 1 (satu) yang berperan selaku Pejabat Penilai Kinerja, diberlakukan pada
        UPT Puskesmas dan Satuan Pendidikan."
        "(2) Kepala Puskesmas dan Satuan Pendidikan yang merupakan Pejabat Fungsional menugaskan
        Pejabat Fungsional dan pelaksana dalam pencapaian target kinerja tertentu."
        """
        pkm = self.unit("UPT Puskesmas I Denpasar Barat", "puskesmas", self.dinas)
        kapus = self.official("Kapus", pkm, "fungsional", "ahli_muda", head=True)
        dokter = self.official("Dokter Muda", pkm, "fungsional", "ahli_muda")
        self.assertOfficials(dokter, kapus, puo=kapus)
        rec = self.assign_within_unit(kapus, dokter, "Pelayanan imunisasi")
        self.assertEqual(rec.assigner_id, kapus)

    def test_dps_lamp_b2_pengawas_appraises_the_staff_under_him_administrator_assigns(self):
        """DPS Lampiran B.2, a.(3).

        "Kelompok Jabatan Fungsional dan Pelaksana berkedudukan di bawah Pejabat Administrator
        sebagai pejabat level 2 serta terdapat Kelompok Jabatan Fungsional dan pelaksana yang
        berkedudukan di bawah Pejabat Pengawas sebagai Pejabat level 3 yang berperan sebagai
        Pejabat Penilai Kinerja bagi sebagian Pejabat Fungsional dan pelaksana yang berkedudukan
        dibawahnya."
        "(3) Pejabat Administrator merumuskan strategi pencapaian target kinerja yang terdiri dari
        penentuan pelaksanaan tugas dalam bentuk tim kerja atau individu."
        """
        self.assertOfficials(self.jf, self.kasi, puo=self.kabid, coordinator=self.env["hr.employee"])
        self.assertOfficials(self.staf, self.kabid, puo=self.kabid)
        self.assertRefused(self.kasi, self.Penugasan, "create", {
            "employee_id": self.jf.id, "description": "x", "date_end": self.end,
        })
        rec = self.assign_within_unit(self.kabid, self.jf, "Analisis kasus DBD")
        self.assertEqual(rec.assigner_id, self.kabid)

    def test_dps_ps_9_2_9_5_team_of_ketua_and_anggota_set_by_keputusan(self):
        """DPS Pasal 9(2), (5).

        "(2) Tim kerja sebagaimana dimaksud pada ayat (1), terdiri dari: a. ketua tim; dan b.
        anggota tim."
        "(5) Pembentukan dan susunan keanggotaan tim kerja ditetapkan dengan keputusan kepala
        Perangkat Daerah/Pimpinan Unit Organisasi/pemilik kinerja."
        """
        vals = {
            "name": "Tim Eliminasi TBC", "kind": "insidental", "owning_unit_id": self.bidang.id,
            "date_end": self.end, "mandate": "Menemukan kasus TBC",
        }
        with self.assertRaises(ValidationError), self.env.cr.savepoint():
            self.by(self.kabid, self.Team).create({**vals, "member_ids": [
                (0, 0, {"employee_id": self.jf.id, "role": "anggota"}),
                (0, 0, {"employee_id": self.staf.id, "role": "anggota"}),
            ]})
        team = self.by(self.kabid, self.Team).create({**vals, "member_ids": [
            (0, 0, {"employee_id": self.jf.id, "role": "ketua"}),
            (0, 0, {"employee_id": self.staf.id, "role": "anggota"}),
        ]})
        self.by(self.kabid, team).action_propose()
        self.consent_all(team)
        self.establish(team, self.kabid, "800.1/3/DINKES/2026")
        self.assertEqual(set(team.sudo().penugasan_ids.mapped("letter_type")), {"sk_tim_kerja"})
        self.assertEqual(set(team.sudo().penugasan_ids.mapped("letter_number")),
                         {"800.1/3/DINKES/2026"})
