"""Kedudukan presets: one policy per regency, plus ``national`` (R5, R6; RULES.md §I).

Every regency difference lives here, as data in the shape of
:func:`.kedudukan.policy_to_dict`; the resolver in :mod:`.kedudukan` never asks which regency it
serves. A company points at a preset and may copy it to edit (the Odoo policy model stores the
same dicts as records). Each rule's ``source`` names the articles it follows.

Modes (see :mod:`.kedudukan`): ``unit_head`` = the head of the employee's own unit,
``leader_head`` = the head above a Level-3 Subbagian/Seksi (whose Pengawas then coordinates,
R9), ``pd_head`` = the head of the Perangkat Daerah.
"""

from .errors import RuleError
from .errors import _
from .kedudukan import ALL
from .kedudukan import LEADER_HEAD
from .kedudukan import PD_HEAD
from .kedudukan import UNIT_HEAD
from .kedudukan import policy_from_dict
from .kedudukan import policy_to_dict

__all__ = ["PRESETS", "get_policy", "policy_from_dict", "policy_to_dict", "preset_selection"]


def _rule(kind, ppk, puo, source, group=ALL, coordinates=True):
    return {
        "kind": kind,
        "group": group,
        "ppk": ppk,
        "puo": puo,
        "coordinates": coordinates,
        "source": source,
    }


def _line(appraisee, min_position=None, pd_head=False, kind=None):
    return {"appraisee": appraisee, "min_position": min_position, "pd_head": pd_head, "kind": kind}


# R5: Administrator ~ Ahli Madya and Pengawas ~ Ahli Muda may not appraise their equivalent, so
# Ahli Madya (and Ahli Utama) need a JPT, Ahli Muda an Administrator; everyone else at least a
# Pengawas (R2: the PPK is at least a Pengawas). A JF unit leader is compared by jenjang instead
# (jf_leader_strict).
_NATIONAL_CEILING = [
    _line("ahli_utama", "jpt_pratama"),
    _line("ahli_madya", "jpt_pratama"),
    _line("ahli_muda", "administrator"),
    _line("ahli_pertama", "pengawas"),
    _line("penyelia", "pengawas"),
    _line("mahir", "pengawas"),
    _line("terampil", "pengawas"),
    _line("pemula", "pengawas"),
    _line("pelaksana", "pengawas"),
]


def _lampiran_d_rules(ref):
    """The unit patterns of PermenPANRB 7/2022 as restated in Perbup Muna 19/2024 Lampiran D."""
    return [
        _rule(
            "default",
            LEADER_HEAD,
            LEADER_HEAD,
            ref + " D.2-D.4: Level II (Kabid / Sekretaris / Irban) PPK and PUO; a Level III "
            "Pengawas coordinates (R9); Ahli Madya to Level I (R5)",
        ),
        _rule(
            "setda",
            LEADER_HEAD,
            LEADER_HEAD,
            ref + " D.1: Kepala Bagian PPK and PUO, Kasubag coordinates (R9); Ahli Madya to "
            "the Asisten (R5)",
        ),
        _rule(
            "kecamatan",
            UNIT_HEAD,
            UNIT_HEAD,
            ref + " D.6: Kasi (Pengawas, Level II) PPK and PUO; Ahli Muda to the Camat (R5)",
        ),
        _rule(
            "kelurahan",
            LEADER_HEAD,
            LEADER_HEAD,
            ref + " D.7: Lurah PPK and PUO, Kasubag TU coordinates (R9); Ahli Muda to the "
            "Camat (R5)",
        ),
        _rule(
            "uptd",
            LEADER_HEAD,
            LEADER_HEAD,
            ref + " D.7 (type A), D.9 (type B): Kepala UPTD PPK and PUO, Kasubag TU "
            "coordinates (R9); Ahli Muda to the Kepala Dinas (R5)",
        ),
        _rule(
            "rsud",
            UNIT_HEAD,
            UNIT_HEAD,
            ref + " D.5: the Pengawas PPK and PUO; Ahli Muda to the Kabid / Kabag, Ahli Madya "
            "to the Kepala Dinas Kesehatan (R5), delegable (R7)",
        ),
        _rule(
            "puskesmas",
            UNIT_HEAD,
            UNIT_HEAD,
            ref + " D.8: the Kepala (JF) PPK and PUO; the same jenjang to the Kepala Dinas (R5)",
        ),
        _rule(
            "satuan_pendidikan",
            UNIT_HEAD,
            UNIT_HEAD,
            ref + " D.8: the Kepala Sekolah (JF) PPK and PUO; the same jenjang to the Kepala "
            "Dinas (R5)",
        ),
    ]


