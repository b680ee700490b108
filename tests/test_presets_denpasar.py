"""Fast tier: Perwali Denpasar 69/2023 as rules/presets/denpasar.py states it, one test per article."""

from datetime import date

import pytest
from test_rules_kedudukan import ADM
from test_rules_kedudukan import JF
from test_rules_kedudukan import JPT
from test_rules_kedudukan import PGW
from test_rules_kedudukan import PLK
from test_rules_kedudukan import Org
from test_rules_kedudukan import dinas

from sistem_kerja_asn.rules import kedudukan as k
from sistem_kerja_asn.rules import penugasan as pg
from sistem_kerja_asn.rules import tim_kerja as tk
from sistem_kerja_asn.rules.errors import RuleError
from sistem_kerja_asn.rules.presets import PRESETS
from sistem_kerja_asn.rules.presets import get_options
from sistem_kerja_asn.rules.presets import get_policy


def _with_ceiling(key):
    """The preset with the (listed, switched off) national ceiling switched on."""
    return k.policy_from_dict({**PRESETS[key], "jenjang_ceiling": True})


def test_dps_lamp_b4_kecamatan_pengawas_appraises_without_jenjang_ceiling():
    """DPS Lampiran B.4.

    "Kelompok Jabatan Fungsional dan pelaksana berada di bawah dan bertanggung kepada Pejabat
    Administrator sebagai Pejabat level 1 (satu) dan Pejabat Pengawas sebagai Pejabat level 2
    (dua). Pejabat Administrator berperan sebagai Pimpinan Unit Organisasi. Pejabat Pengawas
    berperan sebagai Pejabat Penilai Kinerja. Unit organisasi yang menerapkan pola tersebut adalah
    pada Kecamatan."
    """
    org = Org()
    kec = org.unit("Kecamatan Denpasar Barat", "kecamatan", org.root, head=("Camat", ADM), pd=True)
    seksi = org.unit("Seksi Trantib", "seksi", kec, head=("Kasi", PGW))
    org.person("JF Muda", seksi, JF, "ahli_muda")
    org.resolve("denpasar")
    assert org.of("JF Muda")[:2] == ("Kasi", "Camat")  # no national ceiling imposed
    assert get_policy("denpasar").jenjang_ceiling is False
    assert PRESETS["denpasar"]["ceiling"] == PRESETS["national"]["ceiling"]  # listed, off
    org.resolve(_with_ceiling("denpasar"))  # the clerk switches it on: R5 as national
    assert org.of("JF Muda")[:2] == ("Camat", "Camat")


def test_dps_lamp_b6_jf_kepala_appraises_the_whole_group():
    """DPS Lampiran B.6.

    "Kelompok Jabatan Fungsional dan pelaksana berada di bawah Pejabat Fungsional sebagai Pejabat
    level 1 (satu) yang berperan selaku Pejabat Penilai Kinerja, diberlakukan pada UPT Puskesmas
    dan Satuan Pendidikan."
    """
    org = Org()
    dinkes = dinas(org, "Dinas Kesehatan")
    pkm = org.unit("Puskesmas I Denpasar", "puskesmas", dinkes, head=("Kapus", JF, "ahli_muda"))
    org.person("Dokter Muda", pkm, JF, "ahli_muda")
    org.resolve("denpasar")
    assert org.of("Dokter Muda")[:2] == ("Kapus", "Kapus")
    org.resolve(_with_ceiling("denpasar"))
    assert org.of("Dokter Muda")[:2] == ("Kadis", "Kapus")


# --- the kedudukan table of Perwali Denpasar 69/2023 Lampiran B (RULES.md §I, DPS rows) -------


def test_dps_lamp_b1_setda_kasubag_ppk_of_staff_under_him_kepala_bagian_puo():
    """DPS Lampiran B.1.

    "Kelompok Jabatan Fungsional dan pelaksana berkedudukan di bawah Kepala Bagian sebagai
    pejabat level 2 sekaligus pimpinan unit organisasi serta terdapat Kelompok Jabatan
    Fungsional dan pelaksana yang berkedudukan di bawah Kepala Sub Bagian sebagai Pejabat level
    3, Pejabat Penilai Kinerja adalah Kepala Bagian dan Kepala Sub Bagian sebagai pejabat level 3
    bagi sebagian Pejabat Fungsional dan pelaksana yang berkedudukan dibawahnya."
    """
    org = Org()
    bagian = org.unit("Bagian Umum", "bagian", org.asisten, head=("Kabag", ADM))
    subbag = org.unit("Subbagian Rumah Tangga", "subbagian", bagian, head=("Kasubag", PGW))
    org.person("JF Bagian", bagian, JF, "ahli_madya")
    org.person("Staf Subbag", subbag, PLK)
    org.resolve("denpasar")
    assert org.of("JF Bagian")[:2] == ("Kabag", "Kabag")  # no jenjang ceiling stated
    assert org.of("Staf Subbag") == ("Kasubag", "Kabag", "Kabag", None)  # nobody coordinates


