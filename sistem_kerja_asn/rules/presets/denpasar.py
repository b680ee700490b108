"""Kota Denpasar: Perwali Denpasar 69/2023, how it differs from national.

The Pengawas (Kasubag, Kasi) is PPK of the staff under him and the Level-2 head PUO; in a
Kecamatan the Camat is PUO; no Pengawas coordinates. Assignments across PDs, team members by a
keputusan (SK Tim Kerja), a ketua in every team.
"""

from ._base import DPS
from ._base import LEADER_HEAD
from ._base import NEVER
from ._base import PD_HEAD
from ._base import REMOVE
from ._base import UNIT_HEAD
from ._base import Rule
from .national import WORK as _NATIONAL_WORK

KEY = "denpasar"
LABEL = "Kota Denpasar (Perwali 69/2023)"

KEDUDUKAN = {
    # DPS Lamp B.4, B.6: the Pengawas / the JF Kepala appraises the whole group, no jenjang named;
    # the national ceiling stays in the policy as an option the clerk may switch on.
    "jenjang_ceiling": False,  # DPS Lamp B.4, B.6
    "rules": {
        "default": Rule(UNIT_HEAD, LEADER_HEAD, coordinates=False),  # DPS Lamp B.2-B.3
        "setda": Rule(UNIT_HEAD, LEADER_HEAD, coordinates=False),  # DPS Lamp B.1
        "kecamatan": Rule(UNIT_HEAD, PD_HEAD, coordinates=False),  # DPS Lamp B.4: the Camat PUO
        "kelurahan": Rule(LEADER_HEAD, LEADER_HEAD, coordinates=False),  # DPS Lamp B.5: the Lurah
        "uptd": Rule(LEADER_HEAD, LEADER_HEAD, coordinates=False),  # DPS Lamp B.5: Kepala UPTD
        "rsud": REMOVE,  # DPS Lamp B.1-B.6: no RSUD pattern, the default (B.2-B.3) applies
    },
}

WORK = {
    "scopes": ["dalam_unit", "lintas_unit", "lintas_pd", "lintas_instansi"],  # DPS Ps 7(2)
    "letters": {
        "dalam_unit": {"tim": "sk_tim_kerja"},  # DPS Ps 9(5): team membership by keputusan
        "lintas_unit": {"tim": "sk_tim_kerja"},  # DPS Ps 9(5)
        "lintas_pd": {"tim": "sk_tim_kerja"},  # DPS Ps 9(5)
        "lintas_instansi": {"tim": "sk_tim_kerja"},  # DPS Ps 9(5)
    },
    "ketua_required": True,  # DPS Ps 9(2): a team consists of a ketua and anggota
    "coordinator_may_form_teams": True,  # DPS Lamp B: no coordinating Pengawas (he is PPK)
    "letter_legal_basis": [
        *_NATIONAL_WORK["letter_legal_basis"],  # NAT Ps 25: the national acts, and
        "Peraturan Walikota Denpasar Nomor 69 Tahun 2023 tentang Sistem Kerja di Lingkungan "
        "Pemerintah Daerah",  # DPS Ps 1: the regulation itself
    ],
    "regent_office": "Walikota",  # DPS Ps 1 angka 3: "Walikota adalah Walikota Denpasar"
    # R37: Monday-Thursday 07:30-16:30, Friday 07:30-14:30 WITA (data/resource_calendar_data.xml)
    "work_calendar": "dps_r37",  # DPS Ps 16(2), 17(2)
    "monday_assembly": True,  # DPS Ps 18: apel pagi every Monday (R38)
}

REVIEW = {
    "sub_unit_review": {
        "rsud": REMOVE,  # DPS Lamp B.1-B.3: no RSUD pattern, the Administrator reviews first
        "kecamatan": NEVER,  # DPS Lamp B.4: only the Camat reviews
    },
}

_LAMP = DPS + " Lampiran"

SOURCES = {
    "kedudukan": DPS + " Pasal 6 and Lampiran B.1-B.6: the Pengawas (Kasubag, Kasi) is PPK of the "
    "staff under him and the Level-2 head PUO; in a Kecamatan the Camat is PUO. The regulation "
    "states no jenjang ceiling (B.4, B.6): the national one (R5) is listed but off ('Apply the "
    "Jenjang Ceiling').",
    "rules": {
        "default": _LAMP + " B.2-B.3: Administrator (L2), or the Pengawas (L3) for staff under him, "
        "PPK; L2 PUO",
        "setda": _LAMP + " B.1: Kepala Bagian, or the Kasubag for staff under him, PPK; Kepala "
        "Bagian PUO",
        "kecamatan": _LAMP + " B.4: the Pengawas (L2) PPK, the Camat (L1) PUO",
        "kelurahan": _LAMP + " B.5: the Lurah (Pengawas) PPK and PUO",
        "uptd": _LAMP + " B.5: the Kepala UPTD (Pengawas) PPK and PUO",
        "puskesmas": _LAMP + " B.6: the Kepala (JF) PPK and PUO",
        "satuan_pendidikan": _LAMP + " B.6: the Kepala (JF) PPK and PUO",
    },
    "scopes": DPS + " Ps 7(2): within one PD, across PDs, across agencies; Lampiran A.4: within "
    "and across units",
    "within_unit_appointer": DPS + " Ps 8(2), (4): the Kepala PD or the PUO",
    "sukarela_known_by_ppk": DPS + " states no volunteering mechanism: Perbup Karangasem 15/2023 "
    "Ps 15(3) applies",
    "letters": DPS + " Lampiran A.4: surat penugasan or written proof; Ps 9(5): team formation and "
    "membership set by keputusan",
    "team_longer_than_months": "no minimum: Lampiran A.4.b II allows short special teams",
    "team_plan_months": "Perbup Barito Timur 11/2024 Lampiran II B(1) (guidance)",
    "ketua_required": DPS + " Ps 9(2): a team consists of a ketua and anggota",
    "team_established_by": DPS + " Ps 9(1), (5): Kepala PD / PUO / pemilik kinerja",
    "coordinator_may_form_teams": DPS + " has no coordinating Pengawas (the Pengawas is PPK, "
    "Lampiran B)",
    "ketua_reports_to_ppk": DPS + " Ps 11: the ketua carries out the PUO's orders",
    "review_top_kinds": _LAMP + " B.5-B.6: the Lurah, Kepala UPTD, Puskesmas and school accept",
    "sub_unit_review": _LAMP + " B.1-B.3: the Administrator reviews first; B.4: only the Camat "
    "reviews; B.5: only the Pengawas heading the unit",
    "individual_reports_to_ppk": DPS + " Ps 12(2): to the head of the PD / the PUO",
    "letter_legal_basis": "the national acts and " + DPS + " itself, printed as the basis "
    "(Dasar, Mengingat) of the letters",
    "regent_office": DPS + " Ps 1 angka 3: Walikota adalah Walikota Denpasar",
    "work_calendar": DPS + " Ps 16-17: five days, Monday-Thursday 07:30-16:30 (break 12:00-13:00), "
    "Friday 07:30-14:30 (break 11:30-13:00) WITA, 37 hours 30 minutes a week; Ps 24: the old hours "
    "stay until the attendance application supports them (the date on the policy)",
    "monday_assembly": DPS + " Ps 18: every employee joins the morning assembly (apel pagi) once a "
    "week, on Monday",
    "flex_jabatan_types": DPS + " Ps 21(4): the Walikota names the jobs and employees that may work "
    "flexibly (R41); enter his decision here",
}
