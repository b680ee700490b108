"""The workflow engine's tables: for every ASN document, what only the engine writes and what
content freezes when (issue 11). No Odoo here: ``models/asn_workflow_mixin.py`` reads a
:class:`Spec` from the model's ``_asn_workflow`` class attribute and asks :func:`check_create`,
:func:`check_write`, :func:`check_unlink` and :func:`copy_reset` before the ORM acts.

A user's ``create``, ``write``, ``copy`` and ``unlink`` go through these checks; the engine itself
(the buttons, which move a record only after the regulation's rules said yes, e.g. R16-R21 in
:mod:`.penugasan`, R32 in :mod:`.review`, R34 in :mod:`.kinerja`) writes as the superuser.

- ``initial``: the state a user's record starts in (None: a document without states).
- ``engine_fields``: written only by the engine: the state, steps, reviewers, raters, numbers,
  decided-by, the dates of decisions. On create they may only carry their empty or initial value.
- ``content``: {field: states in which a user may still change it}; in any other state the field
  is frozen (an issued letter's text, dates and employee; a submitted report's content). A field
  listed with ``ALWAYS_FROZEN`` is set at create and never changed by a user afterwards.
- ``unlink_states``: the states in which a user may delete the record (the ACLs and record rules
  decide who); an issued letter, a decided appraisal or an accepted report stays as history.
"""

from dataclasses import dataclass
from dataclasses import field

from . import jam_kerja as jk
from . import kinerja as k
from . import penugasan as flows
from . import review
from . import tim_kerja as teams
from .errors import RuleError
from .errors import _

ALWAYS_FROZEN = frozenset()
ANY_STATE = None  # unlink allowed in any state

# The states of a delegation of appraisal (R7): derived from its dates, not stored.
DELEGATION_SCHEDULED = "scheduled"
DELEGATION_RUNNING = "running"
DELEGATION_ENDED = "ended"
DELEGATION_STATES = [
    (DELEGATION_SCHEDULED, "Scheduled"),
    (DELEGATION_RUNNING, "Running"),
    (DELEGATION_ENDED, "Ended"),
]


@dataclass(frozen=True)
class Spec:
    """How the engine treats one document model."""

    model: str
    initial: str | None
    engine_fields: frozenset
    content: dict = field(default_factory=dict)
    unlink_states: frozenset | None = ANY_STATE
    state_field: str | None = "state"

    def editable_states(self, fname):
        """The states in which a user may change ``fname``; None: any state (not listed)."""
        return self.content.get(fname)


def _frozen_after(states, *fnames):
    return {name: frozenset(states) for name in fnames}


# -- asn.penugasan (R11-R21): the content is the request and the letter; it is agreed at
# ``draft`` and frozen from the moment it is sent. The employee may still be named by the PPK
# where he sits (R17.3, steps flagged ``names_employee``): the model adds those states.
PENUGASAN = Spec(
    model="asn.penugasan",
    initial=flows.DRAFT,
    engine_fields=frozenset({
        "state", "name", "refuse_reason", "assigner_id", "letter_number", "letter_date",
        "request_number", "request_date", "answer_date", "answer_number",
    }),
    content={
        **_frozen_after(
            {flows.DRAFT},
            "description", "purpose", "competence", "expected_target", "date_start", "date_end",
            "form", "method", "scope", "nature", "owning_unit_id", "target_unit_id",
            "target_company_id", "letter_type", "employee_id",
        ),
        **_frozen_after(ALWAYS_FROZEN, "company_id", "tim_kerja_id"),
    },
    unlink_states=frozenset({flows.DRAFT}),
)

