"""Fast tier: Perbup Bekasi 18/2024 as rules/presets/bekasi.py states it, one test per article."""

from test_rules_kedudukan import ADM
from test_rules_kedudukan import JF
from test_rules_kedudukan import PGW
from test_rules_kedudukan import PLK
from test_rules_kedudukan import Org
from test_rules_kedudukan import dinas

from sistem_kerja_asn.rules import kedudukan as k
from sistem_kerja_asn.rules.presets import PRESETS
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
