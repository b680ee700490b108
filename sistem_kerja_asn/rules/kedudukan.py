"""Kedudukan: who appraises (PPK), who assigns (PUO), the atasan PPK and the coordinator (R2-R9).

Plain data in, plain data out, so the models can load every department and the affected
employees with a few ``search_read`` calls, call :func:`resolve` once, and write the results.

Inputs
    :class:`Unit` (a department) and :class:`Person` (an employee placed in a unit; a unit head
    is a person too: the one whose id is ``unit.head_id``, and he sits in the unit he heads).
    ``people`` passed to :func:`resolve` must contain every unit head (their position is needed
    for the jenjang ceiling); pass ``only`` to resolve a subset (e.g. one subtree).

Policy (the regency's choices, R6; presets live in :mod:`.presets`, never in code)
    ``rules``: one :class:`KindRule` per (unit kind, appraisee group): who is PPK and who is PUO
    of the staff placed there, as a *mode* (:data:`MODES`) resolved from the tree:

    - ``unit_head``: the head of the unit the employee sits in (e.g. the Kasi, DPS Lamp B.4);
    - ``leader_head``: the head of the nearest unit at or above it that is not a Level-3
      sub-unit (``policy.sub_kinds``: Subbagian, Seksi): the Kepala Bagian / Kabid /
      Sekretaris / Lurah above a Pengawas who only coordinates (R9, MUN Lamp D.1-D.3);
    - ``level2_head``: as ``leader_head``, but a Level-3 sub-unit directly under the head of
      the PD is the Level 2 unit and its head leads (an RSUD led by an Administrator: the Kasi
      and Kasubag are PPK and PUO, BKS Ps 69(2); under a Kabid: the Kabid, BKS Ps 60(3));
    - ``pd_head``: the head of the Perangkat Daerah (KRA Ps 34, 41, 44);
    - ``one_level_pd_head``: the head of the PD when it has no Bidang (a Dinas/Badan of one
      structural level: the Kepala assigns the Sekretaris, Kasubbag and JF, KRA Ps 39(2)), else
      as ``leader_head`` (the Sekretaris / Kabid, KRA Ps 41(2)(c)).

    Which rule applies: walk from the employee's unit up to (and including) its PD and take the
    nearest unit whose kind has a rule for the employee's group (``pelaksana`` / ``fungsional``,
    else ``all``); none found: the ``default`` rule. Per-unit ``ppk_override`` /
    ``puo_override`` met on that walk (at or below the rule's unit) replace the rule's modes.

    ``ceiling``: the jenjang ceiling (R5/R6), a list of :class:`CeilingLine`: appraisee class
    (each jenjang, or ``pelaksana``) -> the lowest position allowed to appraise it
    (``min_position``, compared on :func:`.positions.rank`), optionally "the head of the PD or
    above" (``pd_head``), optionally only under the rule of one unit ``kind``. A class without
    a line has no ceiling; a line with ``puo_too`` moves the PUO up with the PPK (the unit
    leader neither appraises nor assigns that class, MUN Lamp D.5 b(11)-(12)). ``jf_leader_strict``: a JF leading a unit (R3) may appraise only
    lower jenjang (MUN Lamp D.8 b(5)); the ``min_position`` floor is for structural posts.
    ``jenjang_ceiling`` off: neither applies, the policy's PPK appraises every jenjang (a
    regulation that states no ceiling: DPS Lamp B.4, B.6; BKS Ps 33(3), 34(2)).

Output
    :class:`Resolution` per person: ``ppk_id``, ``puo_id``, ``atasan_ppk_id``,
    ``coordinator_id``, ``reasons`` as ``(template, params)`` pairs (templates are English
    source strings marked with ``_()``: the model translates each and joins them), ``reason``
    (the English text) and ``problems`` (stable codes, see :data:`PROBLEMS`).
"""

from dataclasses import dataclass
from dataclasses import field

from . import positions as pos
from .errors import RuleError
from .errors import _

# --- vocabulary -----------------------------------------------------------------------------

# Unit kinds (glossary: Perangkat Daerah, Unit Organisasi; patterns of RULES.md §H).
KINDS = [
    ("setda", "Sekretariat Daerah"),
    ("setwan", "Sekretariat DPRD"),
    ("inspektorat", "Inspektorat"),
    ("dinas", "Dinas"),
    ("badan", "Badan"),
    ("kecamatan", "Kecamatan"),
    ("kelurahan", "Kelurahan"),
    ("uptd", "UPTD"),
    ("rsud", "RSUD"),
    ("puskesmas", "Puskesmas"),
    ("satuan_pendidikan", "Satuan Pendidikan"),
    ("biro", "Biro"),
    ("bagian", "Bagian"),
    ("bidang", "Bidang"),
    ("subbagian", "Subbagian"),
    ("seksi", "Seksi"),
    ("other", "Other"),
]
KIND_LABELS = dict(KINDS)
SETDA = "setda"
DEFAULT = "default"  # the rule kind used when no unit on the walk has a rule
RULE_KINDS = [*KINDS, (DEFAULT, "Default (other units)")]
_RULE_KIND_CODES = frozenset(code for code, _label in RULE_KINDS)