# -- asn.tim.kerja (R22-R29): composed in draft; the decree number and date are entered by whoever
# establishes it (R22) while it is proposed; a decree once issued is not rewritten.
TIM_KERJA = Spec(
    model="asn.tim.kerja",
    initial=teams.DRAFT,
    engine_fields=frozenset({"state", "close_reason"}),
    content={
        **_frozen_after(
            {teams.DRAFT},
            "name", "kind", "owning_unit_id", "pemilik_kinerja_id", "date_start", "date_end",
            "mandate", "member_ids", "target_ids", "work_crosses_units",
        ),
        **_frozen_after({teams.DRAFT, teams.PROPOSED}, "decree_number", "decree_date"),
        **_frozen_after(ALWAYS_FROZEN, "company_id"),
    },
    unlink_states=frozenset({teams.DRAFT}),
)

# -- asn.laporan (R31, R32): written by its submitter until it leaves; a returned report is
# revised and resubmitted; what a reviewer accepted is never changed afterwards.
LAPORAN = Spec(
    model="asn.laporan",
    initial=review.DRAFT,
    engine_fields=frozenset({"state", "step_index", "chain_data", "reviewer_id",
                             "return_reason"}),
    content={
        **_frozen_after(
            {review.DRAFT, review.RETURNED},
            "name", "kind", "target_id", "content", "attachment_ids",
        ),
        **_frozen_after({review.DRAFT}, "penugasan_id"),
        **_frozen_after(ALWAYS_FROZEN, "submitter_id"),
    },
    unlink_states=frozenset({review.DRAFT}),
)

# -- asn.eskalasi (R33): raised with its alternatives, by a team or on an individual assignment;
# answered by the PUOs it was raised to.
ESKALASI = Spec(
    model="asn.eskalasi",
    initial=review.RAISED,
    engine_fields=frozenset({"state", "answer", "answered_by_id"}),
    content={
        **_frozen_after({review.RAISED}, "name", "description", "alternatives", "cross_unit"),
        **_frozen_after(ALWAYS_FROZEN, "tim_kerja_id", "penugasan_id"),
    },
    unlink_states=frozenset(),
)

# -- asn.kinerja (R34, R35): the plan in draft; the ratings by the PPK while the period runs and
# the objection by the employee on a rated record are guarded by role in rules/kinerja.py EDIT.
KINERJA = Spec(
    model="asn.kinerja",
    initial=k.DRAFT,
    engine_fields=frozenset({
        "state", "rater_id", "rated_date", "objection_state", "objection_decider_id",
        "company_id",
    }),
    content={
        **_frozen_after({k.DRAFT}, "employee_id", "date_start", "date_end",
                        "checkin_frequency", "department_id"),
        **_frozen_after({k.IN_PROGRESS}, "rating_hasil_kerja", "rating_perilaku", "rating_note"),
        **_frozen_after({k.RATED}, "objection_reason", "objection_answer",
                        "objection_hasil_kerja", "objection_perilaku"),
        # Issue 15, the SKP: the leader's specific expectations per core value are planned in
        # draft and rated while the period runs; the periodic evaluations are held while it runs.
        **_frozen_after({k.DRAFT, k.IN_PROGRESS}, "behaviour_ids"),
        **_frozen_after({k.IN_PROGRESS}, "evaluation_ids"),
    },
    unlink_states=frozenset({k.DRAFT}),
)

# -- the lines of the SKP (issue 15; rules/skp.py): their state is their performance record's.
def _skp_line(model, *, fixed=(), plan=(), running=(), until_rated=(), unlink_states=()):
    """The spec of a line of the SKP: ``fixed`` set at create and never changed (its employee
    follows its record: read-only); ``plan`` planned in draft (R34 a); ``running`` while the
    period runs (R34 b); ``until_rated`` from the plan until the PPK rates; deleted by a user
    only in ``unlink_states``."""
    return Spec(
        model=model,
        initial=None,
        engine_fields=frozenset(),
        content={
            **_frozen_after(ALWAYS_FROZEN, *fixed),
            **_frozen_after({k.DRAFT}, *plan),
            **_frozen_after({k.IN_PROGRESS}, *running),
            **_frozen_after({k.DRAFT, k.AGREED, k.IN_PROGRESS}, *until_rated),
        },
        unlink_states=frozenset(unlink_states),
        state_field="kinerja_id.state",
    )


