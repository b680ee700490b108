"""Kabupaten Bekasi: Perbup Bekasi 18/2024, how it differs from national.

Kabid / Sekretaris / Kepala Bagian / Irban are PPK and PUO of the JF; the Kasubag / Kasi is PPK
(and, outside the Setda, PUO) of the Pelaksana under him; no Pengawas coordinates. The PPK assigns
within the unit, a volunteer's request is known by his PPK, and the document carrying an
assignment depends on the kind of PD (Surat Tugas / Surat Perintah / Keputusan).
"""

from ._base import ALWAYS
from ._base import BKS
from ._base import LEADER_HEAD
from ._base import LEVEL2_HEAD
from ._base import REMOVE
from ._base import UNIT_HEAD
from ._base import Rule
from ._base import both
from .national import WORK as _NATIONAL_WORK

KEY = "bekasi"
LABEL = "Kabupaten Bekasi (Perbup 18/2024)"

KEDUDUKAN = {
    # BKS Ps 33(3), 34(2): the Kabid / Sekretaris / Kasubag / Kasi or the JF Kepala appraises the
    # JF and Pelaksana, no jenjang named; the national ceiling stays listed, switched off.
    "jenjang_ceiling": False,  # BKS Ps 33(3), 34(2)
    "rules": {
        "default": Rule(LEADER_HEAD, LEADER_HEAD, coordinates=False),  # BKS Ps 15-16, 24-25, 33-34
        "default/pelaksana": Rule(UNIT_HEAD, UNIT_HEAD, coordinates=False),  # BKS Ps 16(4), 34(2)-(4)
        "setda": Rule(LEADER_HEAD, LEADER_HEAD, coordinates=False),  # BKS Ps 6-7: Kepala Bagian
        "setda/pelaksana": Rule(UNIT_HEAD, LEADER_HEAD, coordinates=False),  # BKS Ps 7(3)-(4)
        "kecamatan": Rule(UNIT_HEAD, UNIT_HEAD, coordinates=False),  # BKS Ps 78-79
        "kelurahan": Rule(UNIT_HEAD, UNIT_HEAD, coordinates=False),  # BKS Ps 78-79
        "uptd": REMOVE,  # BKS Ps 6-85: no UPTD chapter, the default applies
        # BKS Ps 60(3), 61: the Kabag / Kabid; Ps 69(2), 70: under an Administrator Direktur the Kasi
        # and the Kasubag (Level 2 there)
        "rsud": Rule(LEVEL2_HEAD, LEVEL2_HEAD, coordinates=False),  # BKS Ps 60(3), 69(2)
    },
}


def _kind(within, across_pd):
    """A PD kind's documents: ``within`` inside and across its units, ``across_pd`` across PDs."""
    return {"dalam_unit": both(within), "lintas_unit": both(within), "lintas_pd": both(across_pd)}


WORK = {
    "scopes": ["dalam_unit", "lintas_unit", "lintas_pd"],  # BKS Ps 89(1), 90: no cross-agency
    "within_unit_appointer": "ppk",  # BKS Ps 1 angka 23, Ps 89(2), 90(2): the PPK
    "sukarela_known_by_ppk": True,  # BKS Ps 90(3)(a): the request is known by the PPK
    "letters": {
        "lintas_pd": both("keputusan_kepala_pd"),  # BKS Ps 35, 44: Keputusan of the PD head
    },
    "letters_by_kind": {
        "setda": _kind("surat_tugas", "keputusan_bupati"),  # BKS Ps 8
        "inspektorat": _kind("surat_perintah", "keputusan_bupati"),  # BKS Ps 17
        "setwan": _kind("surat_tugas", "keputusan_kepala_pd"),  # BKS Ps 26
        "dinas": _kind("surat_tugas", "keputusan_kepala_pd"),  # BKS Ps 35, 44
        "badan": _kind("surat_perintah", "keputusan_kepala_pd"),  # BKS Ps 53
        "rsud": _kind("surat_tugas", "keputusan_kepala_pd"),  # BKS Ps 62, 71
        "kecamatan": _kind("surat_perintah", "keputusan_kepala_pd"),  # BKS Ps 80
    },
    "team_letter_by_scope": True,  # BKS Ps 7(5) with Ps 8: Surat Tugas in and across units
    "coordinator_may_form_teams": True,  # BKS Ps 16(4), 34(2): no coordinating Pengawas
    "letter_legal_basis": [
        *_NATIONAL_WORK["letter_legal_basis"],  # NAT Ps 25: the national acts, and
        "Peraturan Bupati Bekasi Nomor 18 Tahun 2024 tentang Mekanisme Kerja Perangkat Daerah "
        "di Lingkungan Pemerintah Kabupaten Bekasi",  # BKS Ps 1: the regulation itself
    ],
}

