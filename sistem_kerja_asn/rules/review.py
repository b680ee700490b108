"""Doing, reporting and reviewing the work (R30-R33).

R30 Stages
    :data:`STAGES` (perencanaan, pelaksanaan, evaluasi; KRA Ps 8; MUN Lampiran II.A) and
    :func:`stage_of`, which places a state of an assignment (:data:`.penugasan.STATES`), of a team
    (:data:`.tim_kerja.STATES`), of a work report (:data:`STATES` below) or of a raised problem
    (:data:`ESCALATION_STATES`) in its stage. Setting up an assignment or a team is planning
    (KRA Ps 8 a.1-a.2: assigning, deciding on teams and a ketua); an active assignment or an
    established team is being carried out; a report is prepared (and revised) during pelaksanaan
    ("penyampaian hasil", KRA Ps 8 b.3) and is in evaluasi once it waits for a reviewer, up to its
    acceptance and hand-over (KRA Ps 8 c). A closed team is in evaluasi (its results are reviewed
    and handed over). A refused or cancelled assignment and a dissolved team are in no stage (None).

R31 Reporting lines
    :func:`report_recipients` names the roles (codes of :data:`.penugasan.ROLES` and
    :data:`.tim_kerja.ROLES`) that receive a progress or final report: an individual reports to the
    PUO (KRA Ps 19; MUN Ps 16), an anggota to the ketua (KRA Ps 20(1)), the ketua to the PUO of the
    unit that owns the work (KRA Ps 20(2), 17(2)(b)); Barito Timur adds the PPK (BRT Ps 15, 16(2):
    options ``individual_reports_to_ppk`` and ``ketua_reports_to_ppk``). :func:`may_request_report`:
    the PUO may ask the ketua or any member for a report at any time (KRA Ps 20(3); MUN Ps 17(4);
    BRT Ps 16(3)).

R32 Stepwise review
    :func:`review_chain` lists, as :class:`ReviewStep`, whose heads review a result, from the unit it
    is submitted from up each structural level to the *review top*, whose head is Level 1 and accepts
    (KRA Ps 29(4), 35(4), 42(4), 45(4), 48(4), 51(4); MUN Lampiran D.1-D.9 c.3; BKS Ps 13, 22, 49, 67,
    76, 85; BRT Lampiran I; DPS Lampiran B). The review top is the nearest unit at or above the start
    that is a Perangkat Daerah or whose kind is in ``review_top_kinds`` (Kelurahan, UPTD, Puskesmas,
    Satuan Pendidikan, RSUD: their own head accepts, KRA Ps 48(4)(c), 51(4)(c); MUN D.5, D.7-D.9;
    BKS lets the Camat accept the Kelurahan's work, Ps 85(3)-(4)). Levels count from the review top
    (its head is Level 1, the unit below Level 2...): in the Setda the chain is Kepala Bagian ->
    Asisten -> Sekda (KRA Ps 29(4); MUN D.1 c.3; BKS Ps 13), with a Biro Kepala Bagian -> Kepala
    Biro -> Asisten -> Sekda (BRT Lampiran I.1 7)).

    Level-3 sub-units (a Subbagian or Seksi, ``review_sub_kinds``): where a Pengawas remains he
    coordinates the substance work like a ketua (R9) and hands his results to the Level 2 official;
    the texts have the Level 2 official review the work of "Pejabat Level III / Tim Kerja /
    Individu" (MUN D.1-D.4 c.3; KRA Ps 29(4), 42(4); BKS Ps 13(2), 22(2)). So by default
    (``sub_unit_review`` mode ``level2``) a Subbagian/Seksi head reviews only when his unit sits
    directly under the review top, i.e. *is* the Level 2 unit (the Kasi of a Kecamatan, MUN D.6,
    KRA Ps 45(4); the Seklur and Kasi of a Kelurahan, KRA Ps 48(4); the Kasi of an
    Administrator-led RSUD, BKS Ps 76(2)), and a deeper one is passed over: the chain starts at its
    Level 2 parent. Per kind of the review top, a preset may say ``always`` (the Pengawas reviews
    first: RSUD, MUN D.5 c.3; Kecamatan with its Kelurahan, BKS Ps 85(2) "melalui Kepala Sub
    Bagian"; PDs that still have Pengawas, BRT Lampiran I.2 second part) or ``never`` (only the head
    of the top reviews: Kelurahan and UPTD whose Kasubag TU coordinates, MUN D.7, D.9; Kecamatan,
    DPS Lampiran B.4).

    A vacant post is listed but skipped (``skipped_vacant``): the review passes to the next level up
    (R2). When the Level 1 post itself is vacant (or held by the submitter), the next filled post
    above the review top stands in (role ``stand_in``): for a Perangkat Daerah the Sekda, for a
    Kelurahan, UPTD or Puskesmas the head of the unit above. The submitter never reviews his own
    work (``skip`` ``submitter``), and one person heading two posts of the chain (an acting head)
    reviews once, at the higher one (``skip`` ``reviews_later``). A Pengendali Tim Kerja, given as
    ``pengendali_id``, reviews just before Level 1 (BKS Ps 43(6), 46(2), 49(2); R28).

    The review itself is a small state machine (:data:`TRANSITIONS`): draft -(submit)-> submitted
    (at the first step) -(accept)-> in_review (at the next step) ... -(accept at the last step)->
    accepted; -(return, with a reason)-> returned (at any step: MUN D.1 c.3 b), KRA Ps 51(4)(b))
    -(submit)-> resubmitted, which restarts at the first step of the chain. :func:`review_transition`
    is the gate's answer, :func:`may_review` who may act (it raises ``own_report``,
    ``already_reviewed``, ``not_reviewer``), :func:`check_submittable` refuses a report on an
    assignment or team that is closed, refused, cancelled or dissolved (or not active yet).

R33 Escalation
    :func:`escalation_targets`: a team raises problems and obstacles, with alternative
    recommendations, to the PUO of the unit that owns the work; where other units are involved, to
    each member's own PUO too (KRA Ps 17(1)(b)(3), 17(2)(c)-(d), 17(3)(d)-(e); MUN Lampiran B.c;
    DPS Lampiran A.4). :func:`check_escalation` requires the problem and at least one alternative;
    :data:`ESCALATION_TRANSITIONS`: raised -> answered (the decision or follow-up) -> closed.

Options
    The work-system options plus this module's own (:data:`REVIEW_OPTION_KEYS`), per preset in
    :mod:`.presets` (:data:`REVIEW_OPTIONS`):
    :func:`get_review_options` returns both for a preset, :func:`resolve_review_options` fills a
    partial or edited dict (missing keys come from the preset named by its ``key``, else national).
"""

