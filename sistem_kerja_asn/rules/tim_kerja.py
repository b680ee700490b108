"""Tim kerja: work teams, their kinds, members and life cycle (R9, R22-R29).

A team is formed by the PUO (R22, R25) and set by decree: draft -> proposed -> established (decree
number and date, R22) -> closed (its year or mandate ended) or dissolved (ended early, with a
reason). :data:`TRANSITIONS` is the table, :func:`transition` the gate's answer, :func:`may_act`
who may act (roles of :data:`.penugasan.ROLES`, resolved by the model).

Regency differences come from the work-system options (:mod:`.presets`):
``team_longer_than_months`` (MUN Ps 1 angka 16), ``ketua_required`` (DPS Ps 9(2)),
``team_established_by`` (who signs the decree), ``coordinator_may_form_teams`` (R9),
``team_plan_months`` (R29).
"""

import calendar
import datetime

from . import positions as pos
from .errors import RuleError
from .errors import _
from .penugasan import PUO_OWNER
from .penugasan import check_period
from .penugasan import resolve_options

# --- vocabulary -----------------------------------------------------------------------------

# R24: kinds (DPS Lampiran A.4.b; MUN Ps 1 angka 16).
RUTIN = "rutin"
INSIDENTAL = "insidental"
KINDS = [
    (RUTIN, "Routine team (one budget year)"),
    (INSIDENTAL, "Special or incidental team (a mandate)"),
]

# R22, R28: roles in a team (DPS Ps 9(2); BKS Ps 43(6), 46(2)).
KETUA = "ketua"
ANGGOTA = "anggota"
PENGENDALI = "pengendali"
ROLES = [
    (KETUA, "Team lead (ketua)"),
    (ANGGOTA, "Member (anggota)"),
    (PENGENDALI, "Team controller (pengendali tim kerja)"),
]

# Life cycle (R22).
DRAFT = "draft"
PROPOSED = "proposed"
ESTABLISHED = "established"
CLOSED = "closed"
DISSOLVED = "dissolved"
STATES = [
    (DRAFT, "Draft"),
    (PROPOSED, "Proposed"),
    (ESTABLISHED, "Established"),
    (CLOSED, "Closed"),
    (DISSOLVED, "Dissolved"),
]
TERMINAL = frozenset({CLOSED, DISSOLVED})

PROPOSE = "propose"
RETURN = "return"
ESTABLISH = "establish"
CLOSE = "close"
DISSOLVE = "dissolve"
ACTIONS = [
    (PROPOSE, "Propose"),
    (RETURN, "Return for revision"),
    (ESTABLISH, "Establish by decree"),
    (CLOSE, "Close"),
    (DISSOLVE, "Dissolve"),
]
REASON_ACTIONS = frozenset({RETURN, DISSOLVE})

# Placeholder for the role that signs the decree, from options["team_established_by"].
ESTABLISHER = "@established_by"

# R22: {state: {action: (next state, role who acts)}}. The PUO forms the team (KRA Ps 16(5),
# DPS Ps 9(1)); the decree is signed by the PUO or the PD head (DPS Ps 9(5); MUN Ps 1 angka 16).
TRANSITIONS = {
    DRAFT: {PROPOSE: (PROPOSED, PUO_OWNER)},
    PROPOSED: {ESTABLISH: (ESTABLISHED, ESTABLISHER), RETURN: (DRAFT, ESTABLISHER)},
    ESTABLISHED: {CLOSE: (CLOSED, ESTABLISHER), DISSOLVE: (DISSOLVED, ESTABLISHER)},
}

_KIND_CODES = frozenset(code for code, _label in KINDS)
_ROLE_CODES = frozenset(code for code, _label in ROLES)
_STATE_LABELS = dict(STATES)
_ACTION_LABELS = dict(ACTIONS)


# --- life cycle -----------------------------------------------------------------------------


def _not_allowed(state, action):
    return RuleError(
        "action_not_allowed",
        _("The action %(action)s is not allowed for a team in the state %(state)s."),
        action=_ACTION_LABELS.get(action, action),
        state=_STATE_LABELS.get(state, state),
    )


