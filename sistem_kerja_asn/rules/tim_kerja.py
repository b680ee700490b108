"""Tim kerja: work teams, their kinds, members and life cycle (R9, R22-R29).

A team is formed by the PUO (R22, R25) and set by decree: draft -> proposed -> established (decree
number and date, R22) -> closed (its year or mandate ended) or dissolved (ended early, with a
reason). :data:`TRANSITIONS` is the table, :func:`transition` the gate's answer, :func:`may_act`
who may act (roles of :data:`.penugasan.ROLES`, resolved by the model).

Regency differences come from the work-system options (:mod:`.presets`):
``team_longer_than_months`` (MUN Ps 1 angka 16), ``ketua_required`` (DPS Ps 9(2)),
``team_established_by`` (who signs the decree), ``coordinator_may_form_teams`` (R9),
``team_plan_months`` and ``team_need_binding`` (R29), ``ketua_from_penyetaraan`` (R23), and,
for the consent of a member's own leader (R17), ``request_to`` and ``scopes`` through the
assignment flows of :mod:`.penugasan`.
"""

import calendar
import datetime

from . import kedudukan as kd
from . import penugasan as flows
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
    (PROPOSE, _("Propose")),
    (RETURN, _("Return for revision")),
    (ESTABLISH, _("Establish by decree")),
    (CLOSE, _("Close")),
    (DISSOLVE, _("Dissolve")),
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
    # R9, R17, R23, R29 (issue 12 item 4)
    "CONSENT_STATES",
    "check_consent_fields",
    "check_consents",
    "check_may_form_team",
    "check_team_needed",
    "consent_role",
    "consent_transition",
    "initial_consent",
    "is_coordinating_pengawas",
    "ketua_candidates",
    "member_scope",
    "penyetaraan_warning",
    "plan_months",
    "team_need_problems",
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


# --- R9: who may form a team ----------------------------------------------------------------


def is_coordinating_pengawas(units, people, policy, person_id):
    """R9: is ``person_id`` a Pengawas who coordinates the substance work of the staff of the
    unit he heads, "selayaknya Ketua Tim Kerja" (MUN Lamp D.1 b(10)-(14), D.2 b(8)-(11),
    D.3 b(8)-(12); KRA Ps 52)?

    Asked of the kedudukan resolver (:func:`.kedudukan.resolve`), not of a stored field (a head's
    own coordinator is always empty: the field names the coordinator *of* staff): a Pelaksana
    and a JF placed in each unit he heads are resolved, and he coordinates when the resolver
    names him their coordinator, i.e. he heads a Level-3 Subbagian / Seksi whose rule gives the
    PPK and PUO to the leader above and lets him coordinate. ``units``, ``people`` (at least
    every unit head) and ``policy`` as for :func:`.kedudukan.resolve`.
    """
    head = next((p for p in people if p.id == person_id), None)
    if head is None or head.jabatan_type != pos.PENGAWAS:
        return False
    headed = [unit.id for unit in units if unit.head_id == person_id]
    probes = [
        kd.Person(id=-(n + 1), unit_id=unit_id, jabatan_type=group)
        for n, (unit_id, group) in enumerate(
            (unit_id, group) for unit_id in headed for group in (pos.PELAKSANA, pos.FUNGSIONAL)
        )
    ]
    if not probes:
        return False
    found = kd.resolve(units, [*people, *probes], policy, only=[p.id for p in probes])
    return any(res.coordinator_id == person_id for res in found.values())


def check_may_form_team(is_coordinating, options=None, person=""):
    """R9: raise RuleError ``coordinator_forms_no_team`` when a coordinating Pengawas would form
    a team where the options forbid it (MUN Lamp D.1 b(14): "Pejabat Pengawas dalam pelaksanaan
    koordinasi pelaksanaan tugas substansi selayaknya Ketua Tim Kerja tidak dapat membentuk Tim
    Kerja, dikarenakan secara otomatis menjadi Ketua Tim Kerja")."""
    if not may_form_team(is_coordinating, options):
        raise RuleError(
            "coordinator_forms_no_team",
            _("%(person)s is a Pengawas who coordinates the substance work of his unit like a "
              "team lead, and so is its team lead already: he cannot form other teams (R9). "
              "The unit leader above him forms the team."),
            person=person,
        )


# --- R29: is a team needed? -----------------------------------------------------------------


def plan_months(kind, start, end):
    """R29 (BRT Lamp II B(1)): the months of the result plan a team carries. A routine team
    carries its budget year's plan, 12 months (DPS Lamp A.4.b I: "dilaksanakan dalam periode
    1 (satu) tahun anggaran"); a special team the months its mandate spans, a month begun
    counting as one (0 without dates)."""
    if kind == RUTIN:
        return 12
    if not (start and end) or end < start:
        return 0
    months = (end.year - start.year) * 12 + end.month - start.month
    if add_months(start, months) <= end:
        months += 1
    return months


