"""Presets: what each regency's regulation decides, one module per regency (R5, R6, R12-R32).

``national.py`` states everything; ``karangasem.py``, ``muna.py``, ``denpasar.py``, ``bekasi.py``
and ``barito_timur.py`` each state only how their regulation differs from it, every value with its
article. A module holds:

``KEY``, ``LABEL``
    the preset's code and name.
``KEDUDUKAN``
    who is PPK and who is PUO (R2-R6, :mod:`..kedudukan`): ``jf_leader_strict``, ``sub_kinds``,
    ``jenjang_ceiling`` (whether R5 applies at all), ``rules`` ({``kind`` or ``kind/group``: :class:`._base.Rule`}) and the jenjang ``ceiling``
    (a list of :class:`._base.Line`).
``WORK``
    the assignment and team options (R12-R31, :mod:`..penugasan`, :mod:`..tim_kerja`), names in
    :data:`OPTION_KEYS`.
``REVIEW``
    the reporting and review options (R31-R32, :mod:`..review`), names in
    :data:`REVIEW_OPTION_KEYS`.
``SOURCES``
    the citations shown to the clerk: ``kedudukan`` (the policy's legal basis), ``rules`` (per
    rule) and one per option; a regency may cite its own article for a value it shares with
    national.

One resolver, :func:`resolve`, and one fallback rule (:func:`._base.merge`): whatever a regency
does not state is national's; dicts are merged key by key, ``REMOVE`` drops a national entry, any
other value replaces national's whole. Everything else here is a view of :func:`resolve`:
:data:`PRESETS` / :func:`get_policy` (the kedudukan policy), :data:`OPTIONS` /
:func:`get_options` (the work options), :func:`get_all_options` (work and review options) and
:func:`complete` (an edited or partial options dict filled from the preset it names).
"""

import copy

from ..errors import RuleError
from ..errors import _
from ..kedudukan import ALL
from ..kedudukan import policy_from_dict
from ..kedudukan import policy_to_dict
from . import barito_timur
from . import bekasi
from . import denpasar
from . import karangasem
from . import muna
from . import national
from ._base import merge

__all__ = [
    "MODULES",
    "OPTIONS",
    "OPTION_KEYS",
    "PRESETS",
    "REVIEW_OPTIONS",
    "REVIEW_OPTION_KEYS",
    "complete",
    "get_all_options",
    "get_options",
    "get_policy",
    "kedudukan_data",
    "letter_rows",
    "letters_from_rows",
    "review_rows",
    "policy_from_dict",
    "policy_to_dict",
    "preset_selection",
    "resolve",
]

# The presets, national first (the order of the selection field).
MODULES = {
    module.KEY: module for module in (national, karangasem, muna, denpasar, bekasi, barito_timur)
}
# What a module states; SOURCES are citations, the others values.
SECTIONS = ("KEDUDUKAN", "WORK", "REVIEW", "SOURCES")

# The work-system option names (rules/penugasan.py, rules/tim_kerja.py).
OPTION_KEYS = tuple(national.WORK)
# The review option names (rules/review.py).
REVIEW_OPTION_KEYS = tuple(national.REVIEW)


def resolve(key="national"):
    """The preset ``key``: national with what the regency states over it (a fresh copy).

    ``{"key", "label", "kedudukan", "work", "review", "sources"}``; raises RuleError
    ``unknown_preset`` for a key that names no module.
    """
    module = MODULES.get(key)
    if module is None:
        raise RuleError("unknown_preset", _("Unknown work-system preset: %(key)s"), key=key)
    out = {"key": key, "label": module.LABEL}
    for section in SECTIONS:
        base = getattr(national, section)
        own = getattr(module, section, {}) if module is not national else {}
        out[section.lower()] = copy.deepcopy(merge(base, own))
    return out