from dataclasses import dataclass

from . import penugasan as pg
from . import presets
from . import tim_kerja as tk
from .errors import RuleError
from .errors import _
from .kedudukan import KIND_LABELS
from .kedudukan import Unit
from .kedudukan import above as kedudukan_above
from .kedudukan import find_cycle

__all__ = [
    "ACTIONS",
    "ESCALATION_ACTIONS",
    "ESCALATION_STATES",
    "ESCALATION_TRANSITIONS",
    "REVIEW_OPTIONS",
    "REVIEW_OPTION_KEYS",
    "STAGES",
    "STATES",
    "SUB_UNIT_MODES",
    "TRANSITIONS",
    "ReviewStep",
    "allowed_actions",
    "can_review",
    "check_escalation",
    "check_individual_escalation",
    "check_review_options",
    "check_submittable",
    "current_reviewer",
    "current_step",
    "escalation_may_act",
    "escalation_targets",
    "escalation_transition",
    "first_step",
    "get_review_options",
    "individual_escalation_roles",
    "may_request_report",
    "may_review",
    "report_recipients",
    "resolve_review_options",
    "review_chain",
    "review_transition",
    "stage_of",
]

# --- R30: stages ----------------------------------------------------------------------------

PERENCANAAN = "perencanaan"
PELAKSANAAN = "pelaksanaan"
EVALUASI = "evaluasi"
STAGES = [
    (PERENCANAAN, "Planning (perencanaan)"),
    (PELAKSANAAN, "Implementation (pelaksanaan)"),
    (EVALUASI, "Evaluation (evaluasi)"),
]
STAGE_LABELS = dict(STAGES)

# The kinds of record stage_of() knows.
PENUGASAN = "penugasan"
TIM_KERJA = "tim_kerja"
REVIEW = "review"
ESCALATION = "escalation"
STAGE_KINDS = [
    (PENUGASAN, "Assignment"),
    (TIM_KERJA, "Work team"),
    (REVIEW, "Work report"),
    (ESCALATION, "Raised problem"),
]

# --- R32: the review of a work report -------------------------------------------------------

DRAFT = "draft"
SUBMITTED = "submitted"
IN_REVIEW = "in_review"
RETURNED = "returned"
RESUBMITTED = "resubmitted"
ACCEPTED = "accepted"
STATES = [
    (DRAFT, "Draft"),
    (SUBMITTED, "Submitted"),
    (IN_REVIEW, "In review"),
    (RETURNED, "Returned for revision"),
    (RESUBMITTED, "Resubmitted"),
    (ACCEPTED, "Accepted"),
]
TERMINAL = frozenset({ACCEPTED})
REVIEWING = frozenset({SUBMITTED, IN_REVIEW, RESUBMITTED})  # a step of the chain acts

SUBMIT = "submit"
ACCEPT = "accept"
RETURN = "return"
ACTIONS = [(SUBMIT, _("Submit")), (ACCEPT, _("Accept")), (RETURN, _("Return for revision"))]
REASON_ACTIONS = frozenset({RETURN})

# Who acts: the one who submits (the individual or the ketua, R32) or the current step's reviewer.
SUBMITTER = "submitter"
REVIEWER = "reviewer"

# R32: {state: {action: (next state, who acts)}}. ACCEPT at the last step of the chain leads to
# ACCEPTED instead (see review_transition()); every submit starts at the first step.
TRANSITIONS = {
    DRAFT: {SUBMIT: (SUBMITTED, SUBMITTER)},
    SUBMITTED: {ACCEPT: (IN_REVIEW, REVIEWER), RETURN: (RETURNED, REVIEWER)},
    IN_REVIEW: {ACCEPT: (IN_REVIEW, REVIEWER), RETURN: (RETURNED, REVIEWER)},
    RESUBMITTED: {ACCEPT: (IN_REVIEW, REVIEWER), RETURN: (RETURNED, REVIEWER)},
    RETURNED: {SUBMIT: (RESUBMITTED, SUBMITTER)},
}