def test_dps_lamp_b2_pd_led_by_jpt_pengawas_ppk_of_staff_under_him_administrator_puo():
    """DPS Lampiran B.2 (Inspektorat Daerah and RSUD Wangaya among the PD listed).

    "Kelompok Jabatan Fungsional dan Pelaksana berkedudukan di bawah Pejabat Administrator
    sebagai pejabat level 2 serta terdapat Kelompok Jabatan Fungsional dan pelaksana yang
    berkedudukan di bawah Pejabat Pengawas sebagai Pejabat level 3 yang berperan sebagai Pejabat
    Penilai Kinerja bagi sebagian Pejabat Fungsional dan pelaksana yang berkedudukan
    dibawahnya."
    """
    org = Org()
    dinkes = dinas(org, "Dinas Kesehatan")
    bidang = org.unit("Bidang P2P", "bidang", dinkes, head=("Kabid", ADM))
    seksi = org.unit("Seksi Surveilans", "seksi", bidang, head=("Kasi", PGW))
    org.person("JF Bidang", bidang, JF, "ahli_muda")
    org.person("JF Seksi", seksi, JF, "ahli_pertama")
    rs = org.unit("RSUD Wangaya", "rsud", org.root, head=("Direktur", JPT), pd=True)
    bidang_rs = org.unit("Bidang Pelayanan", "bidang", rs, head=("Kabid RS", ADM))
    seksi_rs = org.unit("Seksi Keperawatan", "seksi", bidang_rs, head=("Kasi RS", PGW))
    org.person("Perawat", seksi_rs, JF, "ahli_pertama")
    insp = dinas(org, "Inspektorat Daerah", "inspektorat", ("Inspektur", JPT))
    irban = org.unit("Inspektur Pembantu I", "other", insp, head=("Irban", ADM))
    org.person("Auditor", irban, JF, "ahli_muda")
    org.resolve("denpasar")
    assert org.of("JF Bidang")[:2] == ("Kabid", "Kabid")
    assert org.of("JF Seksi")[:2] == ("Kasi", "Kabid")
    assert org.of("Perawat")[:2] == ("Kasi RS", "Kabid RS")
    assert org.of("Auditor")[:2] == ("Irban", "Irban")


def test_dps_lamp_b3_dpmptsp_kepala_dinas_ppk_kasubag_ppk_in_the_sekretariat():
    """DPS Lampiran B.3.

    "Kelompok Jabatan Fungsional dan pelaksana berkedudukan di bawah Pejabat Pimpinan Tinggi
    Pratama sebagai pejabat level 1 yang berperan sebagai Pejabat Penilai Kinerja. Pada
    Sekretariat Pejabat Administrator (Sekretaris) sebagai pejabat level 2 serta Pejabat
    Pengawas (Kasubag) sebagai sebagai Pejabat level 3 sekaligus sebagai Pejabat Penilai Kinerja
    [...] bagi sebagian Pejabat Fungsional dan pelaksana yang berkedudukan dibawahnya."
    """
    org = Org()
    d = dinas(org, "DPMPTSP")
    sek = org.unit("Sekretariat", "other", d, head=("Sekretaris", ADM))
    subbag = org.unit("Subbagian Umum", "subbagian", sek, head=("Kasubag", PGW))
    org.person("JF Perizinan", d, JF, "ahli_madya")
    org.person("Staf Subbag", subbag, PLK)
    org.resolve("denpasar")
    assert org.of("JF Perizinan")[:2] == ("Kadis", "Kadis")
    assert org.of("Staf Subbag")[:2] == ("Kasubag", "Sekretaris")