def team_need_problems(crosses_units, result_plan_months, crosses_technically=False, options=None):
    """R29: the criteria of :func:`team_needed` this work does not meet, as (code, template,
    params), the plan first (empty: a team is needed). Codes: ``team_plan_too_short`` (BRT Lamp
    II B(1)), ``team_within_one_unit`` (B(2)-(3))."""
    needed_months = resolve_options(options)["team_plan_months"]
    problems = []
    if not (result_plan_months and result_plan_months >= needed_months):
        problems.append((
            "team_plan_too_short",
            _("A team carries a result plan of at least %(needed)s months (R29): this one covers "
              "%(months)s. Assign individuals directly instead."),
            {"needed": needed_months, "months": result_plan_months or 0},
        ))
    if not (crosses_units or crosses_technically):
        problems.append((
            "team_within_one_unit",
            _("A team is formed for work whose substance or technical execution crosses units, "
              "Perangkat Daerah or agencies (R29): this work stays within one unit. Assign "
              "individuals directly instead."),
            {},
        ))
    return problems


def check_team_needed(crosses_units, result_plan_months, crosses_technically=False, options=None):
    """R29 when a team is proposed: the warnings (template, params) to show, or a refusal.

    BRT Lamp II B(7) makes the criteria binding: "Apabila pembentukan Tim Kerja tidak memenuhi
    syarat sebagaimana angka 1 sampai dengan angka 3 di atas, maka Pejabat Pemilik Kinerja
    melakukan penunjukan langsung individual" (option ``team_need_binding``): RuleError with the
    code of the first criterion not met. Elsewhere they are guidance and the team may go on
    (KRA Ps 16(5): the number of teams is the PUO's strategy): the warnings are returned."""
    problems = team_need_problems(crosses_units, result_plan_months, crosses_technically, options)
    if problems and resolve_options(options)["team_need_binding"]:
        code, template, params = problems[0]
        raise RuleError(code, template, **params)
    return [(template, params) for _code, template, params in problems]


# --- R23: who is preferred as ketua ---------------------------------------------------------


def _preference(member, owning_unit_subtree):
    """(from the owning unit, a JF from a position conversion): MUN Ps 17(3)'s order."""
    _employee, unit, jabatan_type, penyetaraan = member
    return (unit in owning_unit_subtree, jabatan_type == pos.FUNGSIONAL and bool(penyetaraan))


def ketua_candidates(members, owning_unit_subtree, options=None):
    """R23 (MUN Ps 17(3)): the members a team lead is preferably chosen from, best first.

    "Ketua tim kerja ... diutamakan berasal dari Unit Organisasi pemilik kinerja, diprioritaskan
    dari Jabatan Fungsional hasil penyetaraan": the JF from a position conversion, those of the
    owning unit first (empty where the options give them no priority). ``members``: (employee
    id, unit id, jabatan_type, hasil_penyetaraan) tuples."""
    if not resolve_options(options)["ketua_from_penyetaraan"]:
        return []
    subtree = set(owning_unit_subtree)
    preferred = [m for m in members if _preference(m, subtree)[1]]
    preferred.sort(key=lambda m: not _preference(m, subtree)[0])  # stable: the owning unit first
    return [m[0] for m in preferred]


def penyetaraan_warning(ketua, members, owning_unit_subtree, names=None, options=None):
    """R23 (MUN Ps 17(3)): a warning (template, params) when the team lead is not a JF from a
    position conversion while a member who is one comes from the owning unit too, or when the
    lead comes from outside it; else None. Allowed, but made visible. ``ketua`` and ``members``
    as in :func:`ketua_candidates`; ``names``: {employee id: name}."""
    if ketua is None:
        return None
    subtree = set(owning_unit_subtree)
    lead_own, lead_penyetaraan = _preference(ketua, subtree)
    if lead_penyetaraan:
        return None
    better = [
        employee for employee in ketua_candidates(members, subtree, options)
        if employee != ketua[0] and (not lead_own or _preference(
            next(m for m in members if m[0] == employee), subtree)[0])
    ]
    if not better:
        return None
    names = names or {}
    return (
        _("The team lead %(ketua)s is not a functional official from a position conversion "
          "(hasil penyetaraan), while %(names)s is: the regulation gives them priority as team "
          "lead (R23)."),
        {"ketua": names.get(ketua[0], ketua[0]),
         "names": ", ".join(str(names.get(e, e)) for e in better)},
    )


