"""Fast tier: Perbup Muna 19/2024 as rules/presets/muna.py states it, one test per article."""

from test_rules_kedudukan import ADM
from test_rules_kedudukan import JF
from test_rules_kedudukan import PGW
from test_rules_kedudukan import Org
from test_rules_kedudukan import dinas

from sistem_kerja_asn.rules import penugasan as pg
from sistem_kerja_asn.rules import tim_kerja as tk
from sistem_kerja_asn.rules.presets import get_options


def _rsud():
    """MUN Lamp D.5: an RSUD led by an Administrator, a Pengawas as Level II under a Kabid."""
    org = Org()
    dinkes = dinas(org, "Dinas Kesehatan")
    rsud = org.unit("RSUD", "rsud", dinkes, head=("Direktur", ADM))
    bidang = org.unit("Bidang Pelayanan", "bidang", rsud, head=("Kabid", ADM))
    seksi = org.unit("Seksi Keperawatan", "seksi", bidang, head=("Kasi", PGW))
    org.person("Dokter Madya", seksi, JF, "ahli_madya")
    org.person("Perawat Muda", seksi, JF, "ahli_muda")
    return org


def test_mun_lamp_d5_b11_b12_rsud_pengawas_not_ppk_nor_puo_of_ahli_madya():
    """MUN Lampiran D.5 b(11)-(12).

    "11) Apabila dalam pencapaian target kinerja Organisasi membutuhkan keberadaan Pejabat
    Fungsional Ahli Madya secara definitif [...] Maka Pejabat Pengawas tidak berperan sebagai
    Pejabat Penilai Kinerja sekaligus tidak berperan sebagai pimpinan Unit Organisasi bagi Pejabat
    Fungsional Ahli Madya;
    12) Pejabat Pengawas tidak dapat memberikan penugasan kepada Pejabat Fungsional Ahli Madya,
    namun apabila dibutuhkan maka Kepala Dinas pengampu urusan pemerintahan bidang kesehatan dapat
    mendelegasikan kewenangan pengelolaan kinerja Pejabat Fungsional Ahli Madya kepada Pejabat
    Pengawas;"
    """
    org = _rsud()
    org.resolve("muna")
    assert org.of("Dokter Madya")[:2] == ("Kadis", "Kadis")  # neither PPK nor PUO: the Kasi
    assert "Kasi may not assign a Ahli Madya either" in org.res("Dokter Madya").reason
    # D.5 b(7)-(8): an Ahli Muda is appraised by the Kabid, the Kasi stays his PUO
    assert org.of("Perawat Muda")[:2] == ("Kabid", "Kasi")
    # the PUO gives the assignments within the unit (Lampiran B.b.1.a), so not the Kasi
    assert pg.resolve_options({"key": "muna"})["within_unit_appointer"] == "puo"
    # national keeps the unit leader as PUO (R5)
    org.resolve("national")
    assert org.of("Dokter Madya")[:2] == ("Kadis", "Kasi")


def test_mun_lamp_d5_b13_delegated_pengawas_appraises_and_assigns_ahli_madya():
    """MUN Lampiran D.5 b(13).

    "Setelah mendapatkan pendelegasian kewenangan untuk mengelola kinerja Pejabat Fungsional Ahli
    Madya, Pejabat Pengawas mengintegrasikan Pejabat Fungsional Ahli Madya dalam penugasan baik
    secara Tim Kerja maupun Individu di dalam Unit Organisasi yang dipimpinnya;"
    """
    org = _rsud()
    who, kasi = org.person_ids["Dokter Madya"], org.person_ids["Kasi"]
    org.resolve("muna", {who: (kasi, "800/12/2025")})
    assert org.of("Dokter Madya")[:2] == ("Kasi", "Kasi")


def test_mun_ps_13_5_6_team_assignments_surat_tugas_within_keputusan_across_units():
    """MUN Pasal 13(5)-(6).

    "(5) Penugasan Pejabat Fungsional dan pelaksana secara individu dan/atau tim kerja yang
    melibatkan Pejabat Fungsional dan pelaksana antar Unit Organisasi ditetapkan dengan Keputusan
    Kepala Perangkat Daerah.
    (6) Penugasan Pejabat Fungsional dan pelaksana secara individu dan/atau tim kerja yang
    melibatkan Pejabat Fungsional dan pelaksana dalam Unit Organisasi dengan surat tugas oleh
    Pejabat Penilai Kinerja atau Pimpinan Unit Organisasi."
    """
    opts = get_options("muna")
    assert pg.team_member_letter(pg.DALAM_UNIT, opts) == pg.SURAT_TUGAS
    assert pg.team_member_letter(pg.LINTAS_UNIT, opts) == pg.KEPUTUSAN_KEPALA_PD
    # national: the decree establishing the team carries every member's assignment (R22)
    assert pg.team_member_letter(pg.DALAM_UNIT, get_options("national")) == pg.SK_TIM_KERJA


def test_mun_ps_1_angka_16_team_appointed_by_the_kepala_pd_for_over_six_months():
    """MUN Pasal 1 angka 16.

    "Tim Kerja adalah Tim yang membantu pelaksanaan tugas organisasi yang ditunjuk oleh Kepala
    Perangkat Daerah dan melaksanakan tugas dalam kurun waktu lebih dari 6 (enam) bulan."
    """
    opts = get_options("muna")
    assert opts["team_established_by"] == pg.PD_HEAD_OWNER
    assert tk.actor_role(tk.PROPOSED, tk.ESTABLISH, opts) == pg.PD_HEAD_OWNER
    assert tk.decree_signer(opts) == pg.PD_HEAD_OWNER  # the Kepala PD signs the decree
    assert tk.decree_signer(get_options("national")) == pg.PUO_OWNER
    assert opts["team_longer_than_months"] == 6
