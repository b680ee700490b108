"""Fast tier: Perbup Karangasem 15/2023 as rules/presets/karangasem.py states it, one test per article."""

from test_rules_kedudukan import ADM
from test_rules_kedudukan import JF
from test_rules_kedudukan import JPT
from test_rules_kedudukan import PGW
from test_rules_kedudukan import PLK
from test_rules_kedudukan import Org

from sistem_kerja_asn.rules import kedudukan as k
from sistem_kerja_asn.rules.presets import get_policy


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


def test_kra_ps_14_3_a_b_cross_unit_request_goes_to_the_ppk_where_the_jf_sits():
    """KRA Pasal 14(3)(a)-(b), with Pasal 41(2)(b).

    "a. pimpinan Unit Organisasi pemilik kinerja mengirimkan surat permohonan pelibatan Pejabat
    Fungsional atau pelaksana kepada Pejabat Penilai Kinerja dituju dimana Pejabat Fungsional atau
    pelaksana dimaksud berada dengan tembusan Pejabat Penilai Kinerja bersangkutan;
    b. terhadap surat permohonan pelibatan Pejabat Fungsional atau pelaksana, Pejabat Penilai
    Kinerja dituju dimana Pejabat Fungsional atau pelaksana dimaksud berada, memroses dan menjawab
    permohonan pelibatan Pejabat Fungsional atau pelaksana tersebut;"
    Ps 41(2)(b): "kepala Dinas/Badan memberikan penilaian kinerja bagi Pejabat Fungsional dan
    pelaksana". Before the employee is named the request goes to the PPK where he sits: in a
    Karangasem Dinas the Kepala Dinas, not the head of the chosen Bidang.
    """
    org = Org()
    d = org.unit("Dinas Kesehatan", "dinas", org.root, head=("Kadis", JPT), pd=True)
    bidang = org.unit("Bidang P2P", "bidang", d, head=("Kabid", ADM))
    seksi = org.unit("Seksi Surveilans", "seksi", bidang, head=("Kasi", PGW))
    ids = org.person_ids

    def officials(key, unit):
        ppk, puo = k.officials_for_unit(org.units.values(), org.people.values(), get_policy(key), unit)
        return next(n for n, i in ids.items() if i == ppk), next(n for n, i in ids.items() if i == puo)

    assert officials("karangasem", bidang) == ("Kadis", "Kabid")
    assert officials("karangasem", seksi) == ("Kadis", "Kabid")
    # every preset: the PPK of a JF placed there, not simply the chosen unit's head
    assert officials("national", seksi) == ("Kabid", "Kabid")
    assert officials("denpasar", seksi) == ("Kasi", "Kabid")