# Appraisee groups a rule may be limited to (BKS Ps 7(3), 34(4): Kasubag / Kasi for Pelaksana).
ALL = "all"
GROUPS = [(ALL, "All staff"), (pos.PELAKSANA, "Pelaksana"), (pos.FUNGSIONAL, "Fungsional")]
_GROUP_CODES = frozenset(code for code, _label in GROUPS)

# Modes: which head is PPK / PUO of the staff of a unit (R2, R3, R6, R9).
UNIT_HEAD = "unit_head"
LEADER_HEAD = "leader_head"
PD_HEAD = "pd_head"
LEVEL2_HEAD = "level2_head"
ONE_LEVEL_PD_HEAD = "one_level_pd_head"
MODES = [
    (UNIT_HEAD, "Head of the employee's own unit"),
    (LEADER_HEAD, "Head of the leading unit (above a coordinating Level-3 Pengawas)"),
    (LEVEL2_HEAD, "Head of the leading unit, or of a Level-3 unit directly under the PD (Level 2)"),
    (PD_HEAD, "Head of the Perangkat Daerah"),
    (ONE_LEVEL_PD_HEAD, "Head of the PD when it has no Bidang (one level), else of the leading unit"),
]
_MODE_CODES = frozenset(code for code, _label in MODES)

# Appraisee classes of the ceiling matrix (R1, R5): each jenjang, then Pelaksana.
APPRAISEE_CLASSES = [*pos.KEAHLIAN, *pos.KETERAMPILAN, pos.PELAKSANA]
_APPRAISEE_LABELS = {**pos.JENJANG_LABELS, pos.PELAKSANA: "Pelaksana"}
# Positions a ceiling may require (compared on positions.rank()).
CEILING_POSITIONS = [*pos.STRUCTURAL]

DEFAULT_SUB_KINDS = ("subbagian", "seksi")

PROBLEMS = {
    "no_unit": "the employee's unit is unknown",
    "no_ppk": "no filled post above can be PPK (R2)",
    "ppk_below_ceiling": "no post above passes the jenjang ceiling (R5); the policy's PPK kept",
    "jf_without_jenjang": "a functional position without jenjang: ceiling not checked (R1, R5)",
}


# --- data -----------------------------------------------------------------------------------


@dataclass(slots=True)
class Unit:
    """A department. ``head_id`` None: the post is vacant (R2). ``is_pd``: a Perangkat Daerah."""

    id: int
    parent_id: int | None
    kind: str
    head_id: int | None = None
    is_pd: bool = False
    name: str = ""
    ppk_override: str | None = None  # a mode of MODES, for the staff of this subtree
    puo_override: str | None = None


@dataclass(slots=True)
class Person:
    """An employee placed in a unit; ``jabatan_type`` / ``jenjang`` as in :mod:`.positions`."""

    id: int
    unit_id: int | None
    jabatan_type: str
    jenjang: str | None = None
    name: str = ""


@dataclass
class KindRule:
    """Who is PPK / PUO of the staff placed under a unit of ``kind`` (R2, R3, R6, R9)."""

    kind: str
    ppk: str = LEADER_HEAD
    puo: str = LEADER_HEAD
    group: str = ALL
    coordinates: bool = True  # R9: a skipped Level-3 Pengawas is shown as coordinator
    source: str = ""


@dataclass
class CeilingLine:
    """The lowest position that may appraise ``appraisee`` (R5, R6)."""

    appraisee: str
    min_position: str | None = None  # None: any position
    pd_head: bool = False  # the appraiser must be the head of the PD or above (BRT Lamp I)
    kind: str | None = None  # only under the rule of this unit kind; None: everywhere
    puo_too: bool = False  # the PUO moves up with the PPK (MUN Lamp D.5 b(11)-(12))


@dataclass
class Policy:
    """A regency's kedudukan policy (R6): plain data, see :func:`policy_to_dict`."""

    key: str = ""
    label: str = ""
    source: str = ""
    rules: list[KindRule] = field(default_factory=list)
    ceiling: list[CeilingLine] = field(default_factory=list)
    jf_leader_strict: bool = True
    sub_kinds: tuple[str, ...] = DEFAULT_SUB_KINDS
    jenjang_ceiling: bool = True  # False: no R5 walk at all (DPS Lamp B.4, B.6; BKS Ps 34(2))


