"""Position classes and the order of jenjang (R1).

This is the one place that says which position ranks above which. A rank is a number on one
scale shared by structural posts and functional jenjang, following the equivalence the
regulations use for the jenjang ceiling (R5): Administrator ~ Ahli Madya, Pengawas ~ Ahli Muda.
"""

from .errors import RuleError
from .errors import _

# R1: position classes (BRT Ps 4-5).
JPT_MADYA = "jpt_madya"
JPT_PRATAMA = "jpt_pratama"
ADMINISTRATOR = "administrator"
PENGAWAS = "pengawas"
PELAKSANA = "pelaksana"
FUNGSIONAL = "fungsional"

JABATAN_TYPES = [
    (JPT_MADYA, "JPT Madya"),
    (JPT_PRATAMA, "JPT Pratama"),
    (ADMINISTRATOR, "Administrator"),
    (PENGAWAS, "Pengawas"),
    (PELAKSANA, "Pelaksana"),
    (FUNGSIONAL, "Fungsional"),
]

STRUCTURAL = (JPT_MADYA, JPT_PRATAMA, ADMINISTRATOR, PENGAWAS)

# R1: JF Keahlian, highest first, then JF Keterampilan, highest first.
KEAHLIAN = ("ahli_utama", "ahli_madya", "ahli_muda", "ahli_pertama")
KETERAMPILAN = ("penyelia", "mahir", "terampil", "pemula")

JENJANG = [
    ("ahli_utama", "Ahli Utama"),
    ("ahli_madya", "Ahli Madya"),
    ("ahli_muda", "Ahli Muda"),
    ("ahli_pertama", "Ahli Pertama"),
    ("penyelia", "Penyelia"),
    ("mahir", "Mahir"),
    ("terampil", "Terampil"),
    ("pemula", "Pemula"),
]

# R1 + R5: one scale. Equal numbers are equivalent for the jenjang ceiling.
_STRUCTURAL_RANK = {
    JPT_MADYA: 90,
    JPT_PRATAMA: 80,
    ADMINISTRATOR: 60,  # ~ Ahli Madya (R5)
    PENGAWAS: 50,  # ~ Ahli Muda (R5)
    PELAKSANA: 20,
}
_JENJANG_RANK = {
    "ahli_utama": 70,
    "ahli_madya": 60,
    "ahli_muda": 50,
    "ahli_pertama": 40,
    "penyelia": 35,
    "mahir": 30,
    "terampil": 25,
    "pemula": 20,
}

JABATAN_LABELS = dict(JABATAN_TYPES)
JENJANG_LABELS = dict(JENJANG)


def jenjang_category(jenjang):
    """'keahlian' or 'keterampilan' for a jenjang (R1)."""
    if jenjang in KEAHLIAN:
        return "keahlian"
    if jenjang in KETERAMPILAN:
        return "keterampilan"
    raise RuleError("unknown_jenjang", _("Unknown jenjang: %(jenjang)s"), jenjang=jenjang)


def rank(jabatan_type, jenjang=None):
    """The rank of a position on the shared scale (R1); higher ranks above lower.

    A fungsional is ranked by their jenjang; a structural post or Pelaksana by its class.
    """
    if jabatan_type == FUNGSIONAL:
        if jenjang not in _JENJANG_RANK:
            raise RuleError(
                "jenjang_required",
                _("A functional position (fungsional) needs a jenjang."),
            )
        return _JENJANG_RANK[jenjang]
    if jabatan_type not in _STRUCTURAL_RANK:
        raise RuleError(
            "unknown_jabatan", _("Unknown position class: %(jabatan)s"), jabatan=jabatan_type
        )
    return _STRUCTURAL_RANK[jabatan_type]


def outranks(a, b):
    """True when position ``a`` ranks strictly above ``b``; each is (jabatan_type, jenjang)."""
    return rank(*a) > rank(*b)


def position_label(jabatan_type, jenjang=None):
    """Human label, e.g. 'Fungsional Ahli Muda' or 'Administrator'."""
    label = JABATAN_LABELS.get(jabatan_type, jabatan_type or "")
    if jabatan_type == FUNGSIONAL and jenjang:
        return f"{label} {JENJANG_LABELS.get(jenjang, jenjang)}"
    return label


def check_jenjang(jabatan_type, jenjang):
    """Raise RuleError unless a jenjang is set exactly for a fungsional (R1)."""
    if jabatan_type == FUNGSIONAL and not jenjang:
        raise RuleError(
            "jenjang_required", _("A functional position (fungsional) needs a jenjang.")
        )
    if jabatan_type != FUNGSIONAL and jenjang:
        raise RuleError(
            "jenjang_not_allowed",
            _("Only a functional position (fungsional) has a jenjang, not %(jabatan)s."),
            jabatan=JABATAN_LABELS.get(jabatan_type, jabatan_type or "-"),
        )
    if jenjang and jenjang not in _JENJANG_RANK:
        raise RuleError("unknown_jenjang", _("Unknown jenjang: %(jenjang)s"), jenjang=jenjang)