def transition(state, action, *, decree_number=None, decree_date=None, reason=None):
    """The team's state after ``action`` in ``state``.

    Raises RuleError ``action_not_allowed``; ``decree_required`` when establishing without the
    decree's number and date (R22, DPS Ps 9(5)); ``reason_required`` when returning or
    dissolving without a reason.
    """
    if action not in TRANSITIONS.get(state, {}):
        raise _not_allowed(state, action)
    # R22: formation and membership are set by decree.
    if action == ESTABLISH and not (decree_number and str(decree_number).strip() and decree_date):
        raise RuleError(
            "decree_required",
            _("A team is established by a decree: give its number and date (R22)."),
        )
    if action in REASON_ACTIONS and not (reason and str(reason).strip()):
        raise RuleError(
            "reason_required",
            _("Returning or dissolving a team must state the reason."),
        )
    return TRANSITIONS[state][action][0]


def actor_role(state, action, options=None):
    """The role who may do ``action`` in ``state`` (None when the action is not allowed)."""
    entry = TRANSITIONS.get(state, {}).get(action)
    if entry is None:
        return None
    role = entry[1]
    return resolve_options(options)["team_established_by"] if role == ESTABLISHER else role


def decree_signer(options=None):
    """R22: the role that establishes the team, and so signs its decree (the PUO of the owning
    unit, or the Kepala PD where the preset says so: MUN Ps 1 angka 16)."""
    return resolve_options(options)["team_established_by"]


def may_act(state, action, user_roles, options=None):
    """True when a user holding ``user_roles`` may do ``action`` in ``state`` now."""
    role = actor_role(state, action, options)
    return role is not None and role in set(user_roles or ())


def allowed_actions(state, user_roles, options=None):
    """The actions a user holding ``user_roles`` may do in ``state``."""
    return [a for a in TRANSITIONS.get(state, {}) if may_act(state, a, user_roles, options)]


# --- checks ---------------------------------------------------------------------------------


