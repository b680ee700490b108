"""Fast tier: Perbup Bekasi 18/2024 as rules/presets/bekasi.py states it, one test per article."""

from test_rules_kedudukan import ADM
from test_rules_kedudukan import JF
from test_rules_kedudukan import PGW
from test_rules_kedudukan import PLK
from test_rules_kedudukan import Org
from test_rules_kedudukan import dinas

from sistem_kerja_asn.rules import kedudukan as k
from sistem_kerja_asn.rules import penugasan as pg
from sistem_kerja_asn.rules import positions as p
from sistem_kerja_asn.rules.presets import PRESETS
from sistem_kerja_asn.rules.presets import get_options
from sistem_kerja_asn.rules.presets import get_policy


def test_bks_ps_34_2_kabid_appraises_every_jenjang_no_ceiling():
    """BKS Pasal 34(2).

    "Penilaian kinerja Pejabat Fungsional dan/atau Pelaksana dilakukan oleh Kepala Bidang,
    Sekretaris, Kepala Sub Bagian dan/atau Kepala Seksi selaku Pejabat Penilai Kinerja."
    """
    org = Org()
    d = dinas(org)
    bidang = org.unit("Bidang Bina Marga", "bidang", d, head=("Kabid", ADM))
    seksi = org.unit("Seksi Jalan", "seksi", bidang, head=("Kasi", PGW))
    org.person("JF Madya", bidang, JF, "ahli_madya")
    org.person("Staf", seksi, PLK)
    org.resolve("bekasi")
    assert org.of("JF Madya")[:2] == ("Kabid", "Kabid")  # no national ceiling imposed
    assert org.of("Staf")[:2] == ("Kasi", "Kasi")  # Ps 34(4)
    assert get_policy("bekasi").jenjang_ceiling is False
    assert PRESETS["bekasi"]["ceiling"] == PRESETS["national"]["ceiling"]  # listed, off
    org.resolve(k.policy_from_dict({**PRESETS["bekasi"], "jenjang_ceiling": True}))
    assert org.of("JF Madya")[:2] == ("Kadis", "Kabid")  # switched on: R5 as national


def test_bks_ps_69_2_rsud_led_by_administrator_kasi_and_kasubag_are_ppk_and_puo():
    """BKS Pasal 69(1)-(2), with Pasal 60(3) for the RSUD led by a JPT.

    "(1) Direktur sebagai Pejabat Administrator berkedudukan sebagai Kepala Perangkat Daerah.
    (2) Kepala Seksi dan Kepala Sub Bagian sebagai Pejabat Pengawas berkedudukan sebagai Pejabat
    Penilai Kinerja sekaligus Pimpinan Unit Organisasi."
    """
    org = Org()
    rs = org.unit("RSUD Cabangbungin", "rsud", org.root, head=("Direktur", ADM), pd=True)
    seksi = org.unit("Seksi Pelayanan", "seksi", rs, head=("Kasi", PGW))
    subbag = org.unit("Subbagian Tata Usaha", "subbagian", rs, head=("Kasubag", PGW))
    org.person("Perawat", seksi, JF, "ahli_pertama")
    org.person("Staf TU", subbag, PLK)
    # Ps 60(3), 61(1): in the RSUD led by a JPT, the Kabid (above his Kasi) appraises and assigns
    big = org.unit("RSUD Kabupaten Bekasi", "rsud", org.root, head=("Direktur RSUD", p.JPT_PRATAMA), pd=True)
    bidang = org.unit("Bidang Keperawatan", "bidang", big, head=("Kabid", ADM))
    seksi2 = org.unit("Seksi Asuhan", "seksi", bidang, head=("Kasi Asuhan", PGW))
    org.person("Staf Asuhan", seksi2, PLK)
    org.resolve("bekasi")  # without any override on the units
    assert org.of("Perawat")[:2] == ("Kasi", "Kasi")
    assert org.of("Staf TU")[:2] == ("Kasubag", "Kasubag")
    assert org.of("Staf Asuhan")[:2] == ("Kabid", "Kabid")
    assert not any(u.ppk_override or u.puo_override for u in org.units.values())


def test_bks_ps_17_53_80_surat_perintah_from_the_employees_pd_without_owning_unit():
    """BKS Pasal 17 (and Pasal 53, 80 alike).

    "Penugasan sebagaimana dimaksud pada Pasal 16 ayat (5) bagi pejabat Fungsional dan Pelaksana
    dalam dan lintas unit organisasi dengan Surat Perintah, sedangkan penugasan lintas perangkat
    daerah dengan Keputusan Bupati pemilik kinerja berdasarkan rekomendasi dari atasan Pejabat
    Fungsional dan Pelaksana yang ditugaskan."
    """
    opts = get_options("bekasi")
    for kind in ("inspektorat", "badan", "kecamatan"):
        assert pg.letter_for(pg.DALAM_UNIT, pg.INDIVIDU, opts, None, kind) == pg.SURAT_PERINTAH
        assert pg.letter_for(pg.LINTAS_UNIT, pg.TIM, opts, None, kind) == pg.SURAT_PERINTAH
    assert pg.letter_for(pg.LINTAS_PD, pg.INDIVIDU, opts, None, "inspektorat") == pg.KEPUTUSAN_BUPATI
    # the owning PD, when set, decides
    assert pg.letter_for(pg.DALAM_UNIT, pg.INDIVIDU, opts, "dinas", "badan") == pg.SURAT_TUGAS


def test_bks_ps_7_5_with_ps_8_team_assignments_by_surat_tugas_across_pd_by_keputusan():
    """BKS Pasal 7(5) with Pasal 8.

    "(5) Penugasan sebagaimana dimaksud pada ayat (3) secara individu dan/atau dalam tim kerja
    dilakukan melalui penunjukan dan/atau pengajuan sukarela."
    "Penugasan sebagaimana dimaksud pada Pasal 7 ayat (4) bagi pejabat Fungsional dan Pelaksana
    dalam dan lintas unit organisasi dengan Surat Tugas, sedangkan penugasan lintas perangkat
    daerah dengan Keputusan Bupati pemilik kinerja [...]"
    """
    opts = get_options("bekasi")
    assert pg.team_member_letter(pg.DALAM_UNIT, opts, "setda") == pg.SURAT_TUGAS
    assert pg.team_member_letter(pg.LINTAS_UNIT, opts, "setda") == pg.SURAT_TUGAS
    assert pg.team_member_letter(pg.LINTAS_PD, opts, "setda") == pg.KEPUTUSAN_BUPATI
    assert pg.team_member_letter(pg.LINTAS_UNIT, opts, "inspektorat") == pg.SURAT_PERINTAH