# An RHK indicator: its measure planned in draft (R34 a), its realisation until the rating.
SKP_INDICATOR = _skp_line(
    "asn.kinerja.indicator",
    plan=("expectation_id", "name", "aspect", "target", "unit"),
    until_rated=("realisation", "has_realisation"),
    unlink_states={k.DRAFT},
)
# A core value of the record (BerAKHLAK): the leader's specific expectation in draft, the PPK's
# rating while the period runs; the lines are the record's, made with it, never deleted alone.
SKP_BEHAVIOUR = _skp_line(
    "asn.kinerja.behaviour",
    fixed=("kinerja_id", "core_value_id"),
    plan=("expectation",),
    running=("rating", "feedback"),
)
# A periodic evaluation at a check-in (R34 b) and its lines per RHK: while the period runs.
SKP_EVALUATION = _skp_line(
    "asn.kinerja.evaluation",
    fixed=("kinerja_id",),
    running=("name", "date", "period", "rating_hasil_kerja", "rating_perilaku",
             "behaviour_feedback", "realisation_note", "line_ids"),
    unlink_states={k.IN_PROGRESS},
)
SKP_EVALUATION_LINE = _skp_line(
    "asn.kinerja.evaluation.line",
    fixed=("evaluation_id",),
    running=("expectation_id", "realisation", "feedback"),
    unlink_states={k.IN_PROGRESS},
)
# On create, none of the appraisal may be given: a record starts as a plan (R34 a).
KINERJA_CREATE_FORBIDDEN = frozenset({
    "rating_hasil_kerja", "rating_perilaku", "rating_note", "objection_reason",
    "objection_answer", "objection_hasil_kerja", "objection_perilaku",
})

# -- asn.kinerja.rekomendasi (R5, R9, R27): written by its author while the period runs (the
# state is the performance record's); its author, record and role never change.
REKOMENDASI = Spec(
    model="asn.kinerja.rekomendasi",
    initial=None,
    engine_fields=frozenset({"author_id"}),
    content=_frozen_after(ALWAYS_FROZEN, "kinerja_id", "employee_id", "role", "tim_kerja_id"),
    unlink_states=frozenset({k.AGREED, k.IN_PROGRESS}),
    state_field="kinerja_id.state",
)

# -- asn.delegasi.penilaian (R7): scheduled, running (it overrides the PPK), ended. A running
# delegation may be shortened (its end date), an ended one is history.
DELEGASI = Spec(
    model="asn.delegasi.penilaian",
    initial=None,
    engine_fields=frozenset({"is_current"}),
    content={
        **_frozen_after(
            {DELEGATION_SCHEDULED},
            "employee_id", "delegate_id", "delegator_id", "date_from", "decree_number",
            "decree_date", "reason",
        ),
        **_frozen_after({DELEGATION_SCHEDULED, DELEGATION_RUNNING}, "date_to"),
    },
    unlink_states=frozenset({DELEGATION_SCHEDULED}),
    state_field="state",
)

# -- asn.kerja.fleksibel (R41): asked by the employee in draft; what the PUO decided on is never
# rewritten; the calendar switch (previous calendar, applied) is the engine's.
FLEKSIBEL = Spec(
    model="asn.kerja.fleksibel",
    initial=jk.DRAFT,
    engine_fields=frozenset({
        "state", "decided_by_id", "decision_date", "refuse_reason", "previous_calendar_id",
        "return_to_base", "is_applied",
    }),
    content={
        **_frozen_after(
            {jk.DRAFT},
            "employee_id", "kind", "location", "calendar_id", "date_from", "date_to", "reason",
        ),
    },
    unlink_states=frozenset({jk.DRAFT}),
)