def add_months(day, months):
    """``day`` plus ``months`` calendar months (the day clamped to the month's end)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1]))


def default_end(kind, start):
    """R24: a routine team ends with its budget year (31 December); None otherwise."""
    if kind == RUTIN and start:
        return datetime.date(start.year, 12, 31)
    return None


def check_team(kind, start, end, members, ketua=None, options=None, names=None):
    """Raise RuleError unless the team is well formed (R22-R24, R28).

    ``members``: (employee_id, role) pairs, role in :data:`ROLES`; ``ketua``: the employee id of
    the team lead (or None); ``names``: {employee_id: name} for the messages. Codes:
    ``unknown_team_kind``, ``unknown_team_role``, ``start_required``, ``period_order``,
    ``end_required`` (R24: a special team has a mandate with an end), ``rutin_budget_year``
    (R24: a routine team stays within one budget year, January-December), ``team_too_short``
    (MUN Ps 1 angka 16: more than 6 months, from the options), ``no_members``, ``member_twice``,
    ``ketua_twice``, ``ketua_not_member``, ``ketua_required`` (DPS Ps 9(2), from the options).
    """
    opts = resolve_options(options)
    names = names or {}
    if kind not in _KIND_CODES:
        raise RuleError("unknown_team_kind", _("Unknown kind of team: %(kind)s"), kind=kind)
    members = list(members)
    for _employee, role in members:
        if role not in _ROLE_CODES:
            raise RuleError("unknown_team_role", _("Unknown role in a team: %(role)s"), role=role)
    if not start:
        raise RuleError("start_required", _("A team needs a start date."))
    check_period(start, end)
    # R24: a special / incidental team has a mandate limited in time (DPS Lampiran A.4.b II).
    if kind == INSIDENTAL and not end:
        raise RuleError(
            "end_required",
            _("A special or incidental team works on a mandate with an end date (R24)."),
        )
    # R24: a routine team works for one budget year (DPS Lampiran A.4.b I).
    if kind == RUTIN and end and end.year != start.year:
        raise RuleError(
            "rutin_budget_year",
            _("A routine team works within one budget year: %(start)s to %(end)s spans two (R24)."),
            start=str(start),
            end=str(end),
        )
    # R24: MUN Ps 1 angka 16, a tim kerja works for more than 6 months.
    months = opts["team_longer_than_months"]
    last = end or default_end(kind, start)
    if months and last < add_months(start, months):
        raise RuleError(
            "team_too_short",
            _("A team must work for more than %(months)s months (R24): use an individual assignment."),
            months=months,
        )
    if not members:
        raise RuleError("no_members", _("A team needs members (R22)."))
    seen = set()
    for employee, _role in members:
        if employee in seen:
            raise RuleError(
                "member_twice",
                _("%(employee)s is listed twice in the team."),
                employee=names.get(employee, employee),
            )
        seen.add(employee)
    # R22: a team has one ketua.
    leads = {employee for employee, role in members if role == KETUA}
    if ketua:
        leads.add(ketua)
    if len(leads) > 1:
        raise RuleError(
            "ketua_twice",
            _("A team has one lead (ketua), not %(count)s (R22)."),
            count=len(leads),
        )
    if ketua and ketua not in seen:
        raise RuleError(
            "ketua_not_member",
            _("The team lead %(employee)s must be a member of the team (R22)."),
            employee=names.get(ketua, ketua),
        )
    if opts["ketua_required"] and not leads:
        raise RuleError("ketua_required", _("The team needs a lead (ketua) (R22)."))


def check_pengendali(jabatan_type, jenjang):
    """R28: a Pengendali Tim Kerja is a JF Ahli Madya (BKS Ps 43(6), 46(2))."""
    if jabatan_type != pos.FUNGSIONAL or jenjang != "ahli_madya":
        raise RuleError(
            "pengendali_not_ahli_madya",
            _("A team controller (pengendali tim kerja) is a functional official Ahli Madya (R28)."),
        )


def ketua_warning(ketua_unit, owning_unit_subtree):
    """R23: a warning (template, params) when the team lead does not come from the unit that
    owns the work (``owning_unit_subtree``: ids of that unit and the units below it), else None.
    Allowed, but made visible (KRA Ps 12(9), 16(4); MUN Ps 17(3); DPS Ps 9(4))."""
    if ketua_unit is None or ketua_unit in set(owning_unit_subtree):
        return None
    return (
        _(
            "The team lead (ketua) does not come from the unit that owns the work; the "
            "regulations prefer a lead from that unit (R23)."
        ),
        {},
    )


def may_form_team(is_coordinating_pengawas, options=None):
    """R9: a Pengawas who coordinates the substance work is automatically its ketua and cannot
    form other teams where the options say so (MUN Lampiran D.1 b(14))."""
    return not is_coordinating_pengawas or resolve_options(options)["coordinator_may_form_teams"]


def team_needed(crosses_units, result_plan_months, crosses_technically=False, options=None):
    """R29 (BRT Lampiran II B): is a team needed, or should individuals be assigned directly?

    Criteria: (1) a result plan with targets over ``team_plan_months`` (one year); (2) the
    substance of the work, or (3) its technical execution, crosses units, Perangkat Daerah or
    agencies. Returns (needed, reasons), reasons as (template, params) pairs.
    """
    needed_months = resolve_options(options)["team_plan_months"]
    reasons = []
    plan_ok = bool(result_plan_months) and result_plan_months >= needed_months
    params = {"months": result_plan_months or 0, "needed": needed_months}
    if plan_ok:
        reasons.append(
            (_("The result plan covers %(months)s months, at least the %(needed)s needed (R29)."), params)
        )
    else:
        reasons.append(
            (_("The result plan covers %(months)s months, fewer than the %(needed)s needed (R29)."), params)
        )
    crosses = bool(crosses_units or crosses_technically)
    if crosses:
        reasons.append((_("The work crosses units, Perangkat Daerah or agencies (R29)."), {}))
    else:
        reasons.append((_("The work stays within one unit (R29)."), {}))
    needed = plan_ok and crosses
    if not needed:
        reasons.append((_("Assign individuals directly instead of forming a team (R29)."), {}))
    return needed, reasons


__all__ = [
    "ACTIONS",
    "KINDS",
    "ROLES",
    "STATES",
    "TRANSITIONS",
    "actor_role",
    "add_months",
    "allowed_actions",
    "check_pengendali",
    "check_team",
    "default_end",
    "ketua_warning",
    "may_act",
    "may_form_team",
    "team_needed",
    "transition",
]


def check_team_edit(is_organiser, state, part="team"):
    """Only the organisers of a team (its creator, the leaders of the owning unit, the HR office)
    change it; its members and targets only while it is a draft: the decree fixes them (R22)."""
    if not is_organiser:
        raise RuleError(
            "team_edit_not_allowed",
            _("Only the unit leader who forms the team, its creator or the HR office changes "
              "the team."),
        )
    if part == "members" and state != DRAFT:
        raise RuleError(
            "team_members_fixed",
            _("The members and targets are fixed by the decree once the team is proposed (R22)."),
        )