REVIEW = {
    # BKS Ps 85(3)-(4): the Camat, not the Lurah, accepts the Kelurahan's work
    "review_top_kinds": ["uptd", "puskesmas", "satuan_pendidikan", "rsud"],  # BKS Ps 67, 76, 85(3)
    "sub_unit_review": {
        "rsud": REMOVE,  # BKS Ps 67, 76(2): the Kasi reviews as Level 2
        "kelurahan": REMOVE,  # BKS Ps 85(2)-(4): the Kelurahan is under the Camat
        "kecamatan": ALWAYS,  # BKS Ps 85(2): "melalui Kepala Sub Bagian" and the Kasi
    },
}

SOURCES = {
    "kedudukan": BKS + " Pasal 6-85: Kabid / Sekretaris / Kepala Bagian / Irban PPK and PUO of the "
    "JF; the Kasubag / Kasi PPK (and, outside the Setda, PUO) of the Pelaksana under him; JF unit "
    "heads (school, Puskesmas) PPK and PUO (Ps 33(3)); the Asisten and the Wakil Direktur are "
    "atasan PPK (Ps 6(2), 60(2)). In an RSUD led by an Administrator the Kasi and Kasubag, "
    "Level 2 there, are PPK and PUO (Ps 69-70). The regulation states no jenjang ceiling (Ps 33(3), "
    "34(2)): the national one (R5) is listed but off ('Apply the Jenjang Ceiling').",
    "rules": {
        "default": BKS + " Ps 15-16, 24-25, 33-34, 51-52: Irban / Kabag / Kabid / Sekretaris",
        "default/pelaksana": BKS + " Ps 16(4), 25, 34(2)-(4): Kasubag / Kasi for the Pelaksana "
        "under him",
        "setda": BKS + " Ps 6-7: Kepala Bagian PPK and PUO",
        "setda/pelaksana": BKS + " Ps 7(3)-(4): Kasubag PPK of the Pelaksana under him, Kepala "
        "Bagian PUO",
        "kecamatan": BKS + " Ps 78-79: Kasubag / Kasi / Lurah PPK and PUO of the Pelaksana",
        "kelurahan": BKS + " Ps 78-79: Lurah / Sekretaris Kelurahan / Kasi Kelurahan",
        "rsud": BKS + " Ps 60-61: Kepala Bagian / Kepala Bidang; Ps 69-70 (RSUD led by an "
        "Administrator): Kepala Seksi / Kepala Sub Bagian",
        "puskesmas": BKS + " Ps 33(3): the Kepala (JF)",
        "satuan_pendidikan": BKS + " Ps 33(3): the Kepala Sekolah (JF)",
    },
    "scopes": BKS + " Ps 89(1), 90: within and across Perangkat Daerah; Ps 46(3): across units "
    "through a request for involvement; no cross-agency mechanism",
    "within_unit_appointer": BKS + " Ps 1 angka 23, Ps 89(2), 90(2): the PPK",
    "sukarela_known_by_ppk": BKS + " Ps 90(3)(a): the request is known by the PPK",
    "letters": BKS + " Ps 8, 17, 26, 35, 44, 53, 62, 71, 80: surat tugas / surat perintah within "
    "and across units, a Keputusan of the owning PD head (or the Bupati) across PDs",
    "letters_by_kind": BKS + " setda Ps 8; inspektorat Ps 17; setwan Ps 26; dinas Ps 35, 44; badan "
    "Ps 53; rsud Ps 62, 71; kecamatan Ps 80",
    "team_letter_by_scope": BKS + " Ps 7(5) with Ps 8 (and Ps 17, 26, 35, 44, 53, 62, 71, 80): an "
    "assignment in a tim kerja by Surat Tugas / Surat Perintah, across PDs by Keputusan",
    "team_plan_months": "Perbup Barito Timur 11/2024 Lampiran II B(1) (guidance)",
    "ketua_required": BKS + " Ps 46(1)(c): the need for a ketua is decided",
    "team_established_by": BKS + " Ps 28(1), 37(1), 46(1): the unit leader decides on teams",
    "coordinator_may_form_teams": BKS + " has no coordinating Pengawas (Kasubag / Kasi are PPK)",
    "ketua_reports_to_ppk": BKS + " Ps 88(2): the ketua reports to the PUO",
    "review_top_kinds": BKS + " Ps 85(3)-(4): the Camat accepts the Kelurahan's work; Ps 67, 76: "
    "the Direktur accepts",
    "sub_unit_review": BKS + " Ps 13(2), 22(2): to the Kepala Bagian / Irban first; Ps 76(2): the "
    "Kasi of the RSUD; Ps 85(2): through the Kasubag and the Kasi of the Kelurahan",
    "individual_reports_to_ppk": BKS + " Ps 87: to the PUO",
    "letter_legal_basis": "the national acts and " + BKS + " itself, printed as the basis "
    "(Dasar, Mengingat) of the letters",
}
