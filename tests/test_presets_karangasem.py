"""Fast tier: Perbup Karangasem 15/2023 as rules/presets/karangasem.py states it, one test per article."""

from test_rules_kedudukan import ADM
from test_rules_kedudukan import JF
from test_rules_kedudukan import JPT
from test_rules_kedudukan import PGW
from test_rules_kedudukan import PLK
from test_rules_kedudukan import Org


def test_kra_ps_39_2_one_level_dinas_kepala_dinas_assigns_sekretaris_kasubbag_and_jf():
    """KRA Pasal 39(2), with Pasal 36 a.

    "Ketentuan struktur penugasan pada Dinas/Badan sebagaimana dimaksud pada ayat (1) sebagai
    berikut, Kepala Dinas/Badan menetapkan dan memberikan penilaian kinerja serta memberikan
    penugasan bagi Sekretaris, Kepala Sub Bagian, Koordinator, Pejabat Fungsional dan pelaksana."
    """
    org = Org()
    d = org.unit("DPMPTSP", "dinas", org.root, head=("Kadis", JPT), pd=True)  # no override
    sek = org.unit("Sekretariat", "other", d, head=("Sekretaris", ADM))
    sub = org.unit("Subbagian Umum", "subbagian", d, head=("Kasubbag", PGW))
    org.person("JF Muda", sek, JF, "ahli_muda")
    org.person("Staf", sub, PLK)
    org.resolve("karangasem")
    assert org.of("JF Muda")[:2] == ("Kadis", "Kadis")
    assert org.of("Staf")[:2] == ("Kadis", "Kadis")
    assert org.of("Sekretaris")[:2] == ("Kadis", "Kadis")
    assert org.of("Kasubbag")[:2] == ("Kadis", "Kadis")
    assert not any(u.ppk_override or u.puo_override for u in org.units.values())


def test_kra_ps_41_2_c_two_level_dinas_sekretaris_and_kabid_assign():
    """KRA Pasal 41(2)(b)-(c).

    "b. kepala Dinas/Badan memberikan penilaian kinerja bagi Pejabat Fungsional dan pelaksana; dan
    c. Pejabat Fungsional dan pelaksana menerima penugasan dari sekretaris dan kepala bidang selaku
    pimpinan Unit Organisasi."
    """
    org = Org()
    d = org.unit("Dinas Kesehatan", "dinas", org.root, head=("Kadis", JPT), pd=True)
    sek = org.unit("Sekretariat", "other", d, head=("Sekretaris", ADM))
    bidang = org.unit("Bidang P2P", "bidang", d, head=("Kabid", ADM))
    org.person("JF Sek", sek, JF, "ahli_pertama")
    org.person("JF Bidang", bidang, JF, "ahli_madya")
    org.resolve("karangasem")
    assert org.of("JF Sek")[:2] == ("Kadis", "Sekretaris")
    assert org.of("JF Bidang")[:2] == ("Kadis", "Kabid")