# --- R17 for teams: the consent of a member's own leader ------------------------------------

CONSENT_PENDING = "pending"
CONSENT_GIVEN = "given"
CONSENT_REFUSED = "refused"
CONSENT_STATES = [
    (CONSENT_PENDING, "Waiting for his leader"),
    (CONSENT_GIVEN, "Leader consented"),
    (CONSENT_REFUSED, "Leader refused"),
]
CONSENT = "consent"
REFUSE_CONSENT = "refuse_consent"
# Written only by the engine (the team's gate), never by a user.
CONSENT_FIELDS = frozenset({"consent_state", "consent_by_id", "consent_date", "consent_reason"})

# The roles on the side where the employee sits (rules/penugasan ROLES).
_EMPLOYEE_SIDE = frozenset({
    flows.PUO_EMPLOYEE, flows.PPK_EMPLOYEE, flows.PD_HEAD_EMPLOYEE, flows.PYB_TARGET,
})


def member_scope(in_owning_subtree, same_pd, same_agency=True, options=None):
    """R13: the scope of a team member's involvement: within the owning unit (or below it),
    across units of the PD, across PDs, across agencies; a scope the options do not provide is
    "across units" (national: "a unit of another PD is 'lintas unit'")."""
    if not same_agency:
        scope = flows.LINTAS_INSTANSI
    elif in_owning_subtree:
        scope = flows.DALAM_UNIT
    elif same_pd:
        scope = flows.LINTAS_UNIT
    else:
        scope = flows.LINTAS_PD
    if scope != flows.DALAM_UNIT and scope not in resolve_options(options)["scopes"]:
        scope = flows.LINTAS_UNIT
    return scope


def consent_role(scope, options=None):
    """R17 for teams: the role whose consent a member from outside the owning unit needs, None
    within it. The official who answers a request for involvement in the appointment flow of
    that scope (:func:`.penugasan.flow`), so the same as for an individual assignment: the PPK
    where the JF sits (KRA Ps 14(3)(a)-(b)), the Kepala PD and/or PUO where he sits (BRT Lamp II
    C.1)(3)(a)-(b), option ``request_to``), the head of his PD (BKS Ps 89(3)(b)), his agency's
    PyB (KRA Ps 14(4)(c))."""
    if scope == flows.DALAM_UNIT:
        return None
    opts = resolve_options(options)
    # the flow of that scope even where individual assignments across it are not enabled
    opts = {**opts, "scopes": [*opts["scopes"], scope]}
    for step in flows.flow(scope, flows.PENUNJUKAN, opts).steps:
        if step.actor in _EMPLOYEE_SIDE and flows.APPROVE in step.actions:
            return step.actor
    return None


def initial_consent(proposer_holds_role):
    """R17: asked when the team is proposed; given at once when the one who proposes is that
    member's own leader."""
    return CONSENT_GIVEN if proposer_holds_role else CONSENT_PENDING


def consent_transition(state, action, reason=None):
    """R17.2-17.4 for a team member: the leader asked consents or refuses, a refusal with its
    reason (KRA Ps 14(3)(d): "menjawab surat permohonan pelibatan tersebut dengan alasan mengapa
    tidak dapat menyetujui permohonan"). Codes: ``consent_not_pending``, ``reason_required``."""
    if state != CONSENT_PENDING or action not in (CONSENT, REFUSE_CONSENT):
        raise RuleError(
            "consent_not_pending",
            _("This member's leader is not asked for consent now."),
        )
    if action == REFUSE_CONSENT:
        flows.check_reason(flows.REFUSE, reason)
        return CONSENT_REFUSED
    return CONSENT_GIVEN


def check_consents(lines):
    """R17 for teams: the decree is issued only once the own leader of every member from another
    unit consented. ``lines``: (employee name, consent state) of the members who need it.
    Raises RuleError ``consent_missing`` naming the others."""
    missing = [str(name) for name, state in lines if state != CONSENT_GIVEN]
    if missing:
        raise RuleError(
            "consent_missing",
            _("The decree can be issued once the own leader of each member from another unit "
              "has consented (R17): still missing for %(names)s."),
            names=", ".join(missing),
        )


def check_consent_fields(vals):
    """The consent of a member's leader is written by the team's workflow only: RuleError
    ``consent_engine_only`` when ``vals`` sets one of :data:`CONSENT_FIELDS`."""
    if any(vals.get(name) for name in CONSENT_FIELDS):
        raise RuleError(
            "consent_engine_only",
            _("The consent of a member's leader is given with the Approve and Refuse buttons, "
              "by that leader (R17)."),
        )
