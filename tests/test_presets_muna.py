"""Fast tier: Perbup Muna 19/2024 as rules/presets/muna.py states it, one test per article."""

from test_rules_kedudukan import ADM
from test_rules_kedudukan import JF
from test_rules_kedudukan import PGW
from test_rules_kedudukan import Org
from test_rules_kedudukan import dinas

from sistem_kerja_asn.rules import penugasan as pg


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