# Roles of a review step, and why a step is passed over.
HEAD = "head"
PENGENDALI = tk.PENGENDALI
STAND_IN = "stand_in"
SKIP_VACANT = "vacant"
SKIP_SUBMITTER = "submitter"
SKIP_REVIEWS_LATER = "reviews_later"

# R32: how a Subbagian / Seksi head takes part, per kind of the review top (see the module doc).
LEVEL2 = "level2"
ALWAYS = "always"
NEVER = "never"
SUB_UNIT_MODES = [
    (LEVEL2, "Reviews only as the Level 2 unit (directly under Level 1)"),
    (ALWAYS, "Reviews first, before the level above"),
    (NEVER, "Only coordinates: the head above reviews"),
]
_SUB_UNIT_MODE_CODES = frozenset(code for code, _label in SUB_UNIT_MODES)
DEFAULT_MODE_KEY = "default"

# --- R33: problems raised by a team ---------------------------------------------------------

RAISED = "raised"
ANSWERED = "answered"
CLOSED = "closed"
ESCALATION_STATES = [(RAISED, "Raised"), (ANSWERED, "Answered"), (CLOSED, "Closed")]
ANSWER = "answer"
CLOSE = "close"
ESCALATION_ACTIONS = [(ANSWER, _("Answer")), (CLOSE, _("Close"))]
# {state: {action: (next state, roles who may act)}}: the owning PUO decides, a member's own PUO
# follows up for his unit (KRA Ps 17(2)(c)-(d)); the ketua or the owning PUO closes, and for a
# problem raised by one employee working alone, that employee (R33, as the ketua for a team).
ESCALATION_TRANSITIONS = {
    RAISED: {
        ANSWER: (ANSWERED, (pg.PUO_OWNER, pg.PUO_EMPLOYEE)),
        CLOSE: (CLOSED, (tk.KETUA, pg.PUO_OWNER, pg.EMPLOYEE)),
    },
    ANSWERED: {CLOSE: (CLOSED, (tk.KETUA, pg.PUO_OWNER, pg.EMPLOYEE))},
}

_STATE_LABELS = dict(STATES)
_ACTION_LABELS = dict(ACTIONS)
_ESC_STATE_LABELS = dict(ESCALATION_STATES)
_ESC_ACTION_LABELS = dict(ESCALATION_ACTIONS)
_PG_STATE_LABELS = dict(pg.STATES)
_TK_STATE_LABELS = dict(tk.STATES)

# R30: the stage of each state of each kind of record.
_PG_ACTIVE = frozenset({pg.DELIVERED, pg.DONE})
_PG_ENDED = frozenset({pg.REFUSED, pg.CANCELLED})
_STAGE_OF = {
    PENUGASAN: {
        state: PELAKSANAAN if state in _PG_ACTIVE else None if state in _PG_ENDED else PERENCANAAN
        for state, _label in pg.STATES
    },
    TIM_KERJA: {
        tk.DRAFT: PERENCANAAN,
        tk.PROPOSED: PERENCANAAN,
        tk.ESTABLISHED: PELAKSANAAN,
        tk.CLOSED: EVALUASI,
        tk.DISSOLVED: None,
    },
    REVIEW: {
        DRAFT: PELAKSANAAN,
        RETURNED: PELAKSANAAN,
        SUBMITTED: EVALUASI,
        IN_REVIEW: EVALUASI,
        RESUBMITTED: EVALUASI,
        ACCEPTED: EVALUASI,
    },
    ESCALATION: {RAISED: PELAKSANAAN, ANSWERED: PELAKSANAAN, CLOSED: PELAKSANAAN},
}

# --- options --------------------------------------------------------------------------------

# R32, R31: this module's options, per preset in rules/presets/ (national where a regency is silent).
REVIEW_OPTIONS = presets.REVIEW_OPTIONS
REVIEW_OPTION_KEYS = presets.REVIEW_OPTION_KEYS


def get_review_options(preset_key="national"):
    """The work-system and review options of ``preset_key`` (:func:`.presets.get_all_options`)."""
    return presets.get_all_options(preset_key)


def resolve_review_options(options=None):
    """``options`` over the options of the preset named by its ``key`` (national if none)."""
    return presets.complete(options)


def _invalid(option, value):
    return RuleError(
        "invalid_option",
        _("Invalid work-system option %(option)s: %(value)s"),
        option=option,
        value=repr(value),
    )


def check_review_options(options=None):
    """Raise RuleError ``invalid_option`` unless this module's options are valid; return them."""
    opts = resolve_review_options(options)
    for name in ("review_top_kinds", "review_sub_kinds"):
        kinds = opts[name]
        if not isinstance(kinds, list | tuple) or not set(kinds) <= set(KIND_LABELS):
            raise _invalid(name, kinds)
    modes = opts["sub_unit_review"]
    if not isinstance(modes, dict) or any(
        (key != DEFAULT_MODE_KEY and key not in KIND_LABELS) or mode not in _SUB_UNIT_MODE_CODES
        for key, mode in modes.items()
    ):
        raise _invalid("sub_unit_review", modes)
    for name in ("individual_reports_to_ppk", "ketua_reports_to_ppk"):
        if not isinstance(opts[name], bool):
            raise _invalid(name, opts[name])
    return opts


