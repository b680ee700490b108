"""Work-system presets: the assignment (penugasan) and team (tim kerja) options per regency.

Separate from the kedudukan presets (:mod:`.presets`, who is PPK / PUO), keyed by the same six
keys. Every regency difference of R12-R31 that the workflows in :mod:`.penugasan` and
:mod:`.tim_kerja` need lives here as plain data; the code reads option *values* and never asks
which regency it serves. A company points at a preset and may copy it to edit;
:func:`.penugasan.check_options` validates an edited copy.

Shape of one preset (``OPTIONS[key]``)::

    {
        "key": "bekasi",
        "label": "Kabupaten Bekasi (Perbup 18/2024)",
        # R13: the scopes of assignment the regulation provides (others are refused)
        "scopes": ["dalam_unit", "lintas_unit", "lintas_pd"],
        # R16 / R20: who assigns within the unit: "puo" (the employee's PUO) or "ppk" (his PPK)
        "within_unit_appointer": "ppk",
        # R21: a volunteer's cross-unit / cross-PD request is first known (signed) by his PPK
        "sukarela_known_by_ppk": True,
        # R15: the document carrying the assignment, per scope and form (individu / tim) ...
        "letters": {"dalam_unit": {"individu": "surat_tugas", "tim": "surat_tugas"}, ...},
        # ... and per kind of the owning Perangkat Daerah (kedudukan KINDS), partial overrides
        "letters_by_kind": {"inspektorat": {"dalam_unit": {...}, ...}, ...},
        # R24: a team must last more than this many months (None: no minimum)
        "team_longer_than_months": None,
        # R29: months a result plan must cover for a team to be needed (BRT Lamp II B(1))
        "team_plan_months": 12,
        # R22: a ketua is required (True) or optional ("dapat menunjuk", False)
        "ketua_required": False,
        # R22: who establishes a team by decree: "puo_owner" or "pd_head_owner"
        "team_established_by": "puo_owner",
        # R9: a Pengawas who coordinates (automatic ketua) may still form other teams
        "coordinator_may_form_teams": False,
        # R31: the ketua also reports to the PPK (BRT Ps 16(2))
        "ketua_reports_to_ppk": False,
        # the article behind each option above
        "sources": {"scopes": "...", "within_unit_appointer": "...", ...},
    }

Assignment documents (R15): ``surat_tugas``, ``surat_perintah``, ``keputusan_kepala_pd``,
``keputusan_bupati``, ``sk_tim_kerja`` (labels in :data:`.penugasan.ASSIGNMENT_DOCS`).
"""

import copy

from .errors import RuleError
from .errors import _

__all__ = ["OPTIONS", "OPTION_KEYS", "get_options", "preset_selection"]

_KRA = "Perbup Karangasem 15/2023"
_MUN = "Perbup Muna 19/2024"
_DPS = "Perwali Denpasar 69/2023"
_BKS = "Perbup Bekasi 18/2024"
_BRT = "Perbup Barito Timur 11/2024"
_NAT = "PermenPANRB 7/2022"

_ALL_SCOPES = ["dalam_unit", "lintas_unit", "lintas_pd", "lintas_instansi"]
_NO_PD = ["dalam_unit", "lintas_unit", "lintas_instansi"]


def _letters(dalam_unit, lintas_unit, lintas_pd, lintas_instansi, tim=None):
    """{scope: {form: document}}; ``tim`` (if given) is the document of every team assignment."""
    by_scope = {
        "dalam_unit": dalam_unit,
        "lintas_unit": lintas_unit,
        "lintas_pd": lintas_pd,
        "lintas_instansi": lintas_instansi,
    }
    return {scope: {"individu": doc, "tim": tim or doc} for scope, doc in by_scope.items()}


def _bks_kind(within, across_pd, article):
    """A Bekasi PD kind: ``within`` inside and across its units, ``across_pd`` across PDs."""
    both = {"individu": within, "tim": within}
    return {
        "dalam_unit": both,
        "lintas_unit": dict(both),
        "lintas_pd": {"individu": across_pd, "tim": across_pd},
    }, article