def kedudukan_data(key="national"):
    """The kedudukan policy of preset ``key`` as :func:`..kedudukan.policy_to_dict` data."""
    preset = resolve(key)
    data, sources = preset["kedudukan"], preset["sources"]
    rules = []
    for rule_key, rule in data["rules"].items():
        kind, _sep, group = rule_key.partition("/")
        rules.append({
            "kind": kind,
            "group": group or ALL,
            "ppk": rule.ppk,
            "puo": rule.puo,
            "coordinates": rule.coordinates,
            "source": sources["rules"].get(rule_key, ""),
        })
    return {
        "key": key,
        "label": preset["label"],
        "source": sources["kedudukan"],
        "jf_leader_strict": data["jf_leader_strict"],
        "sub_kinds": list(data["sub_kinds"]),
        "jenjang_ceiling": data["jenjang_ceiling"],
        "rules": rules,
        "ceiling": [
            {
                "appraisee": line.appraisee,
                "min_position": line.min_position,
                "pd_head": line.pd_head,
                "kind": line.kind,
                "puo_too": line.puo_too,
            }
            for line in data["ceiling"]
        ],
    }


def _options(preset, sections):
    out = {"key": preset["key"], "label": preset["label"]}
    names = []
    for section in sections:
        out.update(preset[section])
        names.extend(preset[section])
    out["sources"] = {name: preset["sources"][name] for name in names}
    return out


def get_options(key="national"):
    """The work-system options (R12-R31) of preset ``key``, with their sources (a fresh copy)."""
    return _options(resolve(key), ("work",))


def get_all_options(key="national"):
    """The work-system and review options (R12-R32) of preset ``key``, with their sources."""
    return _options(resolve(key), ("work", "review"))


def complete(options=None):
    """``options`` (edited or partial) over the options of the preset its ``key`` names, national
    when it names none or an unknown one: the same fallback as :func:`resolve`."""
    key = (options or {}).get("key") or "national"
    base = get_all_options(key if key in MODULES else "national")
    if options:
        base.update(options)
    return base


def get_policy(key):
    """The preset ``key`` as a validated :class:`..kedudukan.Policy` (a fresh copy)."""
    return policy_from_dict(kedudukan_data(key))


def preset_selection():
    """[(key, label)] for a selection field."""
    return [(key, module.LABEL) for key, module in MODULES.items()]


# Views kept for the models and readers: {key: kedudukan data} and {key: work options}.
PRESETS = {key: kedudukan_data(key) for key in MODULES}
OPTIONS = {key: get_options(key) for key in MODULES}
REVIEW_OPTIONS = {
    key: {
        **resolve(key)["review"],
        "sources": {name: resolve(key)["sources"][name] for name in REVIEW_OPTION_KEYS},
    }
    for key in MODULES
}


# -- options as rows (the per-company copy a clerk edits, models/asn_kedudukan_policy*.py) -------


def letter_rows(options):
    """The documents of ``options`` as rows ``(pd_kind, scope, individu, tim)``: ``pd_kind`` None
    for ``letters`` (every PD), else one row per scope of ``letters_by_kind[pd_kind]`` (R15)."""
    rows = [
        (None, scope, by_form.get("individu"), by_form.get("tim"))
        for scope, by_form in options["letters"].items()
    ]
    for kind, letters in options["letters_by_kind"].items():
        rows.extend(
            (kind, scope, by_form.get("individu"), by_form.get("tim"))
            for scope, by_form in letters.items()
        )
    return rows


def letters_from_rows(rows):
    """``(letters, letters_by_kind)`` from :func:`letter_rows`' rows (the inverse)."""
    letters, by_kind = {}, {}
    for kind, scope, individu, tim in rows:
        by_form = {form: doc for form, doc in (("individu", individu), ("tim", tim)) if doc}
        (letters if not kind else by_kind.setdefault(kind, {}))[scope] = by_form
    return letters, by_kind


def review_rows(options):
    """The R32 sub-unit review modes of ``options`` as rows ``(kind, mode)`` (``default`` first)."""
    modes = options["sub_unit_review"]
    return sorted(modes.items(), key=lambda item: (item[0] != "default", item[0]))
