"""The vocabulary the preset modules are written in (no data of any regency here).

A preset module states values (``KEDUDUKAN``, ``WORK``, ``REVIEW``) and the citations shown to
the clerk (``SOURCES``). Values are plain data; :class:`Rule` and :class:`Line` are frozen so that
one is replaced whole, never merged field by field (see :func:`.merge`).
"""

from dataclasses import dataclass

from ..kedudukan import ALL
from ..kedudukan import LEADER_HEAD
from ..kedudukan import LEVEL2_HEAD
from ..kedudukan import ONE_LEVEL_PD_HEAD
from ..kedudukan import PD_HEAD
from ..kedudukan import UNIT_HEAD

__all__ = [
    "ALL",
    "ALWAYS",
    "BKS",
    "BRT",
    "DEFAULT_MODE",
    "DPS",
    "KRA",
    "LEADER_HEAD",
    "LEVEL2",
    "LEVEL2_HEAD",
    "MUN",
    "NAT",
    "NEVER",
    "ONE_LEVEL_PD_HEAD",
    "PD_HEAD",
    "REMOVE",
    "UNIT_HEAD",
    "Line",
    "Rule",
    "both",
    "merge",
]

# The regulations, as the citation texts name them.
NAT = "PermenPANRB 7/2022"
KRA = "Perbup Karangasem 15/2023"
MUN = "Perbup Muna 19/2024"
DPS = "Perwali Denpasar 69/2023"
BKS = "Perbup Bekasi 18/2024"
BRT = "Perbup Barito Timur 11/2024"

# Review modes of a Level-3 sub-unit (the codes of rules/review.py, which imports this package).
LEVEL2 = "level2"
ALWAYS = "always"
NEVER = "never"
DEFAULT_MODE = "default"


@dataclass(frozen=True)
class Rule:
    """Who is PPK and who is PUO of a unit kind's staff (modes of rules/kedudukan.py); whether a
    remaining Level-3 Pengawas coordinates (R9). Keyed ``kind`` or ``kind/group`` in a preset."""

    ppk: str
    puo: str
    coordinates: bool = True


@dataclass(frozen=True)
class Line:
    """One line of the jenjang ceiling (R5): ``appraisee`` needs a PPK of ``min_position``."""

    appraisee: str
    min_position: str | None = None
    pd_head: bool = False
    kind: str | None = None
    puo_too: bool = False  # the PUO moves up with the PPK too


def both(document):
    """The same assignment document for an individual and for a team member (R15)."""
    return {"individu": document, "tim": document}


class _Remove:
    """The value that removes a national entry (a rule, a mode per kind) from a regency."""

    def __repr__(self):
        return "REMOVE"


REMOVE = _Remove()


def merge(base, diff):
    """``diff`` over ``base``: where both are dicts, key by key (recursively), :data:`REMOVE`
    dropping the key; anything else (lists, numbers, None, :class:`Rule`, :class:`Line`) replaces
    whole. Neither argument is changed."""
    if not (isinstance(base, dict) and isinstance(diff, dict)):
        return diff
    out = dict(base)
    for key, value in diff.items():
        if value is REMOVE:
            out.pop(key, None)
        elif key in out:
            out[key] = merge(out[key], value)
        else:
            out[key] = value
    return out