# --- R30 ------------------------------------------------------------------------------------


def stage_of(kind, state):
    """R30: the stage (a code of :data:`STAGES`) of a record of ``kind`` in ``state``; None for
    an assignment that was refused or cancelled and a team that was dissolved.

    ``kind``: ``penugasan``, ``tim_kerja``, ``review`` or ``escalation``. Raises RuleError
    ``unknown_kind`` / ``unknown_state``.
    """
    if kind not in _STAGE_OF:
        raise RuleError("unknown_kind", _("Unknown kind of record for the work stages: %(kind)s"), kind=kind)
    if state not in _STAGE_OF[kind]:
        raise RuleError(
            "unknown_state",
            _("Unknown state %(state)s for a record of kind %(kind)s."),
            state=state,
            kind=kind,
        )
    return _STAGE_OF[kind][state]


# --- R31 ------------------------------------------------------------------------------------


def _unknown_form(form):
    return RuleError("unknown_form", _("Unknown assignment form: %(form)s"), form=form)


def report_recipients(form, role=None, options=None, *, cross_unit=False):
    """R31: the roles that receive the progress or final report of ``role`` in an assignment of
    ``form`` (:data:`.penugasan.FORMS`), as a tuple of role codes.

    - ``individu`` (``role`` None or ``employee``): the PUO, ``puo_employee`` (KRA Ps 19; MUN
      Ps 16); ``cross_unit`` True: the PUO of the unit that owns the work, ``puo_owner`` (the
      employee works on that unit's target under its PUO's direction, KRA Ps 15(3)(c), 17(1)(a)).
      With ``individual_reports_to_ppk`` also ``ppk_employee`` (BRT Ps 15).
    - ``tim``: an ``anggota`` reports to the ``ketua`` (KRA Ps 20(1)); the ``ketua`` to
      ``puo_owner`` (KRA Ps 20(2), 17(2)(b)), with ``ketua_reports_to_ppk`` also to his PPK,
      ``ppk_employee`` (BRT Ps 16(2)); a ``pengendali`` to the head of the owning PD,
      ``pd_head_owner`` (R28; BKS Ps 43(6), 46(2)).

    Raises RuleError ``unknown_form`` / ``unknown_report_role``.
    """
    opts = check_review_options(options)
    if form == pg.INDIVIDU:
        if role not in (None, pg.EMPLOYEE):
            raise _unknown_role(form, role)
        recipients = [pg.PUO_OWNER if cross_unit else pg.PUO_EMPLOYEE]  # R31
        if opts["individual_reports_to_ppk"]:  # R31 (BRT Ps 15)
            recipients.append(pg.PPK_EMPLOYEE)
    elif form == pg.TIM:
        if role == tk.ANGGOTA:
            recipients = [tk.KETUA]  # R31
        elif role == tk.KETUA:
            recipients = [pg.PUO_OWNER]  # R31
            if opts["ketua_reports_to_ppk"]:  # R31 (BRT Ps 16(2))
                recipients.append(pg.PPK_EMPLOYEE)
        elif role == tk.PENGENDALI:
            recipients = [pg.PD_HEAD_OWNER]  # R28
        else:
            raise _unknown_role(form, role)
    else:
        raise _unknown_form(form)
    return tuple(recipients)


def _unknown_role(form, role):
    return RuleError(
        "unknown_report_role",
        _("No reporting line for the role %(role)s in an assignment of form %(form)s (R31)."),
        role=role,
        form=form,
    )


def may_request_report(requester_role, form=pg.TIM, *, cross_unit=False):
    """R31: may ``requester_role`` ask for a report at any time? The PUO may ask the ketua or any
    member of a team (``puo_owner``; KRA Ps 20(3); MUN Ps 17(4); BRT Ps 16(3)), and the PUO an
    individual reports to (see :func:`report_recipients`) may ask him."""
    if form == pg.TIM:
        return requester_role == pg.PUO_OWNER
    if form == pg.INDIVIDU:
        return requester_role == (pg.PUO_OWNER if cross_unit else pg.PUO_EMPLOYEE)
    raise _unknown_form(form)


# --- R32: the chain -------------------------------------------------------------------------


@dataclass(frozen=True)
class ReviewStep:
    """One step of a review chain (R32).

    ``unit_id``: the unit whose head reviews (for a ``pengendali``, the review top he assists);
    ``reviewer_id``: that head (None: vacant); ``level``: the structural level counted from the
    review top (Level 1; a Pengendali and a stand-in act for Level 1); ``skipped_vacant``: the
    post is vacant and the review passes on; ``reason``: ``(template, params)``, an English source
    string marked with ``_()`` and its parameters; ``role``: ``head``, ``pengendali`` or
    ``stand_in``; ``skip``: why the step is passed over (``vacant``, ``submitter``,
    ``reviews_later``) or None; ``unit_name``: for messages.
    """

    unit_id: int | None
    reviewer_id: int | None
    level: int
    skipped_vacant: bool = False
    reason: tuple | None = None
    role: str = HEAD
    skip: str | None = None
    unit_name: str = ""

    @property
    def skipped(self):
        """True when the review passes over this step."""
        return self.skip is not None

    @property
    def reason_text(self):
        """The reason in English (the model translates the template instead)."""
        if not self.reason:
            return ""
        template, params = self.reason
        return template % params if params else template