# -- asn.pengecualian.jam.kerja (R40): proposed by the head of the PD in draft, decided by the
# regent's side; the decision stays as history.
PENGECUALIAN = Spec(
    model="asn.pengecualian.jam.kerja",
    initial=jk.DRAFT,
    engine_fields=frozenset({
        "state", "proposer_id", "decided_by_id", "decision_date", "refuse_reason",
        "end_reason", "end_date",
    }),
    content={
        **_frozen_after({jk.DRAFT}, "department_id", "service", "calendar_id", "reason"),
    },
    unlink_states=frozenset({jk.DRAFT}),
)

SPECS = {spec.model: spec for spec in (
    PENUGASAN, TIM_KERJA, LAPORAN, ESKALASI, KINERJA, REKOMENDASI, DELEGASI, FLEKSIBEL,
    PENGECUALIAN,
)}
# The lines of the SKP (issue 15): documents' parts, not documents (no create table in the
# trust tests yet); the engine treats them like a recommendation.
SKP_LINE_SPECS = {spec.model: spec for spec in (
    SKP_INDICATOR, SKP_BEHAVIOUR, SKP_EVALUATION, SKP_EVALUATION_LINE,
)}


def delegation_state(date_from, date_to, today):
    """R7: a delegation is scheduled before its first day, runs through its last, then ends."""
    if date_from and date_from > today:
        return DELEGATION_SCHEDULED
    if date_to and date_to < today:
        return DELEGATION_ENDED
    return DELEGATION_RUNNING


def _empty(value):
    """What a form sends for a field left alone (an empty many2many: ``[(6, 0, [])]``)."""
    return value in (None, False, "", 0, 0.0, [], ()) or value == [(6, 0, [])]


def check_create(spec, vals, defaults=None, forbidden=()):
    """Refuse a user's create that sets engine fields (or ``forbidden`` ones) to anything but
    their empty, initial or default value: a record starts where the workflow starts."""
    defaults = defaults or {}
    bad = []
    for name in sorted(set(vals) & (spec.engine_fields | set(forbidden))):
        value = vals[name]
        if _empty(value) or name in defaults and value == defaults[name]:
            continue
        if spec.state_field == name and value == spec.initial:
            continue
        bad.append(name)
    if bad:
        raise RuleError(
            "engine_fields_on_create",
            _("A new record starts at the beginning of its workflow: %(fields)s can only be set "
              "by the workflow buttons."),
            fields=bad,
        )


def check_write(spec, state, names, editable=None):
    """Refuse a user's write of engine fields, or of content frozen in ``state``.

    ``editable``: {field: extra states in which the model lets the field change} (e.g. the
    employee named at a step flagged ``names_employee``, R17.3)."""
    engine = sorted(set(names) & spec.engine_fields)
    if engine:
        raise RuleError(
            "engine_fields",
            _("%(fields)s can only be changed by the workflow buttons, which keep the state "
              "and its history consistent."),
            fields=engine,
        )
    editable = editable or {}
    frozen = []
    for name in sorted(names):
        states = spec.editable_states(name)
        if states is None:
            continue
        if state in states or state in editable.get(name, ()):
            continue
        frozen.append(name)
    if frozen:
        raise RuleError(
            "frozen",
            _("%(fields)s can no longer be changed: the record is %(state)s."),
            fields=frozen, state=state,
        )


def check_unlink(spec, state):
    """Refuse deleting a record that left the states in which it may be deleted."""
    if spec.unlink_states is ANY_STATE or state in spec.unlink_states:
        return
    raise RuleError(
        "unlink_state",
        _("This record is %(state)s: it stays as part of the history and cannot be deleted."),
        state=state,
    )


def copy_reset(spec, vals):
    """A copy starts afresh: drop the engine fields and put the state back to the initial one."""
    out = {name: value for name, value in vals.items() if name not in spec.engine_fields}
    if spec.initial is not None and spec.state_field and "." not in spec.state_field:
        out[spec.state_field] = spec.initial
    return out


# -- row lock (the two-clicks rule) ------------------------------------------------------------

def busy_error():
    """Another transaction holds the record: the second click is refused, not queued."""
    return RuleError(
        "busy",
        _("Someone else is acting on this record right now. Reload it and try again."),
    )