@dataclass
class Resolution:
    """Who appraises, assigns and coordinates one person, and why."""

    person_id: int
    ppk_id: int | None = None
    puo_id: int | None = None
    atasan_ppk_id: int | None = None
    coordinator_id: int | None = None
    rule: str = ""  # the rule kind that applied, or 'head' / 'sekda' for unit heads
    decree: str | None = None  # the delegation decree when R7 applies
    reasons: list[tuple[str, dict]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def reason(self):
        """The reasons in English, joined (the model translates each template instead)."""
        return " ".join(template % params for template, params in self.reasons)


_R9_REASON = _(
    "%(coordinator)s, head of %(unit)s, coordinates this work like a team lead: sets the targets after coordinating with the PPK and recommends the rating (R9)."
)
# MUN Lamp D.5 b(11)-(13): the unit leader neither appraises nor assigns; a delegate does both.
_PUO_TOO_REASON = _(
    "%(head)s may not assign a %(jenjang)s either (R5): %(puo)s is also the PUO, who gives the assignments and manages the performance."
)
_BUILTIN_DEFAULT = KindRule(DEFAULT, LEADER_HEAD, LEADER_HEAD, ALL, True, "built-in")


# --- policy as plain data -------------------------------------------------------------------


def policy_to_dict(policy):
    """The policy as JSON-like data (lists of flat dicts map onto one2many lines)."""
    return {
        "key": policy.key,
        "label": policy.label,
        "source": policy.source,
        "jf_leader_strict": policy.jf_leader_strict,
        "sub_kinds": list(policy.sub_kinds),
        "jenjang_ceiling": policy.jenjang_ceiling,
        "rules": [
            {
                "kind": r.kind,
                "group": r.group,
                "ppk": r.ppk,
                "puo": r.puo,
                "coordinates": r.coordinates,
                "source": r.source,
            }
            for r in policy.rules
        ],
        "ceiling": [
            {
                "appraisee": c.appraisee,
                "min_position": c.min_position,
                "pd_head": c.pd_head,
                "kind": c.kind,
                "puo_too": c.puo_too,
            }
            for c in policy.ceiling
        ],
    }


def _sub_kinds(value):
    """A list, tuple or comma-separated string of kinds; None or False: the default."""
    if value is None or value is False:
        return DEFAULT_SUB_KINDS
    if isinstance(value, str):
        value = value.split(",")
    return tuple(kind.strip() for kind in value if kind.strip())


def policy_from_dict(data):
    """Build and validate a :class:`Policy` from :func:`policy_to_dict` data.

    Odoo's ``False`` for an empty field is read as "not set"; ``sub_kinds`` may also be a
    comma-separated string.
    """
    policy = Policy(
        key=data.get("key") or "",
        label=data.get("label") or "",
        source=data.get("source") or "",
        jf_leader_strict=bool(data.get("jf_leader_strict", True)),
        sub_kinds=_sub_kinds(data.get("sub_kinds")),
        jenjang_ceiling=bool(data.get("jenjang_ceiling", True)),
        rules=[
            KindRule(
                kind=r["kind"],
                group=r.get("group") or ALL,
                ppk=r.get("ppk") or LEADER_HEAD,
                puo=r.get("puo") or LEADER_HEAD,
                coordinates=bool(r.get("coordinates", True)),
                source=r.get("source") or "",
            )
            for r in data.get("rules") or ()
        ],
        ceiling=[
            CeilingLine(
                appraisee=c["appraisee"],
                min_position=c.get("min_position") or None,
                pd_head=bool(c.get("pd_head")),
                kind=c.get("kind") or None,
                puo_too=bool(c.get("puo_too")),
            )
            for c in data.get("ceiling") or ()
        ],
    )
    validate_policy(policy)
    return policy


def _check_mode(mode, where):
    if mode not in _MODE_CODES:
        raise RuleError(
            "unknown_mode", _("Unknown PPK/PUO mode %(mode)s in %(where)s."), mode=mode, where=where
        )


def validate_policy(policy):
    """Raise RuleError unless every code in ``policy`` is known and no line is duplicated."""
    seen = set()
    for rule in policy.rules:
        if rule.kind not in _RULE_KIND_CODES:
            raise RuleError("unknown_kind", _("Unknown unit kind: %(kind)s"), kind=rule.kind)
        if rule.group not in _GROUP_CODES:
            raise RuleError("unknown_group", _("Unknown staff group: %(group)s"), group=rule.group)
        _check_mode(rule.ppk, rule.kind)
        _check_mode(rule.puo, rule.kind)
        if (rule.kind, rule.group) in seen:
            raise RuleError(
                "duplicate_rule",
                _("The policy has two rules for %(kind)s / %(group)s."),
                kind=rule.kind,
                group=rule.group,
            )
        seen.add((rule.kind, rule.group))
    seen = set()
    for line in policy.ceiling:
        if line.appraisee not in APPRAISEE_CLASSES:
            raise RuleError(
                "unknown_appraisee", _("Unknown appraisee class: %(cls)s"), cls=line.appraisee
            )
        if line.min_position is not None and line.min_position not in CEILING_POSITIONS:
            raise RuleError(
                "unknown_jabatan",
                _("Unknown position class: %(jabatan)s"),
                jabatan=line.min_position,
            )
        if line.kind is not None and line.kind not in _RULE_KIND_CODES:
            raise RuleError("unknown_kind", _("Unknown unit kind: %(kind)s"), kind=line.kind)
        if (line.appraisee, line.kind) in seen:
            raise RuleError(
                "duplicate_ceiling",
                _("The jenjang ceiling has two lines for %(cls)s."),
                cls=line.appraisee,
            )
        seen.add((line.appraisee, line.kind))
    for kind in policy.sub_kinds:
        if kind not in KIND_LABELS:
            raise RuleError("unknown_kind", _("Unknown unit kind: %(kind)s"), kind=kind)


# --- the tree -------------------------------------------------------------------------------


def _by_id(units):
    """``units`` as {id: Unit} (accepts a dict or any iterable of Unit)."""
    if isinstance(units, dict):
        return units
    return {u.id: u for u in units}


def find_cycle(units):
    """Raise RuleError ``department_cycle`` when a unit is its own ancestor; else None."""
    by_id = _by_id(units)
    done = set()
    for start in by_id:
        path, on_path = [], set()
        uid = start
        while uid is not None and uid in by_id and uid not in done:
            if uid in on_path:
                cycle = path[path.index(uid) :]
                raise RuleError(
                    "department_cycle",
                    _(
                        "These departments form a cycle: %(names)s. A department cannot be under itself."
                    ),
                    names=" > ".join(by_id[u].name or f"#{u}" for u in [*cycle, uid]),
                )
            on_path.add(uid)
            path.append(uid)
            uid = by_id[uid].parent_id or None
        done.update(path)


def setda_of(by_id):
    """The id of the Sekretariat Daerah among ``by_id`` ({id: Unit}), or None."""
    pds = sorted(u.id for u in by_id.values() if u.is_pd and u.kind == SETDA)
    return pds[0] if pds else None


def above(by_id, uid, setda=None):
    """The unit whose head is the next superior of the head of ``uid`` (R2, R8): the parent; for
    a Perangkat Daerah the Sekretariat Daerah (a PD head answers to the Sekda); above the
    Sekretariat Daerah none (the Bupati is not an employee). The one upward step of the
    resolver, the review chain (:mod:`.review`) and the workflow roles (the models)."""
    if by_id[uid].is_pd:
        setda = setda if setda is not None else setda_of(by_id)
        return setda if setda not in (None, uid) else None
    parent = by_id[uid].parent_id
    return parent if parent in by_id else None


def first_filled(by_id, uid, setda=None, memo=None):
    """(unit, head, vacant units skipped): the first filled post at or above ``uid``, a vacant
    post passing upward by :func:`above` (R2). ``memo``: a dict reused across calls."""
    memo = {} if memo is None else memo
    if uid is None:
        return None, None, ()
    if uid in memo:
        return memo[uid]
    setda = setda if setda is not None else setda_of(by_id)
    path, cur, seen = [], uid, set()
    while cur is not None and cur not in memo and cur not in seen:
        seen.add(cur)
        head = by_id[cur].head_id
        if head:
            memo[cur] = (cur, head, ())
            break
        path.append(cur)
        cur = above(by_id, cur, setda)
    found = memo[cur] if cur is not None and cur in memo else (None, None, ())
    for vacant in reversed(path):
        found = (found[0], found[1], (vacant, *found[2]))
        memo[vacant] = found
    return memo[uid]


def unit_levels(units):
    """{unit_id: (pd_id, level)}: level 1 for a PD, 2, 3... below it; (None, 0) outside a PD.

    The nearest PD above a unit is its PD. Raises ``department_cycle`` on a cycle.
    """
    by_id = _by_id(units)
    find_cycle(by_id)
    levels = {}
    for start in by_id:
        path = []
        uid = start
        while uid is not None and uid in by_id and uid not in levels:
            path.append(uid)
            uid = by_id[uid].parent_id or None
        pd_id, level = levels.get(uid, (None, 0))
        for uid in reversed(path):
            if by_id[uid].is_pd:
                pd_id, level = uid, 1
            elif pd_id is not None:
                level += 1
            levels[uid] = (pd_id, level)
    return levels


def jabatan_level(units, person_id, levels=None):
    """The level of the unit ``person_id`` heads (the highest one if several); 0 if none."""
    by_id = _by_id(units)
    levels = levels if levels is not None else unit_levels(by_id)
    found = [levels[u.id][1] for u in by_id.values() if u.head_id == person_id]
    found = [lvl for lvl in found if lvl]
    return min(found) if found else 0


def subtree(units, unit_id):
    """The ids of ``unit_id`` and every unit below it."""
    by_id = _by_id(units)
    children = {}
    for u in by_id.values():
        if u.parent_id:
            children.setdefault(u.parent_id, []).append(u.id)
    result, todo = set(), [unit_id]
    while todo:
        uid = todo.pop()
        if uid not in result:
            result.add(uid)
            todo.extend(children.get(uid, ()))
    return result


def affected_people(units, people, unit_id):
    """Ids of the people whose result may change when ``unit_id`` changes (parent, kind, head,
    overrides): everyone placed in its subtree and the heads of its units. A change at or above
    the Sekretariat Daerah reaches every PD head and the atasan PPK of many: then everyone.
    (A person's own change affects him and, if he heads units, their subtrees; a delegation
    affects only the delegating person.)
    """
    by_id = _by_id(units)
    ids = subtree(by_id, unit_id)
    people = list(people)
    if any(by_id[u].kind == SETDA and by_id[u].is_pd for u in ids):
        return {p.id for p in people}
    heads = {by_id[u].head_id for u in ids if by_id[u].head_id}
    return {p.id for p in people if p.unit_id in ids} | heads


def check_delegation(person_id, delegate_id, person_name=""):
    """R7: refuse a delegation of a person's appraisal to himself."""
    if delegate_id == person_id:
        raise RuleError(
            "self_delegation",
            _("%(person)s cannot be delegated to appraise himself (R7)."),
            person=person_name or f"#{person_id}",
        )


class _Resolver:
    """Precomputed walks over one tree; every walk is memoised per unit (no per-person walk)."""

    def __init__(self, units, people, policy):
        validate_policy(policy)
        self.policy = policy
        self.units = _by_id(units)
        self.levels = unit_levels(self.units)
        self.people = {p.id: p for p in people}
        for unit in self.units.values():
            if unit.kind not in KIND_LABELS:
                raise RuleError("unknown_kind", _("Unknown unit kind: %(kind)s"), kind=unit.kind)
            for mode in (unit.ppk_override, unit.puo_override):
                if mode:
                    _check_mode(mode, unit.name or f"#{unit.id}")
        pds = sorted(u.id for u in self.units.values() if u.is_pd and u.kind == SETDA)
        self.setda = pds[0] if pds else None
        self.sub_kinds = frozenset(policy.sub_kinds)
        self.rules = {(r.kind, r.group): r for r in policy.rules}
        self.ceiling = {(c.appraisee, c.kind): c for c in policy.ceiling}
        self.headed = self._headed_units()
        # PDs with a Bidang: more than one structural level (KRA Ps 36)
        self.multi_level = {self.levels[u.id][0] for u in self.units.values() if u.kind == "bidang"}
        self._filled, self._staff, self._superior, self._ranks = {}, {}, {}, {}

    # names ----------------------------------------------------------------------------------

    def pname(self, pid):
        person = self.people.get(pid)
        return (person.name if person else "") or f"#{pid}"

    def uname(self, uid):
        return self.units[uid].name or f"#{uid}"

    def position(self, pid):
        person = self.people.get(pid)
        return pos.position_label(person.jabatan_type, person.jenjang) if person else "-"

    # walks ----------------------------------------------------------------------------------

    def _headed_units(self):
        """{person_id: the unit he heads}: his own unit if he heads it, else the highest."""
        depth = {}
        for uid in self.units:  # depth from the root, for "the highest"
            d, cur = 0, self.units[uid].parent_id
            while cur in self.units:
                d, cur = d + 1, self.units[cur].parent_id
            depth[uid] = d
        headed = {}
        for unit in sorted(self.units.values(), key=lambda u: (depth[u.id], u.id)):
            if unit.head_id and unit.head_id not in headed:
                headed[unit.head_id] = unit.id
        for pid in list(headed):
            person = self.people.get(pid)
            if (
                person
                and person.unit_id in self.units
                and self.units[person.unit_id].head_id == pid
            ):
                headed[pid] = person.unit_id
        return headed

    def parent(self, uid):
        pid = self.units[uid].parent_id
        return pid if pid in self.units else None

    def above(self, uid):
        """The unit whose head is the next superior of the head of ``uid``.

        The parent unit; for a PD, the Sekretariat Daerah (a PD head answers to the Sekda);
        for the Sekretariat Daerah itself, none (the Bupati is not an employee).
        """
        return above(self.units, uid, self.setda)

    def filled(self, uid):
        """(unit, head, vacant units skipped): the first filled post at or above ``uid`` (R2)."""
        return first_filled(self.units, uid, self.setda, self._filled)

    def leader(self, uid, level2=False):
        """(leading unit, Level-3 sub-units skipped on the way): R9. ``level2``: a sub-unit
        directly under a PD leads (it is Level 2, BKS Ps 69(2))."""
        skipped, cur = [], uid
        while True:
            unit = self.units[cur]
            parent = self.parent(cur)
            if unit.kind not in self.sub_kinds or unit.is_pd or parent is None:
                return cur, skipped
            if level2 and self.units[parent].is_pd:
                return cur, skipped
            skipped.append(cur)
            cur = parent

    def target(self, mode, uid):
        """The unit whose head ``mode`` names for staff placed in ``uid``."""
        if mode == UNIT_HEAD:
            return uid
        if mode == PD_HEAD and self.levels[uid][0] is not None:
            return self.levels[uid][0]
        pd_id = self.levels[uid][0]
        if mode == ONE_LEVEL_PD_HEAD and pd_id is not None and pd_id not in self.multi_level:
            return pd_id
        return self.leader(uid, level2=mode == LEVEL2_HEAD)[0]

    def rule_for(self, uid, group):
        """(rule, unit that selected it, ppk override, puo override); see the module doc."""
        ppk_o = puo_o = None
        cur = uid
        while cur is not None:
            unit = self.units[cur]
            if ppk_o is None and unit.ppk_override:
                ppk_o = (unit.ppk_override, cur)
            if puo_o is None and unit.puo_override:
                puo_o = (unit.puo_override, cur)
            rule = self.rules.get((unit.kind, group)) or self.rules.get((unit.kind, ALL))
            if rule:
                return rule, cur, ppk_o, puo_o
            if unit.is_pd:
                break
            cur = self.parent(cur)
        rule = self.rules.get((DEFAULT, group)) or self.rules.get((DEFAULT, ALL))
        home = self.levels[uid][0] or uid
        return rule or _BUILTIN_DEFAULT, home, ppk_o, puo_o

    def rank(self, pid):
        if pid not in self._ranks:
            person = self.people.get(pid)
            try:
                self._ranks[pid] = pos.rank(person.jabatan_type, person.jenjang) if person else None
            except RuleError:
                self._ranks[pid] = 0
        return self._ranks[pid]

    def superior(self, pid):
        """R8: the next filled head above the post ``pid`` holds (none above the Sekda)."""
        if pid not in self._superior:
            hu = self.headed.get(pid)
            if hu is not None:
                nxt = self.above(hu)
                sup = self.filled(nxt)[1] if nxt is not None else None
            else:
                person = self.people.get(pid)
                sup = None
                if person and person.unit_id in self.units:
                    sup = self.filled(person.unit_id)[1]
            self._superior[pid] = sup if sup != pid else None
        return self._superior[pid]

    # R5 -------------------------------------------------------------------------------------

    def passes(self, head_id, cand_uid, line, appraisee_rank):
        """May ``head_id`` (head of ``cand_uid``) appraise this class? (R5, R6)."""
        if line is not None and line.pd_head and self.levels[cand_uid][1] > 1:
            return False
        head = self.people.get(head_id)
        if head is None:  # not loaded: nothing to check against
            return True
        if head.jabatan_type == pos.FUNGSIONAL:  # a JF leading a unit (R3)
            return not (self.policy.jf_leader_strict and self.rank(head_id) <= appraisee_rank)
        if line is not None and line.min_position:
            return self.rank(head_id) >= pos.rank(line.min_position)
        return True

    def ceiling_line(self, jabatan_type, jenjang, rule_kind):
        """The ceiling line for this position under the rule of ``rule_kind``, or None."""
        if jabatan_type == pos.FUNGSIONAL:
            cls = jenjang
        elif jabatan_type == pos.PELAKSANA:
            cls = pos.PELAKSANA
        else:
            return None
        return self.ceiling.get((cls, rule_kind)) or self.ceiling.get((cls, None))

    def apply_ceiling(self, jabatan_type, jenjang, rule_kind, ppk_unit, ppk_id, out):
        """Go up from the policy's PPK to the first head allowed to appraise (R5), unless the
        policy applies no jenjang ceiling (``jenjang_ceiling`` off)."""
        if not self.policy.jenjang_ceiling:
            return ppk_unit, ppk_id
        if jabatan_type == pos.FUNGSIONAL:
            if jenjang not in pos.JENJANG_LABELS:
                out["problems"].append("jf_without_jenjang")
                out["reasons"].append(
                    (
                        _(
                            "This functional position has no jenjang: the jenjang ceiling (R5) was not checked."
                        ),
                        {},
                    )
                )
                return ppk_unit, ppk_id
            cls = jenjang
        elif jabatan_type == pos.PELAKSANA:
            cls = pos.PELAKSANA
        else:
            return ppk_unit, ppk_id
        if ppk_id is None:
            return ppk_unit, ppk_id
        line = self.ceiling.get((cls, rule_kind)) or self.ceiling.get((cls, None))
        appraisee_rank = pos.rank(jabatan_type, jenjang)
        cand_unit, cand_id, vacant = ppk_unit, ppk_id, []
        while cand_id is not None and not self.passes(cand_id, cand_unit, line, appraisee_rank):
            nxt = self.above(cand_unit)
            cand_unit, cand_id, skipped = self.filled(nxt)
            vacant.extend(skipped)
        label = _APPRAISEE_LABELS.get(cls, cls)
        if cand_id is None:
            out["problems"].append("ppk_below_ceiling")
            out["reasons"].append(
                (
                    _(
                        "No post above %(unit)s may appraise a %(jenjang)s (R5): %(ppk)s is kept as PPK and must be checked."
                    ),
                    {"unit": self.uname(ppk_unit), "jenjang": label, "ppk": self.pname(ppk_id)},
                )
            )
            return ppk_unit, ppk_id
        if cand_id != ppk_id:
            out["reasons"].append(
                (
                    _(
                        "%(jenjang)s: %(head)s (%(position)s) may not be the PPK at this jenjang (R5); the PPK is %(ppk)s (%(ppk_position)s), the next post up that may."
                    ),
                    {
                        "jenjang": label,
                        "head": self.pname(ppk_id),
                        "position": self.position(ppk_id),
                        "ppk": self.pname(cand_id),
                        "ppk_position": self.position(cand_id),
                    },
                )
            )
            self.vacancy_reasons(vacant, cand_unit, cand_id, out)
        return cand_unit, cand_id

    def vacancy_reasons(self, vacant, unit_id, head_id, out):
        """R2: name the first vacant post skipped and the post that stands in."""
        if vacant and head_id is not None:
            out["reasons"].append(
                (
                    _(
                        "The post of head of %(unit)s is vacant: the next filled post above, %(head)s (head of %(head_unit)s), stands in (R2)."
                    ),
                    {
                        "unit": self.uname(vacant[0]),
                        "head": self.pname(head_id),
                        "head_unit": self.uname(unit_id),
                    },
                )
            )

    # per position ---------------------------------------------------------------------------

    def staff(self, uid, jabatan_type, jenjang):
        """The result shared by every non-head placed in ``uid`` with this position."""
        key = (uid, jabatan_type, jenjang)
        if key in self._staff:
            return self._staff[key]
        group = jabatan_type if jabatan_type in (pos.PELAKSANA, pos.FUNGSIONAL) else ALL
        rule, _rule_uid, ppk_o, puo_o = self.rule_for(uid, group)  # R6
        ppk_mode = ppk_o[0] if ppk_o else rule.ppk
        puo_mode = puo_o[0] if puo_o else rule.puo
        out = {"reasons": [], "problems": []}
        ppk_unit, ppk_id, ppk_vac = self.filled(self.target(ppk_mode, uid))  # R2
        puo_unit, puo_id, puo_vac = self.filled(self.target(puo_mode, uid))
        out["reasons"].append(
            (
                _("Rule for %(rule)s (%(source)s): PPK %(ppk)s, PUO %(puo)s (R2, R6)."),
                {
                    "rule": KIND_LABELS.get(rule.kind, "other units"),
                    "source": rule.source or self.policy.label or self.policy.key,
                    "ppk": self.pname(ppk_id) if ppk_id else "-",
                    "puo": self.pname(puo_id) if puo_id else "-",
                },
            )
        )
        for override in (ppk_o, puo_o):
            if override:
                out["reasons"].append(
                    (
                        _(
                            "%(unit)s overrides the policy for its staff: %(role)s by mode %(mode)s (R6)."
                        ),
                        {
                            "unit": self.uname(override[1]),
                            "role": "PPK" if override is ppk_o else "PUO",
                            "mode": override[0],
                        },
                    )
                )
        self.vacancy_reasons(ppk_vac, ppk_unit, ppk_id, out)
        if puo_vac and puo_vac != ppk_vac:
            self.vacancy_reasons(puo_vac, puo_unit, puo_id, out)
        policy_ppk = ppk_id
        ppk_unit, ppk_id = self.apply_ceiling(  # R5
            jabatan_type, jenjang, rule.kind, ppk_unit, ppk_id, out
        )
        line = self.ceiling_line(jabatan_type, jenjang, rule.kind)
        if ppk_id != policy_ppk and ppk_id and puo_o is None and line is not None and line.puo_too:
            out["reasons"].append(
                (
                    _PUO_TOO_REASON,
                    {
                        "head": self.pname(puo_id) if puo_id else "-",
                        "jenjang": _APPRAISEE_LABELS.get(line.appraisee, line.appraisee),
                        "puo": self.pname(ppk_id),
                    },
                )
            )
            puo_id = ppk_id
        elif ppk_id != policy_ppk and puo_id is not None:
            out["reasons"].append(
                (
                    _(
                        "%(puo)s stays PUO: gives the assignments, sets the targets after coordinating with the PPK and sends the PPK a rating recommendation (R5)."
                    ),
                    {"puo": self.pname(puo_id)},
                )
            )
        coordinator = None
        if rule.coordinates:  # R9
            for sub in self.leader(uid)[1]:
                head = self.units[sub].head_id
                if head and head not in (ppk_id, puo_id):
                    coordinator = head
                    out["reasons"].append(
                        (
                            _R9_REASON,
                            {"coordinator": self.pname(head), "unit": self.uname(sub)},
                        )
                    )
                    break
        if ppk_id is None:
            self.no_ppk(uid, out)
        result = (ppk_id, puo_id, coordinator, rule.kind, out["reasons"], out["problems"])
        self._staff[key] = result
        return result

    def no_ppk(self, uid, out):
        out["problems"].append("no_ppk")
        out["reasons"].append(
            (_("No filled post above %(unit)s can be PPK (R2)."), {"unit": self.uname(uid)})
        )

    def head(self, person, hu):
        """A unit head: appraised and led by the head of the unit above (R2); PD head: Sekda."""
        out = {"reasons": [], "problems": []}
        params = {"person": self.pname(person.id), "unit": self.uname(hu)}
        if hu == self.setda:
            out["reasons"].append(
                (
                    _(
                        "%(person)s is the Sekretaris Daerah: appraised by the Bupati, who is not an employee, so there is no PPK here."
                    ),
                    params,
                )
            )
            return None, None, None, "sekda", out["reasons"], out["problems"]
        nxt = self.above(hu)
        group = person.jabatan_type if person.jabatan_type in _GROUP_CODES else ALL
        rule = self.rule_for(hu, group)[0]
        pd_id = self.levels[hu][0]
        # KRA Ps 39(2): the head of a PD of one structural level (no Bidang) appraises and
        # assigns every head below him too (the Sekretaris and the Kasubbag in the Sekretariat)
        one_level = (
            not self.units[hu].is_pd and pd_id is not None
            and ONE_LEVEL_PD_HEAD in (rule.ppk, rule.puo)
            and self.target(ONE_LEVEL_PD_HEAD, hu) == pd_id
        )
        if one_level:
            nxt = pd_id
        ppk_unit, ppk_id, vacant = self.filled(nxt)
        params["ppk"] = self.pname(ppk_id) if ppk_id else "-"
        if self.units[hu].is_pd:
            template = _(
                "%(person)s heads the Perangkat Daerah %(unit)s: PPK and PUO are the Sekretaris Daerah, %(ppk)s."
            )
        elif one_level:
            template = _(
                "%(person)s heads %(unit)s in a Perangkat Daerah of one structural level: PPK and PUO are the head of the Perangkat Daerah, %(ppk)s (R6)."
            )
        else:
            template = _(
                "%(person)s heads %(unit)s: PPK and PUO are the head of the unit above, %(ppk)s (R2)."
            )
        out["reasons"].append((template, params))
        self.vacancy_reasons(vacant, ppk_unit, ppk_id, out)
        puo_id = ppk_id
        if ppk_id is not None:
            ppk_unit, ppk_id = self.apply_ceiling(  # R5: a JF head too
                person.jabatan_type, person.jenjang, rule.kind, ppk_unit, ppk_id, out
            )
        if ppk_id is None:
            self.no_ppk(hu, out)
        return ppk_id, puo_id, None, "head", out["reasons"], out["problems"]

    def person(self, person, delegation):
        """The full :class:`Resolution` of one person."""
        hu = self.headed.get(person.id)
        if hu is not None:
            ppk_id, puo_id, coord, rule, reasons, problems = self.head(person, hu)
        elif person.unit_id in self.units:
            ppk_id, puo_id, coord, rule, reasons, problems = self.staff(
                person.unit_id, person.jabatan_type, person.jenjang
            )
        else:
            return Resolution(
                person.id,
                reasons=[
                    (
                        _("%(person)s is not placed in a known unit."),
                        {"person": self.pname(person.id)},
                    )
                ],
                problems=["no_unit"],
            )
        res = Resolution(
            person.id, ppk_id, puo_id, None, coord, rule, None, list(reasons), list(problems)
        )
        if delegation:  # R7
            delegate_id, decree = delegation
            check_delegation(person.id, delegate_id, person.name)
            res.reasons.append(
                (
                    _(
                        "PPK delegated to %(delegate)s by decree %(decree)s instead of %(computed)s (R7): the delegate consults the unit leader and his own PPK."
                    ),
                    {
                        "delegate": self.pname(delegate_id),
                        "decree": decree or "-",
                        "computed": self.pname(ppk_id) if ppk_id else "-",
                    },
                )
            )
            res.ppk_id, res.decree = delegate_id, decree or ""
            if any(template == _PUO_TOO_REASON for template, _params in res.reasons):
                res.puo_id = delegate_id  # MUN Lamp D.5 b(13): the delegate assigns too
            if res.coordinator_id == delegate_id:  # the coordinator now appraises (R9 ends)
                res.coordinator_id = None
                res.reasons = [r for r in res.reasons if r[0] != _R9_REASON]
            if "no_ppk" in res.problems:
                res.problems.remove("no_ppk")
        if res.ppk_id is not None:  # R8
            res.atasan_ppk_id = self.superior(res.ppk_id)
            if res.atasan_ppk_id is not None:
                res.reasons.append(
                    (
                        _("Atasan PPK: %(atasan)s, the PPK's own superior (R8)."),
                        {"atasan": self.pname(res.atasan_ppk_id)},
                    )
                )
            elif self.headed.get(res.ppk_id) == self.setda:
                res.reasons.append(
                    (
                        _(
                            "The PPK is the Sekretaris Daerah, whose superior (the Bupati) is not an employee: no atasan PPK (R8)."
                        ),
                        {},
                    )
                )
        return res


def resolve(units, people, policy, delegations=None, only=None):
    """{person_id: Resolution} for ``people`` (or only the ids in ``only``).

    ``delegations``: {person_id: (delegate_person_id, decree_no)} currently valid (R7); a
    person delegated to himself raises RuleError ``self_delegation``. Raises
    ``department_cycle``, ``unknown_kind`` or ``unknown_mode`` on bad input.
    """
    people = list(people)
    resolver = _Resolver(units, people, policy)
    delegations = delegations or {}
    wanted = None if only is None else set(only)
    return {
        p.id: resolver.person(p, delegations.get(p.id))
        for p in people
        if wanted is None or p.id in wanted
    }


def officials_for_unit(units, people, policy, unit_id, jabatan_type=pos.FUNGSIONAL, jenjang=None):
    """(PPK id, PUO id) of a staff member not named yet, placed in ``unit_id``: the officials a
    request "to the PPK where the Pejabat Fungsional sits" goes to (KRA Ps 14(3)(a)-(b), with
    Ps 41(2)(b): in a Dinas the Kepala Dinas, not the head of the chosen Bidang). ``people``
    needs the unit heads only; without a jenjang no ceiling is checked."""
    resolver = _Resolver(units, people, policy)
    if unit_id not in resolver.units:
        return None, None
    ppk_id, puo_id = resolver.staff(unit_id, jabatan_type, jenjang)[:2]
    return ppk_id, puo_id


def check_delegate(employee_id, delegate_id, delegate_superior_ids):
    """R7: the head of a PD gives an employee's appraisal to another official; never to one of
    the employee's own subordinates (the appraisee may not stand above the one appraising him).
    ``delegate_superior_ids``: everyone above the delegate (unit heads upward, his officials)."""
    if employee_id and employee_id in set(delegate_superior_ids or ()):
        raise RuleError(
            "delegate_subordinate",
            _("The delegated appraiser is a subordinate of the employee: a subordinate cannot "
              "appraise their own superior (R7)."),
        )