_R_FIRST = _("The result goes first to the head of %(unit)s, who reviews it (R32).")
_R_SUB_FIRST = _(
    "The head of %(unit)s reviews first: under this work-system configuration a Subbagian or "
    "Seksi head reviews before the level above (R32)."
)
_R_UP = _("Passed on one structural level up, the head of %(unit)s reviews it (R32).")
_R_FINAL = _("The head of %(unit)s, Level 1, accepts the result: then the work is done (R32).")
_R_SINGLE = _("%(unit)s reviews once: its head reviews and accepts the result (R32).")
_R_PENGENDALI = _(
    "The Pengendali Tim Kerja reviews before the head of %(unit)s: results reach the head "
    "through him (R28, R32)."
)
_R_STAND_IN = _(
    "The head of %(unit)s stands in for the Level 1 post of %(top)s and accepts the result (R2, R32)."
)
_R_VACANT = _("The post of head of %(unit)s is vacant: the review passes to the next level up (R2, R32).")
_R_OWN = _(
    "The head of %(unit)s submitted this work and does not review it himself: the review "
    "passes to the next level up (R32)."
)
_R_LATER = _(
    "The head of %(unit)s also reviews at a later step, for %(later)s: he reviews once, there (R32)."
)


def _by_id(units) -> dict[int, Unit]:
    """``units`` as {id: Unit} (a dict or any iterable of :class:`.kedudukan.Unit`)."""
    if isinstance(units, dict):
        return units
    return {u.id: u for u in units}


def _uname(by_id, uid):
    return (by_id[uid].name or f"#{uid}") if uid in by_id else f"#{uid}"


def _path_to_top(by_id, start, top_kinds):
    """[start, parent, ..., review top]: up to the nearest PD or unit of a top kind (R32)."""
    path, seen, cur = [], set(), start
    while cur is not None and cur in by_id:
        if cur in seen:
            find_cycle(by_id)  # raises department_cycle
        seen.add(cur)
        path.append(cur)
        unit = by_id[cur]
        if unit.is_pd or unit.kind in top_kinds:
            return path
        cur = unit.parent_id or None
    raise RuleError(
        "outside_pd",
        _("%(unit)s is not inside a Perangkat Daerah: it has no review chain (R32)."),
        unit=_uname(by_id, start),
    )


def _above(by_id, uid):
    """The unit whose head is the next superior of the head of ``uid``: :func:`.kedudukan.above`."""
    return kedudukan_above(by_id, uid)


def _stand_in(by_id, top, submitter_id):
    """The first unit above ``top`` with a head other than the submitter (R2), or None."""
    seen, cur = {top}, _above(by_id, top)
    while cur is not None and cur not in seen:
        seen.add(cur)
        head = by_id[cur].head_id
        if head and head != submitter_id:
            return cur
        cur = _above(by_id, cur)
    return None


def _sub_unit_reviews(unit, top, mode, sub_kinds):
    """R32, R9: does the head of ``unit`` review, given the top's Subbagian/Seksi mode?"""
    if unit.id == top or unit.kind not in sub_kinds or mode == ALWAYS:
        return True
    if mode == NEVER:
        return False
    return unit.parent_id == top  # LEVEL2: only the Level 2 unit itself reviews