def test_dps_lamp_b5_kelurahan_and_uptd_pengawas_ppk_and_puo():
    """DPS Lampiran B.5.

    "Kelompok Jabatan Fungsional dan pelaksana berada di bawah Pejabat Pengawas sebagai Pejabat
    yang berperan selaku Pejabat Penilai Kinerja. Unit organisasi yang menerapkan pola tersebut
    adalah pada Kelurahan dan Unit Pelaksana Teknis Daerah (UPTD)."
    a.(1): "Pejabat Pengawas (Lurah dan Kepala UPTD) selaku Pimpinan Unit Organisasi [...]"
    """
    org = Org()
    kec = org.unit("Kecamatan Denpasar Barat", "kecamatan", org.root, head=("Camat", ADM), pd=True)
    kel = org.unit("Kelurahan Dauh Puri", "kelurahan", kec, head=("Lurah", PGW))
    seksi = org.unit("Seksi Pemerintahan Kelurahan", "seksi", kel, head=("Kasi Kel", PGW))
    org.person("JF Muda", kel, JF, "ahli_muda")
    org.person("Staf", seksi, PLK)
    d = dinas(org, "Dinas Pertanian")
    uptd = org.unit("UPTD Balai Benih", "uptd", d, head=("Ka UPTD", PGW))
    org.person("JF UPTD", uptd, JF, "ahli_muda")
    org.resolve("denpasar")
    assert org.of("JF Muda")[:2] == ("Lurah", "Lurah")  # no jenjang ceiling stated
    assert org.of("Staf") == ("Lurah", "Lurah", "Camat", None)
    assert org.of("JF UPTD")[:2] == ("Ka UPTD", "Ka UPTD")


def test_dps_ps_7_2_assignments_within_across_pd_and_across_agencies():
    """DPS Pasal 7(2).

    "Penugasan secara individu dan/atau dalam tim kerja [...], dapat melibatkan Pejabat
    Fungsional dan Pelaksana yang berasal dari dalam 1 (satu) Perangkat Daerah, lintas Perangkat
    Daerah, dan/atau lintas instansi pemerintah."
    """
    scopes = get_options("denpasar")["scopes"]
    assert {pg.LINTAS_PD, pg.LINTAS_INSTANSI} <= set(scopes)
    assert pg.LINTAS_PD not in get_options("national")["scopes"]


def test_dps_ps_9_2_a_team_consists_of_a_ketua_and_anggota():
    """DPS Pasal 9(2).

    "Tim kerja sebagaimana dimaksud pada ayat (1), terdiri dari: a. ketua tim; dan b. anggota
    tim."
    """
    opts = get_options("denpasar")
    start, end = date(2026, 1, 5), date(2026, 3, 1)
    with pytest.raises(RuleError) as err:
        tk.check_team(tk.INSIDENTAL, start, end, [(1, tk.ANGGOTA), (2, tk.ANGGOTA)], options=opts)
    assert err.value.code == "ketua_required"
    tk.check_team(tk.INSIDENTAL, start, end, [(1, tk.KETUA), (2, tk.ANGGOTA)], ketua=1, options=opts)
    with pytest.raises(RuleError):  # national: the PUO "dapat menunjuk" a ketua, not required
        tk.check_team(tk.INSIDENTAL, start, end, [(1, tk.ANGGOTA)], options=get_options("denpasar"))
    tk.check_team(tk.INSIDENTAL, start, end, [(1, tk.ANGGOTA)], options=get_options("national"))


def test_dps_ps_9_5_team_membership_set_by_keputusan():
    """DPS Pasal 9(5).

    "Pembentukan dan susunan keanggotaan tim kerja ditetapkan dengan keputusan kepala Perangkat
    Daerah/Pimpinan Unit Organisasi/pemilik kinerja."
    """
    opts = get_options("denpasar")
    for scope in (pg.DALAM_UNIT, pg.LINTAS_UNIT, pg.LINTAS_PD, pg.LINTAS_INSTANSI):
        assert pg.team_member_letter(scope, opts) == pg.SK_TIM_KERJA
        assert pg.letter_for(scope, pg.TIM, opts) == pg.SK_TIM_KERJA
    assert pg.letter_for(pg.DALAM_UNIT, pg.INDIVIDU, opts) == pg.SURAT_TUGAS  # Lampiran A.4
    assert tk.decree_signer(opts) == pg.PUO_OWNER