_MUN = "Perbup Muna 19/2024 Lampiran"
_KRA = "Perbup Karangasem 15/2023"
_DPS = "Perwali Denpasar 69/2023 Lampiran"
_BKS = "Perbup Bekasi 18/2024"
_BRT = "Perbup Barito Timur 11/2024 Lampiran"

PRESETS = {
    "national": {
        "key": "national",
        "label": "Nasional (PermenPANRB 7/2022)",
        "source": "PermenPANRB 7/2022 unit patterns as applied in Perbup Muna 19/2024 Lampiran "
        "D.1-D.9 and Perbup Barito Timur 11/2024 Lampiran I: the head of the leading unit is "
        "PPK and PUO, a remaining Level-3 Pengawas coordinates (R9), jenjang ceiling "
        "Administrator ~ Ahli Madya, Pengawas ~ Ahli Muda, a JF leader ~ his own jenjang (R5).",
        "jf_leader_strict": True,
        "sub_kinds": ["subbagian", "seksi"],
        "rules": _lampiran_d_rules("PermenPANRB 7/2022, as in " + _MUN),
        "ceiling": _NATIONAL_CEILING,
    },
    "muna": {
        "key": "muna",
        "label": "Kabupaten Muna (Perbup 19/2024)",
        "source": "Perbup Muna 19/2024 Pasal 8 and Lampiran D.1-D.9 (kedudukan, jenjang ceiling "
        "D.1 b(4)-(8), D.3 b(5)-(7), D.4 (9)-(11), D.5 b(7)-(10), D.6 b(4)-(7), D.7 b(6)-(9), "
        "D.8 b(5)-(8), D.9 b(5)-(8); Pengawas as coordinator D.1 b(10)-(14), D.2 b(8)-(11), "
        "D.3 b(8)-(12); delegation D.5 b(12)-(15), D.8 b(6), D.9 b(6)).",
        "jf_leader_strict": True,
        "sub_kinds": ["subbagian", "seksi"],
        "rules": _lampiran_d_rules(_MUN),
        "ceiling": _NATIONAL_CEILING,
    },
    "karangasem": {
        "key": "karangasem",
        "label": "Kabupaten Karangasem (Perbup 15/2023)",
        "source": "Perbup Karangasem 15/2023 Pasal 11, 27-52: every JF including Ahli Madya sits "
        "under the unit's PPK (no jenjang ceiling); in a Dinas/Badan, the Inspektorat and a "
        "Kecamatan the head of the PD is PPK of all staff while the Level-2 heads assign "
        "(PUO); a Pengawas may coordinate (Ps 52). A one-level Dinas/Badan whose Kepala also "
        "assigns the Sekretariat's staff (Ps 37, 39): set the PUO override 'pd_head' on it.",
        "jf_leader_strict": False,
        "sub_kinds": ["subbagian", "seksi"],
        "rules": [
            _rule("default", PD_HEAD, LEADER_HEAD, _KRA + " Ps 37-42, 52 (as Dinas/Badan)"),
            _rule("setda", LEADER_HEAD, LEADER_HEAD, _KRA + " Ps 27-28: Kepala Bagian"),
            _rule("setwan", LEADER_HEAD, LEADER_HEAD, _KRA + " Ps 30-31: Kepala Bagian"),
            _rule(
                "inspektorat",
                PD_HEAD,
                LEADER_HEAD,
                _KRA + " Ps 33-34: Inspektur PPK, Sekretaris / Irban PUO",
            ),
            _rule(
                "dinas",
                PD_HEAD,
                LEADER_HEAD,
                _KRA + " Ps 37-41: Kepala Dinas PPK, Sekretaris / Kabid PUO",
            ),
            _rule(
                "badan",
                PD_HEAD,
                LEADER_HEAD,
                _KRA + " Ps 37-41: Kepala Badan PPK, Sekretaris / Kabid PUO",
            ),
            _rule(
                "kecamatan",
                PD_HEAD,
                UNIT_HEAD,
                _KRA + " Ps 43-44: Camat PPK, Sekcam / Kasi PUO",
            ),
            _rule(
                "kelurahan",
                LEADER_HEAD,
                LEADER_HEAD,
                _KRA + " Ps 46-48: Lurah PPK and PUO, for Ahli Muda and below",
            ),
            _rule("uptd", LEADER_HEAD, LEADER_HEAD, _KRA + " Ps 49-50: Kepala UPTD"),
            _rule("puskesmas", LEADER_HEAD, LEADER_HEAD, _KRA + " Ps 49-50: Kepala UPTD"),
            _rule("satuan_pendidikan", LEADER_HEAD, LEADER_HEAD, _KRA + " Ps 49-50: Kepala UPTD"),
        ],
        # Ps 46(2) places only Ahli Muda and below under the Lurah (a Pengawas).
        "ceiling": [
            _line("ahli_utama", "administrator", kind="kelurahan"),
            _line("ahli_madya", "administrator", kind="kelurahan"),
        ],
    },
    "denpasar": {
        "key": "denpasar",
        "label": "Kota Denpasar (Perwali 69/2023)",
        "source": "Perwali Denpasar 69/2023 Pasal 6 and Lampiran B.1-B.6: the Pengawas (Kasubag, "
        "Kasi) is PPK of the staff under him and the Level-2 head PUO; in a Kecamatan the "
        "Camat is PUO. The regulation states no jenjang ceiling: the national one (R5) "
        "applies.",
        "jf_leader_strict": True,
        "sub_kinds": ["subbagian", "seksi"],
        "rules": [
            _rule(
                "default",
                UNIT_HEAD,
                LEADER_HEAD,
                _DPS + " B.2-B.3: Administrator (L2), or the Pengawas (L3) for staff under "
                "him, PPK; L2 PUO",
                coordinates=False,
            ),
            _rule(
                "setda",
                UNIT_HEAD,
                LEADER_HEAD,
                _DPS + " B.1: Kepala Bagian, or the Kasubag for staff under him, PPK; Kepala "
                "Bagian PUO",
                coordinates=False,
            ),
            _rule(
                "kecamatan",
                UNIT_HEAD,
                PD_HEAD,
                _DPS + " B.4: the Pengawas (L2) PPK, the Camat (L1) PUO",
                coordinates=False,
            ),
            _rule(
                "kelurahan",
                LEADER_HEAD,
                LEADER_HEAD,
                _DPS + " B.5: the Lurah (Pengawas) PPK and PUO",
                coordinates=False,
            ),
            _rule(
                "uptd",
                LEADER_HEAD,
                LEADER_HEAD,
                _DPS + " B.5: the Kepala UPTD (Pengawas) PPK and PUO",
                coordinates=False,
            ),
            _rule("puskesmas", UNIT_HEAD, UNIT_HEAD, _DPS + " B.6: the Kepala (JF) PPK and PUO"),
            _rule(
                "satuan_pendidikan",
                UNIT_HEAD,
                UNIT_HEAD,
                _DPS + " B.6: the Kepala (JF) PPK and PUO",
            ),
        ],
        "ceiling": _NATIONAL_CEILING,
    },
    "bekasi": {
        "key": "bekasi",
        "label": "Kabupaten Bekasi (Perbup 18/2024)",
        "source": "Perbup Bekasi 18/2024 Pasal 6-85: Kabid / Sekretaris / Kepala Bagian / Irban "
        "PPK and PUO of the JF; the Kasubag / Kasi PPK (and, outside the Setda, PUO) of the "
        "Pelaksana under him; JF unit heads (school, Puskesmas) PPK and PUO (Ps 33(3)); the "
        "Asisten and the Wakil Direktur are atasan PPK (Ps 6(2), 60(2)). An RSUD led by an "
        "Administrator (Ps 69-70): set the PPK and PUO overrides 'unit_head' on it. The "
        "regulation states no jenjang ceiling: the national one (R5) applies.",
        "jf_leader_strict": True,
        "sub_kinds": ["subbagian", "seksi"],
        "rules": [
            _rule(
                "default",
                LEADER_HEAD,
                LEADER_HEAD,
                _BKS + " Ps 15-16, 24-25, 33-34, 51-52: Irban / Kabag / Kabid / Sekretaris",
                coordinates=False,
            ),
            _rule(
                "default",
                UNIT_HEAD,
                UNIT_HEAD,
                _BKS + " Ps 16(4), 25, 34(2)-(4): Kasubag / Kasi for the Pelaksana under him",
                group="pelaksana",
                coordinates=False,
            ),
            _rule(
                "setda",
                LEADER_HEAD,
                LEADER_HEAD,
                _BKS + " Ps 6-7: Kepala Bagian PPK and PUO",
                coordinates=False,
            ),
            _rule(
                "setda",
                UNIT_HEAD,
                LEADER_HEAD,
                _BKS + " Ps 7(3)-(4): Kasubag PPK of the Pelaksana under him, Kepala Bagian PUO",
                group="pelaksana",
                coordinates=False,
            ),
            _rule(
                "kecamatan",
                UNIT_HEAD,
                UNIT_HEAD,
                _BKS + " Ps 78-79: Kasubag / Kasi / Lurah PPK and PUO of the Pelaksana",
                coordinates=False,
            ),
            _rule(
                "kelurahan",
                UNIT_HEAD,
                UNIT_HEAD,
                _BKS + " Ps 78-79: Lurah / Sekretaris Kelurahan / Kasi Kelurahan",
                coordinates=False,
            ),
            _rule(
                "rsud",
                LEADER_HEAD,
                LEADER_HEAD,
                _BKS + " Ps 60-61: Kepala Bagian / Kepala Bidang",
                coordinates=False,
            ),
            _rule("puskesmas", UNIT_HEAD, UNIT_HEAD, _BKS + " Ps 33(3): the Kepala (JF)"),
            _rule(
                "satuan_pendidikan",
                UNIT_HEAD,
                UNIT_HEAD,
                _BKS + " Ps 33(3): the Kepala Sekolah (JF)",
            ),
        ],
        "ceiling": _NATIONAL_CEILING,
    },
    "barito_timur": {
        "key": "barito_timur",
        "label": "Kabupaten Barito Timur (Perbup 11/2024)",
        "source": "Perbup Barito Timur 11/2024 Pasal 4-7 and Lampiran I: Ahli Utama under the "
        "head of the PD (the Sekda in the Setda), Ahli Madya under the Kepala Biro / head of "
        "the PD, the others under the Kepala Bagian / Irban / Kabid / Sekretaris, and where a "
        "Pengawas remains the Kasubag / Kasi / Kasubid for Ahli Pertama, Keterampilan and "
        "Pelaksana.",
        "jf_leader_strict": True,
        "sub_kinds": ["subbagian", "seksi"],
        "rules": [
            _rule(
                "default",
                UNIT_HEAD,
                UNIT_HEAD,
                _BRT + " I.2: Kabag / Irban / Kabid / Sekretaris; where a Pengawas remains the "
                "Kasubag / Kasi / Kasubid for Ahli Pertama, Keterampilan, Pelaksana",
                coordinates=False,
            ),
            _rule(
                "setda",
                LEADER_HEAD,
                LEADER_HEAD,
                _BRT + " I.1: Kepala Bagian",
                coordinates=False,
            ),
            _rule(
                "rsud",
                LEADER_HEAD,
                LEADER_HEAD,
                _BRT + " I.3: Kepala Bagian / Kepala Bidang",
                coordinates=False,
            ),
        ],
        "ceiling": [
            _line("ahli_utama", "jpt_pratama", pd_head=True),
            *_NATIONAL_CEILING[1:],
        ],
    },
}


def get_policy(key):
    """The preset ``key`` as a validated :class:`.kedudukan.Policy` (a fresh copy)."""
    if key not in PRESETS:
        raise RuleError("unknown_preset", _("Unknown kedudukan preset: %(key)s"), key=key)
    return policy_from_dict(PRESETS[key])


def preset_selection():
    """[(key, label)] for a selection field."""
    return [(key, data["label"]) for key, data in PRESETS.items()]