def review_chain(units, start_unit_id, options=None, *, submitter_id=None, pengendali_id=None):
    """R32: the ordered :class:`ReviewStep` list for a result submitted from ``start_unit_id``.

    ``units``: every unit from the start up to its review top (and, for a stand-in, above it), as
    :class:`.kedudukan.Unit` (dict or iterable). ``options``: work-system options
    (:func:`resolve_review_options`). ``submitter_id``: the employee who submits (his own posts
    are passed over); ``pengendali_id``: a Pengendali Tim Kerja who reviews just before Level 1
    (BKS Ps 49(2)). See the module docstring for the decisions.

    Raises RuleError ``unknown_unit``, ``outside_pd``, ``department_cycle``, ``invalid_option``.
    The chain always ends with the Level 1 step (or its stand-in); if that one is skipped, nobody
    can accept and :func:`review_transition` refuses the submission (``no_reviewer``).
    """
    opts = check_review_options(options)
    by_id = _by_id(units)
    if start_unit_id not in by_id:
        raise RuleError(
            "unknown_unit",
            _("The review chain starts from an unknown department (%(unit)s)."),
            unit=f"#{start_unit_id}",
        )
    path = _path_to_top(by_id, start_unit_id, set(opts["review_top_kinds"]))
    top = path[-1]
    modes = opts["sub_unit_review"]
    mode = modes.get(by_id[top].kind, modes.get(DEFAULT_MODE_KEY, LEVEL2))
    sub_kinds = set(opts["review_sub_kinds"])

    # R32: from the unit up each structural level to Level 1; R9: coordinating sub-units pass.
    steps = [
        {
            "unit_id": uid,
            "reviewer_id": by_id[uid].head_id or None,
            "level": len(path) - index,
            "role": HEAD,
            "sub": by_id[uid].kind in sub_kinds and uid != top,
        }
        for index, uid in enumerate(path)
        if _sub_unit_reviews(by_id[uid], top, mode, sub_kinds)
    ]
    if pengendali_id:  # R28, R32: results reach the PD head through the Pengendali Tim Kerja
        steps.insert(
            len(steps) - 1,
            {"unit_id": top, "reviewer_id": pengendali_id, "level": 1, "role": PENGENDALI},
        )
    top_head = by_id[top].head_id or None
    if top_head is None or top_head == submitter_id:  # R2: the next filled post above stands in
        above = _stand_in(by_id, top, submitter_id)
        if above is not None:
            steps.append(
                {
                    "unit_id": above,
                    "reviewer_id": by_id[above].head_id,
                    "level": 1,
                    "role": STAND_IN,
                }
            )
    for step in steps:  # R2, R32: vacant posts and the submitter's own posts pass on
        if step["reviewer_id"] is None:
            step["skip"] = SKIP_VACANT
        elif submitter_id is not None and step["reviewer_id"] == submitter_id:
            step["skip"] = SKIP_SUBMITTER
    active = [s for s in steps if not s.get("skip")]
    for index, step in enumerate(active):  # one person heading two posts reviews once, higher up
        later = next((s for s in active[index + 1 :] if s["reviewer_id"] == step["reviewer_id"]), None)
        if later is not None:
            step["skip"] = SKIP_REVIEWS_LATER
            step["later"] = later["unit_id"]
    active = [s for s in steps if not s.get("skip")]
    return [_freeze(by_id, top, step, active) for step in steps]


def _freeze(by_id, top, step, active):
    """The :class:`ReviewStep` of a step built by :func:`review_chain`, with its reason."""
    uid, skip = step["unit_id"], step.get("skip")
    params = {"unit": _uname(by_id, uid)}
    if skip == SKIP_VACANT:
        template = _R_VACANT
    elif skip == SKIP_SUBMITTER:
        template = _R_OWN
    elif skip == SKIP_REVIEWS_LATER:
        template, params["later"] = _R_LATER, _uname(by_id, step["later"])
    elif step["role"] == PENGENDALI:
        template = _R_PENGENDALI
    elif step["role"] == STAND_IN:
        template, params["top"] = _R_STAND_IN, _uname(by_id, top)
    elif len(active) == 1:
        template = _R_SINGLE
    elif step is active[-1]:
        template = _R_FINAL
    elif step is active[0]:
        template = _R_SUB_FIRST if step.get("sub") and by_id[uid].parent_id != top else _R_FIRST
    else:
        template = _R_UP
    return ReviewStep(
        unit_id=uid,
        reviewer_id=step["reviewer_id"],
        level=step["level"],
        skipped_vacant=skip == SKIP_VACANT,
        reason=(template, params),
        role=step["role"],
        skip=skip,
        unit_name=_uname(by_id, uid) if uid is not None else "",
    )


# --- R32: the state machine -----------------------------------------------------------------


def _not_allowed(state, action):
    return RuleError(
        "action_not_allowed",
        _("The action %(action)s is not allowed for a work report in the state %(state)s."),
        action=_ACTION_LABELS.get(action, action),
        state=_STATE_LABELS.get(state, state),
    )


def _valid_index(chain, step_index):
    return (
        isinstance(step_index, int)
        and not isinstance(step_index, bool)
        and 0 <= step_index < len(chain)
        and not chain[step_index].skipped
    )


def current_step(chain, step_index):
    """The :class:`ReviewStep` that acts now, None when ``step_index`` names no active step."""
    return chain[step_index] if _valid_index(chain, step_index) else None


def current_reviewer(chain, step_index):
    """The employee id who reviews now (None when no step acts)."""
    step = current_step(chain, step_index)
    return step.reviewer_id if step else None


def _next_active(chain, after):
    for index in range(after + 1, len(chain)):
        if not chain[index].skipped:
            return index
    return None


def first_step(chain):
    """R32: the index of the first step that reviews. Raises RuleError ``no_reviewer`` when the
    Level 1 step (the last) is skipped: nobody could accept the work."""
    if not chain or chain[-1].skipped:
        raise RuleError(
            "no_reviewer",
            _(
                "No one can accept this work: the Level 1 post of %(unit)s is vacant and no post "
                "above stands in (R32)."
            ),
            unit=chain[-1].unit_name if chain else "-",
        )
    return _next_active(chain, -1)