_BKS_KINDS = {
    "setda": _bks_kind("surat_tugas", "keputusan_bupati", "Ps 8"),
    "inspektorat": _bks_kind("surat_perintah", "keputusan_bupati", "Ps 17"),
    "setwan": _bks_kind("surat_tugas", "keputusan_kepala_pd", "Ps 26"),
    "dinas": _bks_kind("surat_tugas", "keputusan_kepala_pd", "Ps 35, 44"),
    "badan": _bks_kind("surat_perintah", "keputusan_kepala_pd", "Ps 53"),
    "rsud": _bks_kind("surat_tugas", "keputusan_kepala_pd", "Ps 62, 71"),
    "kecamatan": _bks_kind("surat_perintah", "keputusan_kepala_pd", "Ps 80"),
}

OPTIONS = {
    "national": {
        "key": "national",
        "label": "Nasional (PermenPANRB 7/2022)",
        "scopes": list(_NO_PD),
        "within_unit_appointer": "puo",
        "sukarela_known_by_ppk": False,
        "letters": _letters("surat_tugas", "surat_tugas", "surat_tugas", "surat_tugas"),
        "letters_by_kind": {},
        "team_longer_than_months": None,
        "team_plan_months": 12,
        "ketua_required": False,
        "team_established_by": "puo_owner",
        "coordinator_may_form_teams": False,
        "ketua_reports_to_ppk": False,
        "sources": {
            "scopes": _NAT + " as restated in " + _KRA + " Ps 14(1) and " + _MUN + " Lampiran "
            "B.b.1: within the unit, across units, across agencies; a unit of another PD is "
            "'lintas unit'",
            "within_unit_appointer": _KRA + " Ps 14(2), 15(2); " + _MUN + " Lampiran B.b.1.a, "
            "B.b.2.a: the PUO assigns directly",
            "sukarela_known_by_ppk": _KRA + " Ps 15(3)(a): the request goes to the target PUO, "
            "copied to the own PPK and PUO",
            "letters": _KRA + " Ps 12(7): a surat penugasan or other written proof",
            "letters_by_kind": "no per-PD-kind documents",
            "team_longer_than_months": "no minimum duration of a team",
            "team_plan_months": _BRT + " Lampiran II B(1) (guidance: a one-year result plan)",
            "ketua_required": _KRA + " Ps 16(3); " + _MUN + " Lampiran B.c.3): the PUO may appoint a ketua",
            "team_established_by": _KRA + " Ps 16(5); " + _DPS + " Ps 9(1), (5): the PUO",
            "coordinator_may_form_teams": _MUN + " Lampiran D.1 b(14), D.3 b(12), D.4 (8), D.7 "
            "b(10) (restating " + _NAT + "): the coordinating Pengawas is ketua of the "
            "substance team and cannot form other teams",
            "ketua_reports_to_ppk": _KRA + " Ps 20(2); " + _MUN + " Ps 17(2): the ketua reports to the PUO",
        },
    },
    "karangasem": {
        "key": "karangasem",
        "label": "Kabupaten Karangasem (Perbup 15/2023)",
        "scopes": list(_NO_PD),
        "within_unit_appointer": "puo",
        "sukarela_known_by_ppk": False,
        "letters": _letters("surat_tugas", "surat_tugas", "surat_tugas", "surat_tugas"),
        "letters_by_kind": {},
        "team_longer_than_months": None,
        "team_plan_months": 12,
        "ketua_required": False,
        "team_established_by": "puo_owner",
        "coordinator_may_form_teams": True,
        "ketua_reports_to_ppk": False,
        "sources": {
            "scopes": _KRA + " Ps 12(8), 14(1), 15(1): within the unit, across units, across "
            "agencies (volunteering not across agencies)",
            "within_unit_appointer": _KRA + " Ps 14(2), 15(2): the PUO",
            "sukarela_known_by_ppk": _KRA + " Ps 15(3)(a): copy to the own PPK and PUO only",
            "letters": _KRA + " Ps 12(7): surat penugasan and/or written proof",
            "letters_by_kind": "no per-PD-kind documents",
            "team_longer_than_months": "no minimum duration of a team",
            "team_plan_months": _BRT + " Lampiran II B(1) (guidance)",
            "ketua_required": _KRA + " Ps 16(3): the PUO may appoint a ketua",
            "team_established_by": _KRA + " Ps 16(3), (5): the PUO",
            "coordinator_may_form_teams": _KRA + " Ps 52 only lets a Pengawas coordinate; it "
            "does not forbid him to form teams",
            "ketua_reports_to_ppk": _KRA + " Ps 20(2): the ketua reports to the PUO",
        },
    },
    "muna": {
        "key": "muna",
        "label": "Kabupaten Muna (Perbup 19/2024)",
        "scopes": list(_NO_PD),
        "within_unit_appointer": "puo",
        "sukarela_known_by_ppk": False,
        "letters": _letters("surat_tugas", "keputusan_kepala_pd", "keputusan_kepala_pd", "surat_tugas"),
        "letters_by_kind": {},
        "team_longer_than_months": 6,
        "team_plan_months": 12,
        "ketua_required": False,
        "team_established_by": "pd_head_owner",
        "coordinator_may_form_teams": False,
        "ketua_reports_to_ppk": False,
        "sources": {
            "scopes": _MUN + " Ps 11(2), Lampiran B.b.1-2: within the unit, across units, "
            "across agencies; volunteering only within the regency",
            "within_unit_appointer": _MUN + " Lampiran B.b.1.a, B.b.2.a: the PUO",
            "sukarela_known_by_ppk": _MUN + " Lampiran B.b.2.c(1): copy to the own PPK and PUO",
            "letters": _MUN + " Ps 13(5)-(7): Keputusan Kepala PD across units, surat tugas "
            "within the unit; across agencies the PUO's surat penugasan (Lampiran B.b.1.c(5))",
            "letters_by_kind": "no per-PD-kind documents",
            "team_longer_than_months": _MUN + " Ps 1 angka 16: a tim kerja works for more than 6 months",
            "team_plan_months": _BRT + " Lampiran II B(1) (guidance)",
            "ketua_required": _MUN + " Lampiran B.c.3): the PUO may appoint a ketua",
            "team_established_by": _MUN + " Ps 1 angka 16: a tim kerja is appointed by the "
            "Kepala Perangkat Daerah",
            "coordinator_may_form_teams": _MUN + " Lampiran D.1 b(14), D.3 b(12), D.4 (8), D.7 b(10)",
            "ketua_reports_to_ppk": _MUN + " Ps 17(2): the ketua reports to the PUO",
        },
    },
    "denpasar": {
        "key": "denpasar",
        "label": "Kota Denpasar (Perwali 69/2023)",
        "scopes": list(_ALL_SCOPES),
        "within_unit_appointer": "puo",
        "sukarela_known_by_ppk": False,
        "letters": _letters("surat_tugas", "surat_tugas", "surat_tugas", "surat_tugas", tim="sk_tim_kerja"),
        "letters_by_kind": {},
        "team_longer_than_months": None,
        "team_plan_months": 12,
        "ketua_required": True,
        "team_established_by": "puo_owner",
        "coordinator_may_form_teams": True,
        "ketua_reports_to_ppk": False,
        "sources": {
            "scopes": _DPS + " Ps 7(2): within one PD, across PDs, across agencies; "
            "Lampiran A.4: within and across units",
            "within_unit_appointer": _DPS + " Ps 8(2), (4): the Kepala PD or the PUO",
            "sukarela_known_by_ppk": _DPS
            + " states no volunteering mechanism: "
            + _KRA
            + " Ps 15(3) applies",
            "letters": _DPS + " Lampiran A.4: surat penugasan or written proof; Ps 9(5): team "
            "formation and membership set by keputusan",
            "letters_by_kind": "no per-PD-kind documents",
            "team_longer_than_months": "no minimum: Lampiran A.4.b II allows short special teams",
            "team_plan_months": _BRT + " Lampiran II B(1) (guidance)",
            "ketua_required": _DPS + " Ps 9(2): a team consists of a ketua and anggota",
            "team_established_by": _DPS + " Ps 9(1), (5): Kepala PD / PUO / pemilik kinerja",
            "coordinator_may_form_teams": _DPS + " has no coordinating Pengawas (the Pengawas "
            "is PPK, Lampiran B)",
            "ketua_reports_to_ppk": _DPS + " Ps 11: the ketua carries out the PUO's orders",
        },
    },
    "bekasi": {
        "key": "bekasi",
        "label": "Kabupaten Bekasi (Perbup 18/2024)",
        "scopes": ["dalam_unit", "lintas_unit", "lintas_pd"],
        "within_unit_appointer": "ppk",
        "sukarela_known_by_ppk": True,
        "letters": _letters("surat_tugas", "surat_tugas", "keputusan_kepala_pd", "surat_tugas"),
        "letters_by_kind": {kind: value[0] for kind, value in _BKS_KINDS.items()},
        "team_longer_than_months": None,
        "team_plan_months": 12,
        "ketua_required": False,
        "team_established_by": "puo_owner",
        "coordinator_may_form_teams": True,
        "ketua_reports_to_ppk": False,
        "sources": {
            "scopes": _BKS + " Ps 89(1), 90: within and across Perangkat Daerah; Ps 46(3): "
            "across units through a request for involvement; no cross-agency mechanism",
            "within_unit_appointer": _BKS + " Ps 1 angka 23, Ps 89(2), 90(2): the PPK",
            "sukarela_known_by_ppk": _BKS + " Ps 90(3)(a): the request is known by the PPK",
            "letters": _BKS + " Ps 8, 17, 26, 35, 44, 53, 62, 71, 80: surat tugas / surat "
            "perintah within and across units, a Keputusan of the owning PD head (or the "
            "Bupati) across PDs",
            "letters_by_kind": _BKS
            + " "
            + "; ".join(f"{kind} {value[1]}" for kind, value in _BKS_KINDS.items()),
            "team_longer_than_months": "no minimum duration of a team",
            "team_plan_months": _BRT + " Lampiran II B(1) (guidance)",
            "ketua_required": _BKS + " Ps 46(1)(c): the need for a ketua is decided",
            "team_established_by": _BKS + " Ps 28(1), 37(1), 46(1): the unit leader decides on teams",
            "coordinator_may_form_teams": _BKS + " has no coordinating Pengawas (Kasubag / Kasi are PPK)",
            "ketua_reports_to_ppk": _BKS + " Ps 88(2): the ketua reports to the PUO",
        },
    },
    "barito_timur": {
        "key": "barito_timur",
        "label": "Kabupaten Barito Timur (Perbup 11/2024)",
        "scopes": list(_ALL_SCOPES),
        "within_unit_appointer": "puo",
        "sukarela_known_by_ppk": False,
        "letters": _letters("surat_tugas", "surat_tugas", "surat_tugas", "surat_tugas", tim="sk_tim_kerja"),
        "letters_by_kind": {},
        "team_longer_than_months": None,
        "team_plan_months": 12,
        "ketua_required": False,
        "team_established_by": "puo_owner",
        "coordinator_may_form_teams": True,
        "ketua_reports_to_ppk": True,
        "sources": {
            "scopes": _BRT + " Ps 11(2): within the unit, across units, across PDs, across agencies",
            "within_unit_appointer": _BRT + " Lampiran II C.1)(2), C.2)(2): the Kepala PD and/or the PUO",
            "sukarela_known_by_ppk": _BRT + " Lampiran II C.2)(3)(a): the own PD head / PUO "
            "approves, the PPK is not named",
            "letters": _BRT + " Lampiran II A(7): surat penugasan for individuals, Surat "
            "Keputusan Tim Kerja of the owning agency for teams",
            "letters_by_kind": "no per-PD-kind documents",
            "team_longer_than_months": "no minimum duration of a team",
            "team_plan_months": _BRT + " Lampiran II B(1): a result plan with one-year targets",
            "ketua_required": _BRT + " Lampiran II B(4): the Pejabat Pemilik Kinerja appoints "
            "the ketua and members",
            "team_established_by": _BRT + " Lampiran II B(4): the Pejabat Pemilik Kinerja",
            "coordinator_may_form_teams": _BRT + " has no coordinating Pengawas",
            "ketua_reports_to_ppk": _BRT + " Ps 15, 16(2): to the PUO and/or the PPK",
        },
    },
}

# The option names every preset carries (besides key, label, sources).
OPTION_KEYS = (
    "scopes",
    "within_unit_appointer",
    "sukarela_known_by_ppk",
    "letters",
    "letters_by_kind",
    "team_longer_than_months",
    "team_plan_months",
    "ketua_required",
    "team_established_by",
    "coordinator_may_form_teams",
    "ketua_reports_to_ppk",
)


def get_options(key="national"):
    """The options of preset ``key`` (a fresh deep copy, safe to edit)."""
    if key not in OPTIONS:
        raise RuleError("unknown_preset", _("Unknown work-system preset: %(key)s"), key=key)
    return copy.deepcopy(OPTIONS[key])


def preset_selection():
    """[(key, label)] for a selection field."""
    return [(key, data["label"]) for key, data in OPTIONS.items()]
