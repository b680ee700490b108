"""Odoo tier: the regency presets of rules/presets/, one test per article (issue 12)."""

from odoo.tests import tagged

from .common import KedudukanCase


@tagged("post_install", "-at_install")
class TestPresetsRegencies(KedudukanCase):
    def test_mun_lamp_d5_b11_rsud_pengawas_not_ppk_nor_puo_of_ahli_madya(self):
        """MUN Lamp D.5 b(11)-(12): "Pejabat Pengawas tidak berperan sebagai Pejabat Penilai
        Kinerja sekaligus tidak berperan sebagai pimpinan Unit Organisasi bagi Pejabat
        Fungsional Ahli Madya"."""
        policy = self.set_preset("muna")
        self.assertTrue(policy.ceiling_ids.filtered(lambda c: c.puo_too and c.kind == "rsud"))
        dinkes = self.unit("Dinas Kesehatan", "dinas", pd=True)
        kadis = self.person("Kadis", dinkes, "jpt_pratama", head=True)
        rsud = self.unit("RSUD", "rsud", dinkes)
        self.person("Direktur", rsud, "administrator", head=True)
        bidang = self.unit("Bidang Pelayanan", "bidang", rsud)
        kabid = self.person("Kabid", bidang, "administrator", head=True)
        seksi = self.unit("Seksi Keperawatan", "seksi", bidang)
        kasi = self.person("Kasi", seksi, "pengawas", head=True)
        madya = self.person("Dokter Madya", seksi, "fungsional", "ahli_madya")
        muda = self.person("Perawat Muda", seksi, "fungsional", "ahli_muda")
        self.assertOfficials(madya, kadis, puo=kadis)
        self.assertOfficials(muda, kabid, puo=kasi)

    def test_bks_ps_69_2_rsud_led_by_administrator_kasi_ppk_and_puo(self):
        """BKS Ps 69(2): "Kepala Seksi dan Kepala Sub Bagian sebagai Pejabat Pengawas
        berkedudukan sebagai Pejabat Penilai Kinerja sekaligus Pimpinan Unit Organisasi"."""
        policy = self.set_preset("bekasi")
        self.assertFalse(policy.jenjang_ceiling)  # BKS Ps 34(2): no ceiling stated
        rsud = self.unit("RSUD Cabangbungin", "rsud", pd=True)
        self.person("Direktur", rsud, "administrator", head=True)
        seksi = self.unit("Seksi Pelayanan", "seksi", rsud)
        kasi = self.person("Kasi", seksi, "pengawas", head=True)
        jf = self.person("Perawat", seksi, "fungsional", "ahli_pertama")
        self.assertOfficials(jf, kasi, puo=kasi)

    def test_kra_ps_39_2_one_level_dinas_kepala_assigns_all(self):
        """KRA Ps 39(2): "Kepala Dinas/Badan menetapkan dan memberikan penilaian kinerja serta
        memberikan penugasan bagi Sekretaris, Kepala Sub Bagian, Koordinator, Pejabat Fungsional
        dan pelaksana"."""
        self.set_preset("karangasem")
        dinas = self.unit("DPMPTSP", "dinas", pd=True)
        kadis = self.person("Kadis", dinas, "jpt_pratama", head=True)
        sek = self.unit("Sekretariat", "other", dinas)
        self.person("Sekretaris", sek, "administrator", head=True)
        staf = self.person("Staf", sek, "pelaksana")
        self.assertOfficials(staf, kadis, puo=kadis)