def review_transition(chain, state, step_index, action, reason=None):
    """R32: ``(new state, new step index)`` after ``action`` in ``state`` at ``step_index``.

    ``submit`` (from draft or returned) starts at the first step of ``chain``; ``accept`` passes
    the work to the next step, or accepts it at the last (Level 1); ``return`` (from any step,
    with a ``reason``) sends it back for revision. The step index is None outside the review.
    Raises RuleError ``already_reviewed`` (the work is accepted), ``action_not_allowed``,
    ``reason_required``, ``not_in_review`` (``step_index`` names no step that acts),
    ``no_reviewer``. Who may act is :func:`may_review`'s question.
    """
    if state in TERMINAL:
        raise RuleError(
            "already_reviewed",
            _("This work has already been accepted by Level 1: it cannot be reviewed again (R32)."),
        )
    entry = TRANSITIONS.get(state, {}).get(action)
    if entry is None:
        raise _not_allowed(state, action)
    if action == SUBMIT:  # R32: every submission (also after a return) starts at the first step
        return entry[0], first_step(chain)
    if not _valid_index(chain, step_index):
        raise _not_in_review()
    if action in REASON_ACTIONS and not (reason and str(reason).strip()):
        raise RuleError(
            "reason_required",
            _("Returning work for revision must state what falls short of the target (R32)."),
        )
    if action == RETURN:  # R32: returned for revision at any level
        return RETURNED, None
    nxt = _next_active(chain, step_index)
    if nxt is None:  # R32: the work is done when Level 1 accepts it
        return ACCEPTED, None
    return IN_REVIEW, nxt


def _not_in_review():
    return RuleError("not_in_review", _("This work is not waiting for a review."))


def may_review(chain, step_index, user_employee_id, submitter_id):
    """R32: True when ``user_employee_id`` reviews the work at ``step_index`` now; else RuleError:
    ``own_report`` (he submitted it), ``not_in_review``, ``already_reviewed`` (he reviewed it at
    an earlier step of this round), ``not_reviewer`` (another post reviews now)."""
    if user_employee_id is not None and user_employee_id == submitter_id:
        raise RuleError("own_report", _("You cannot review your own work (R32)."))
    step = current_step(chain, step_index)
    if step is None:
        raise _not_in_review()
    if user_employee_id is not None and user_employee_id == step.reviewer_id:
        return True
    if user_employee_id is not None and any(
        s.reviewer_id == user_employee_id for s in chain[:step_index] if not s.skipped
    ):
        raise RuleError(
            "already_reviewed",
            _(
                "You have already reviewed this work at an earlier step: it now waits for the "
                "next level (R32)."
            ),
        )
    if step.role == PENGENDALI:
        raise RuleError(
            "not_reviewer",
            _("This work now waits for the review of the Pengendali Tim Kerja, not yours (R28, R32)."),
        )
    raise RuleError(
        "not_reviewer",
        _("This work now waits for the review of the head of %(unit)s, not yours (R32)."),
        unit=step.unit_name,
    )


def can_review(chain, step_index, user_employee_id, submitter_id):
    """:func:`may_review` as a boolean (never raises), for a computed field."""
    try:
        return may_review(chain, step_index, user_employee_id, submitter_id)
    except RuleError:
        return False


def allowed_actions(chain, state, step_index, user_employee_id, submitter_id):
    """The actions ``user_employee_id`` may do now (for the buttons): ``submit`` for the submitter
    of a draft or returned report, ``accept`` / ``return`` for the current reviewer."""
    if state in (DRAFT, RETURNED):
        return [SUBMIT] if user_employee_id is not None and user_employee_id == submitter_id else []
    if state in REVIEWING and can_review(chain, step_index, user_employee_id, submitter_id):
        return [ACCEPT, RETURN]
    return []


def check_submittable(state, kind=PENUGASAN):
    """R32: a result can be submitted only while its assignment is active (letter issued,
    :data:`.penugasan.DELIVERED` or ``done``) or its team is established. Raises RuleError
    ``assignment_closed`` when it has ended (refused, cancelled, closed, dissolved or any state
    after the active ones) and ``assignment_not_active`` while it is still being set up."""
    if kind == PENUGASAN:
        if state in _PG_ACTIVE:
            return True
        label = _PG_STATE_LABELS.get(state, state)
        if state in _PG_STATE_LABELS and state not in pg.TERMINAL:
            raise RuleError(
                "assignment_not_active",
                _(
                    "The assignment is not active yet (%(state)s): work can be submitted once the "
                    "assignment letter is issued."
                ),
                state=label,
            )
        raise RuleError(
            "assignment_closed",
            _("The assignment is %(state)s: no work can be submitted to it any more."),
            state=label,
        )
    if kind == TIM_KERJA:
        if state == tk.ESTABLISHED:
            return True
        label = _TK_STATE_LABELS.get(state, state)
        if state in (tk.DRAFT, tk.PROPOSED):
            raise RuleError(
                "assignment_not_active",
                _(
                    "The team is not established yet (%(state)s): work can be submitted once its "
                    "decree is signed (R22)."
                ),
                state=label,
            )
        raise RuleError(
            "assignment_closed",
            _("The team is %(state)s: no work can be submitted to it any more."),
            state=label,
        )
    raise RuleError("unknown_kind", _("Unknown kind of record for the work stages: %(kind)s"), kind=kind)


# --- R33 ------------------------------------------------------------------------------------


