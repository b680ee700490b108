"""Kabupaten Karangasem: Perbup Karangasem 15/2023, how it differs from national.

The head of a Dinas/Badan, the Inspektorat and a Kecamatan is PPK of all staff while the Level-2
heads assign (PUO); every JF including Ahli Madya sits under the unit's PPK (no national jenjang
ceiling); a Pengawas may coordinate (Ps 52) and still form teams.
"""

from ._base import KRA
from ._base import LEADER_HEAD
from ._base import LEVEL2_HEAD
from ._base import ONE_LEVEL_PD_HEAD
from ._base import PD_HEAD
from ._base import REMOVE
from ._base import Line
from ._base import Rule
from .national import WORK as _NATIONAL_WORK

KEY = "karangasem"
LABEL = "Kabupaten Karangasem (Perbup 15/2023)"

KEDUDUKAN = {
    "jf_leader_strict": False,  # KRA Ps 11(1)-(2): the PPK of the unit, whatever the jenjang
    "rules": {
        "default": Rule(PD_HEAD, LEADER_HEAD),  # KRA Ps 37-42, 52 (as Dinas/Badan)
        "setwan": Rule(LEADER_HEAD, LEADER_HEAD),  # KRA Ps 30-31: the Kepala Bagian
        "inspektorat": Rule(PD_HEAD, LEADER_HEAD),  # KRA Ps 33-34: Inspektur PPK, Irban PUO
        # KRA Ps 39(2): one level, the Kepala assigns all; Ps 41(2)(c): the Sekretaris / Kabid
        "dinas": Rule(PD_HEAD, ONE_LEVEL_PD_HEAD),  # KRA Ps 37-41: Kepala Dinas PPK
        "badan": Rule(PD_HEAD, ONE_LEVEL_PD_HEAD),  # KRA Ps 37-41: Kepala Badan PPK
        # KRA Ps 43-44: Camat PPK; Ps 44(2)(c): the Sekcam and the Kasi (Level 2) PUO, not a Kasubbag
        "kecamatan": Rule(PD_HEAD, LEVEL2_HEAD),  # KRA Ps 43-44, 44(2)(c)
        "rsud": REMOVE,  # KRA Ps 37-42: no RSUD chapter, the default (Dinas/Badan) applies
        "puskesmas": Rule(LEADER_HEAD, LEADER_HEAD),  # KRA Ps 49-50: the Kepala UPTD
        "satuan_pendidikan": Rule(LEADER_HEAD, LEADER_HEAD),  # KRA Ps 49-50: the Kepala UPTD
    },
    # No national ceiling (KRA Ps 11); only Ahli Muda and below under the Lurah (a Pengawas).
    "ceiling": [
        Line("ahli_utama", "administrator", kind="kelurahan"),  # KRA Ps 46(2)
        Line("ahli_madya", "administrator", kind="kelurahan"),  # KRA Ps 46(2)
    ],
}

WORK = {
    "coordinator_may_form_teams": True,  # KRA Ps 52: may coordinate, is not barred from teams
    "letter_legal_basis": [
        *_NATIONAL_WORK["letter_legal_basis"],  # NAT Ps 25: the national acts, and
        "Peraturan Bupati Karangasem Nomor 15 Tahun 2023 tentang Sistem Kerja di Lingkungan "
        "Pemerintah Daerah",  # KRA Ps 1: the regulation itself
    ],
}

REVIEW = {
    "sub_unit_review": {
        "rsud": REMOVE,  # KRA Ps 42(4): no RSUD chapter, as a Dinas/Badan
        "kelurahan": REMOVE,  # KRA Ps 48(4): the Seklur and the Kasi review
    },
}

SOURCES = {
    "kedudukan": KRA + " Pasal 11, 27-52: every JF including Ahli Madya sits under the unit's PPK "
    "(no jenjang ceiling); in a Dinas/Badan, the Inspektorat and a Kecamatan the head of the PD "
    "is PPK of all staff while the Level-2 heads assign (PUO); a Pengawas may coordinate "
    "(Ps 52). In a one-level Dinas/Badan (no Bidang) the Kepala also assigns the "
    "Sekretaris, Kasubbag and JF (Ps 36, 39(2)).",
    "rules": {
        "default": KRA + " Ps 37-42, 52 (as Dinas/Badan)",
        "setda": KRA + " Ps 27-28: Kepala Bagian",
        "setwan": KRA + " Ps 30-31: Kepala Bagian",
        "inspektorat": KRA + " Ps 33-34: Inspektur PPK, Sekretaris / Irban PUO",
        "dinas": KRA + " Ps 37-41: Kepala Dinas PPK, Sekretaris / Kabid PUO; one level (no Bidang, "
        "Ps 36 a, 39(2)): Kepala Dinas PPK and PUO",
        "badan": KRA + " Ps 37-41: Kepala Badan PPK, Sekretaris / Kabid PUO; one level (no Bidang, "
        "Ps 36 a, 39(2)): Kepala Badan PPK and PUO",
        "kecamatan": KRA + " Ps 43-44: Camat PPK, Sekcam / Kasi PUO (a Kasubbag of the "
        "Sekretariat coordinates, Ps 52)",
        "kelurahan": KRA + " Ps 46-48: Lurah PPK and PUO, for Ahli Muda and below",
        "uptd": KRA + " Ps 49-50: Kepala UPTD",
        "puskesmas": KRA + " Ps 49-50: Kepala UPTD",
        "satuan_pendidikan": KRA + " Ps 49-50: Kepala UPTD",
    },
    "scopes": KRA + " Ps 12(8), 14(1), 15(1): within the unit, across units, across agencies "
    "(volunteering not across agencies)",
    "within_unit_appointer": KRA + " Ps 14(2), 15(2): the PUO",
    "sukarela_known_by_ppk": KRA + " Ps 15(3)(a): copy to the own PPK and PUO only",
    "letters": KRA + " Ps 12(7): surat penugasan and/or written proof",
    "team_plan_months": "Perbup Barito Timur 11/2024 Lampiran II B(1) (guidance)",
    "ketua_required": KRA + " Ps 16(3): the PUO may appoint a ketua",
    "team_established_by": KRA + " Ps 16(3), (5): the PUO",
    "coordinator_may_form_teams": KRA + " Ps 52 only lets a Pengawas coordinate; it does not "
    "forbid him to form teams",
    "ketua_reports_to_ppk": KRA + " Ps 20(2): the ketua reports to the PUO",
    "review_top_kinds": KRA + " Ps 48(4)(c), 51(4)(c): the Lurah and the Kepala UPTD accept",
    "sub_unit_review": KRA + " Ps 29(4), 35(4), 42(4): Level 2 reviews first; Ps 45(4), 48(4): the "
    "Sekcam, Seklur and Kasi review; Ps 51(4): only the Kepala UPTD",
    "individual_reports_to_ppk": KRA + " Ps 19: to the PUO",
    "letter_legal_basis": "the national acts and " + KRA + " itself, printed as the basis "
    "(Dasar, Mengingat) of the letters",
}
