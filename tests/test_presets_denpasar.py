"""Fast tier: Perwali Denpasar 69/2023 as rules/presets/denpasar.py states it, one test per article."""

from test_rules_kedudukan import ADM
from test_rules_kedudukan import JF
from test_rules_kedudukan import PGW
from test_rules_kedudukan import Org
from test_rules_kedudukan import dinas

from sistem_kerja_asn.rules import kedudukan as k
from sistem_kerja_asn.rules.presets import PRESETS
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