def escalation_targets(team_owning_unit_puo, member_puos=(), cross_unit=False):
    """R33: the employees a team raises a problem to: the PUO of the unit that owns the work
    (to decide), and when ``cross_unit`` each member's own PUO too (to follow up for his unit),
    without repeats, in order (KRA Ps 17(2)(c)-(d), 17(3)(d)-(e)). The model resolves vacant
    posts before calling. Raises RuleError ``no_escalation_recipient`` without an owning PUO."""
    if not team_owning_unit_puo:
        raise RuleError(
            "no_escalation_recipient",
            _("The unit that owns the team's work has no PUO to decide on the problem (R33)."),
        )
    targets = [team_owning_unit_puo]
    if cross_unit:
        for puo in member_puos or ():
            if puo and puo not in targets:
                targets.append(puo)
    return targets


def individual_escalation_roles(options=None, *, cross_unit_assignment=False,
                                concerns_own_unit=False):
    """R33 for an employee assigned individually: the roles (codes of :data:`.penugasan.ROLES`)
    a problem he raises goes to, the one who decides first.

    The texts let a team raise its problems "beserta alternatif rekomendasi kepada Pimpinan Unit
    Organisasi untuk diputuskan dan/atau ditindaklanjuti" (KRA Ps 17(1)(b)(3)); the employee
    working alone "berkoordinasi dan melaporkan perkembangan pelaksanaan tugas secara berkala
    atau pada saat ditemui permasalahan kepada Pimpinan Unit Organisasi" (MUN Lamp D, tahap
    pelaksanaan) and reports "secara langsung kepada Pimpinan Unit Organisasi" (KRA Ps 19; MUN
    Ps 16; DPS Ps 12(2); BKS Ps 87). So his problem goes where his report goes
    (:func:`report_recipients`): within his unit to his PUO (``puo_employee``); on an assignment
    across units to the PUO of the unit that owns the work (``puo_owner``, KRA Ps 15(3)(c),
    17(2)(c)) and, when ``concerns_own_unit``, to his own PUO too, to follow up for his unit (as
    for a team, KRA Ps 17(2)(d)); Barito Timur adds the PPK ("kepada Pimpinan Unit Organisasi
    dan/atau Pejabat Penilai Kinerja", BRT Ps 15; option ``individual_reports_to_ppk``)."""
    roles = list(report_recipients(pg.INDIVIDU, None, options, cross_unit=cross_unit_assignment))
    if cross_unit_assignment and concerns_own_unit and pg.PUO_EMPLOYEE not in roles:
        roles.insert(1, pg.PUO_EMPLOYEE)
    return tuple(roles)


def check_individual_escalation(form, active, raiser_is_employee):
    """R33: an individual raises a problem on his own assignment (``form`` individu, not a
    team member's share of a team, which the team raises) while he carries it out (R30
    pelaksanaan: the letter delivered, the work not closed). Raises RuleError
    ``escalation_not_individual``, ``escalation_not_active`` or ``escalation_not_own``."""
    if form != pg.INDIVIDU:
        raise RuleError(
            "escalation_not_individual",
            _("A problem on a team's work is raised in the team's name (R33)."),
        )
    if not raiser_is_employee:
        raise RuleError(
            "escalation_not_own",
            _("Only the employee assigned raises a problem on his individual assignment (R33)."),
        )
    if not active:
        raise RuleError(
            "escalation_not_active",
            _("A problem is raised on an assignment being carried out (R33, R30)."),
        )


def _blank(text):
    return not (text and str(text).strip())


def check_escalation(problem, alternatives):
    """R33: a team raises a problem *with* alternative recommendations (KRA Ps 17(1)(b)(3)).

    ``alternatives``: a text (one recommendation) or an iterable of texts. Returns the non-blank
    alternatives, stripped. Raises RuleError ``problem_required`` / ``alternatives_required``.
    """
    if _blank(problem):
        raise RuleError("problem_required", _("Describe the problem or obstacle raised (R33)."))
    if isinstance(alternatives, str):
        alternatives = [alternatives]
    kept = [str(a).strip() for a in alternatives or () if not _blank(a)]
    if not kept:
        raise RuleError(
            "alternatives_required",
            _("A problem is raised with at least one alternative recommendation (R33)."),
        )
    return kept


def escalation_transition(state, action, *, answer=None):
    """R33: the state of a raised problem after ``action``. Raises RuleError
    ``action_not_allowed`` and ``answer_required`` (an answer states the decision or follow-up)."""
    entry = ESCALATION_TRANSITIONS.get(state, {}).get(action)
    if entry is None:
        raise RuleError(
            "action_not_allowed",
            _("The action %(action)s is not allowed for a raised problem in the state %(state)s."),
            action=_ESC_ACTION_LABELS.get(action, action),
            state=_ESC_STATE_LABELS.get(state, state),
        )
    if action == ANSWER and _blank(answer):
        raise RuleError(
            "answer_required",
            _("The answer to a raised problem states the decision or the follow-up (R33)."),
        )
    return entry[0]


def escalation_may_act(state, action, user_roles):
    """R33: True when a user holding ``user_roles`` may do ``action`` on a raised problem now:
    the owning PUO (``puo_owner``) or a member's own PUO (``puo_employee``) answers; the ketua
    or the owning PUO closes."""
    entry = ESCALATION_TRANSITIONS.get(state, {}).get(action)
    return entry is not None and bool(set(entry[1]) & set(user_roles or ()))
