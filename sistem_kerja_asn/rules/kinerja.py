"""Pengelolaan kinerja (R34-R36, R5, R9, R27 and the national predikat rule of RULES.md §E).

The rating scale, the predikat matrix of PermenPANRB 6/2022 (work results x work behaviour), the
states of a performance record and who may move them, the cascade of expectations (R35), the
rating recommendations (R5, R9, R27), the objection to the atasan PPK and the objection window
before final, check-in dates and hours beyond the weekly duty (R36). No Odoo here: the models
call these.
"""

from datetime import date
from datetime import timedelta

from . import jam_kerja
from .errors import RuleError
from .errors import _

# The appraiser rates work results (hasil kerja) and work behaviour (perilaku kerja) each
# above / as / below expectation (PermenPANRB 6/2022; RULES.md §E).
ABOVE = "above"
AS_EXPECTED = "as_expected"
BELOW = "below"
RATINGS = [
    (ABOVE, "Above expectation"),
    (AS_EXPECTED, "As expected"),
    (BELOW, "Below expectation"),
]

SANGAT_BAIK = "sangat_baik"
BAIK = "baik"
BUTUH_PERBAIKAN = "butuh_perbaikan"
KURANG = "kurang"
SANGAT_KURANG = "sangat_kurang"
PREDIKAT = [
    (SANGAT_BAIK, "Sangat Baik"),
    (BAIK, "Baik"),
    (BUTUH_PERBAIKAN, "Butuh Perbaikan"),
    (KURANG, "Kurang/Misconduct"),
    (SANGAT_KURANG, "Sangat Kurang"),
]

# (work results, work behaviour) -> predikat: the matrix of PermenPANRB 6/2022 (RULES.md §E, R34).
# Behaviour below expectation is misconduct whatever the results (unless the results are below
# expectation too: Sangat Kurang); results below expectation with acceptable behaviour need
# improvement.
MATRIX = {
    (ABOVE, ABOVE): SANGAT_BAIK,
    (ABOVE, AS_EXPECTED): BAIK,
    (ABOVE, BELOW): KURANG,
    (AS_EXPECTED, ABOVE): BAIK,
    (AS_EXPECTED, AS_EXPECTED): BAIK,
    (AS_EXPECTED, BELOW): KURANG,
    (BELOW, ABOVE): BUTUH_PERBAIKAN,
    (BELOW, AS_EXPECTED): BUTUH_PERBAIKAN,
    (BELOW, BELOW): SANGAT_KURANG,
}

# R34: planning -> doing -> appraisal -> follow-up, as record states.
DRAFT = "draft"
AGREED = "agreed"
IN_PROGRESS = "in_progress"
RATED = "rated"
FINAL = "final"
STATES = [
    (DRAFT, "Draft"),
    (AGREED, "Agreed"),
    (IN_PROGRESS, "In progress"),
    (RATED, "Rated"),
    (FINAL, "Final"),
]
TRANSITIONS = {
    DRAFT: {"agree": AGREED},
    AGREED: {"start": IN_PROGRESS, "reset": DRAFT},
    IN_PROGRESS: {"rate": RATED},
    RATED: {"finalise": FINAL, "reopen": IN_PROGRESS},
}

# Who moves a record (R34): the performance agreement is made between the employee and the PPK;
# only the PPK rates (R2); the employee may object to the atasan PPK (R8), who decides; the PPK or
# the HR office closes the period.
EMPLOYEE = "employee"
PPK = "ppk"
ATASAN_PPK = "atasan_ppk"
PUO = "puo"
KOORDINATOR = "koordinator"
KETUA = "ketua"
HR = "hr"
ACTORS = {
    "agree": {PPK, HR},
    "reset": {PPK, HR},
    "start": {EMPLOYEE, PPK, HR},
    "rate": {PPK},
    "reopen": {PPK},
    "finalise": {PPK, HR},
    "object": {EMPLOYEE},
    "decide": {ATASAN_PPK},
}

# The objection (keberatan) of the employee to the atasan PPK, on a rated record.
OBJECTION_NONE = "none"
OBJECTION_FILED = "filed"
OBJECTION_DECIDED = "decided"
OBJECTION_STATES = [
    (OBJECTION_NONE, "None"),
    (OBJECTION_FILED, "Filed"),
    (OBJECTION_DECIDED, "Decided"),
]

# Rating recommendations (R5, R9, R27): who may submit one.
RECOMMENDER_ROLES = [
    (PUO, "Unit leader (PUO)"),
    (KOORDINATOR, "Coordinator"),
    (KETUA, "Team lead (ketua)"),
]

# Kinds of dated notes in an employee's performance timeline (R34 b, d; R36).
NOTE_KINDS = [
    ("feedback", "Feedback"),
    ("evidence", "Evidence"),
    ("checkin", "Check-in"),
    ("overtime", "Hours beyond the weekly duty"),
    ("follow_up", "Follow-up"),
]
FOLLOW_UP_TYPES = [
    ("reward", "Reward"),
    ("sanction", "Sanction"),
    ("development", "Development"),
]

CHECKIN_FREQUENCIES = [
    ("none", "Yearly only"),
    ("quarterly", "Quarterly"),
    ("monthly", "Monthly"),
]

# R37: 37 h 30 min a week is the duty (DPS Ps 16-17), counted from the regulation's schedule;
# an employee's own duty comes from his calendar (rules/jam_kerja.py). R36 counts the hours beyond.
WEEKLY_DUTY_HOURS = jam_kerja.weekly_hours(jam_kerja.R37)


def predikat(hasil_kerja, perilaku):
    """The predikat of a (work results, work behaviour) rating pair (PermenPANRB 6/2022)."""
    key = (hasil_kerja, perilaku)
    if key not in MATRIX:
        raise RuleError(
            "rating_required",
            _("Rate both the work results and the work behaviour before the predikat (R34)."),
        )
    return MATRIX[key]


def transition(state, action, *, hasil_kerja=None, perilaku=None, objection=OBJECTION_NONE):
    """The state after ``action``; rating and finalising need both ratings (R34); a pending
    objection keeps the record open until the atasan PPK decides."""
    nxt = TRANSITIONS.get(state, {}).get(action)
    if nxt is None:
        raise RuleError(
            "action_not_allowed",
            _("The action %(action)s is not allowed on a performance record in the state %(state)s."),
            action=action,
            state=dict(STATES).get(state, state),
        )
    if action in ("rate", "finalise"):
        predikat(hasil_kerja, perilaku)
    if action in ("finalise", "reopen") and objection == OBJECTION_FILED:
        raise RuleError(
            "objection_pending",
            _("An objection is pending: the appraiser's superior decides it first."),
        )
    return nxt


def check_actor(action, roles):
    """``roles`` (a set of EMPLOYEE, PPK, ATASAN_PPK, HR...) may take ``action`` (ACTORS)."""
    allowed = ACTORS.get(action, set())
    if not set(roles) & allowed:
        if action == "rate":
            raise _not_ppk()
        names = {
            EMPLOYEE: _("the employee"), PPK: _("the appraiser (PPK)"),
            ATASAN_PPK: _("the appraiser's superior"), HR: _("the HR office"),
        }
        raise RuleError(
            "not_allowed_actor",
            _("Only %(who)s may do this on a performance record."),
            who=" / ".join(sorted(names[r] for r in allowed)),
        )


# Which roles may edit which group of fields, in which states (R34): the plan (period and
# expected results) while drafting; the ratings by the PPK while the period runs; the objection by
# the employee, and its decision by the atasan PPK, on a rated record; the achieved results while
# the period runs.
EDIT = {
    "plan": ({EMPLOYEE, PPK, HR}, {DRAFT}),
    # R5, R9: the expected results and their targets, while drafting: the employee drafts them
    # with his leader ("bersama kepala bagian menyusun rencana", KRA Ps 29(2)(g)-(h)),
    # the unit leader (PUO) and the coordinating Pengawas who are not the PPK set them ("menetapkan
    # kinerja", MUN Lamp D.1 b(6), b(11)); see target_leaders and check_targets_set.
    "target": ({EMPLOYEE, PPK, PUO, KOORDINATOR, HR}, {DRAFT}),
    "rating": ({PPK}, {IN_PROGRESS}),
    "objection": ({EMPLOYEE}, {RATED}),
    "decision": ({ATASAN_PPK}, {RATED}),
    "achievement": ({EMPLOYEE, PPK, HR}, {DRAFT, AGREED, IN_PROGRESS}),
}


def check_edit(group, roles, state, objection=OBJECTION_NONE):
    """Refuse an edit of ``group`` (EDIT) by ``roles`` in ``state``."""
    who, states = EDIT[group]
    if group == "rating" and PPK not in roles:
        raise _not_ppk()
    if not set(roles) & who:
        raise RuleError(
            "edit_not_allowed",
            _("You may not change this part of the performance record."),
        )
    if state not in states:
        raise RuleError(
            "edit_wrong_state",
            _("This part of the performance record cannot be changed in the state %(state)s."),
            state=dict(STATES).get(state, state),
        )
    if group == "objection" and objection != OBJECTION_NONE:
        raise RuleError("objection_not_open", _("The objection has already been filed."))
    if group == "decision" and objection != OBJECTION_FILED:
        raise RuleError("objection_not_filed", _("There is no pending objection to decide."))


# R34 b (documenting performance, continuous feedback) and d (follow-up): who writes which note,
# in which states. The employee documents their own evidence and extra hours (R36).
_LEADERS = {PPK, PUO, KOORDINATOR, KETUA, ATASAN_PPK, HR}
NOTE_RULES = {
    "feedback": (_LEADERS, {DRAFT, AGREED, IN_PROGRESS, RATED}),
    "evidence": (_LEADERS | {EMPLOYEE}, {AGREED, IN_PROGRESS, RATED}),
    "checkin": ({PPK, EMPLOYEE}, {IN_PROGRESS}),
    "overtime": ({EMPLOYEE, PPK, HR}, {AGREED, IN_PROGRESS}),
    "follow_up": ({PPK, HR}, {RATED, FINAL}),
}


def check_note(kind, roles, state, follow_up_type=None):
    """Refuse a timeline note of ``kind`` by ``roles`` on a record in ``state``."""
    if kind not in NOTE_RULES:
        raise RuleError("note_kind", _("Unknown kind of note %(kind)s."), kind=kind)
    who, states = NOTE_RULES[kind]
    label = dict(NOTE_KINDS)[kind]
    if not set(roles) & who:
        raise RuleError(
            "note_not_allowed",
            _("You may not add a note of the kind %(kind)s to this performance record."),
            kind=label,
        )
    if state not in states:
        raise RuleError(
            "note_wrong_state",
            _("A note of the kind %(kind)s cannot be added in the state %(state)s."),
            kind=label, state=dict(STATES).get(state, state),
        )
    if kind == "follow_up" and not follow_up_type:
        raise RuleError(
            "follow_up_type",
            _("Say whether the follow-up is a reward, a sanction or development (R34 d)."),
        )


def object_to(state, objection, reason):
    """The employee objects to the rating (keberatan) before it is final: to the atasan PPK."""
    if state != RATED or objection != OBJECTION_NONE:
        raise RuleError(
            "objection_not_open",
            _("An objection can be filed once, on a rated record that is not final yet."),
        )
    if not (reason or "").strip():
        raise RuleError("objection_reason", _("Give the reason of the objection."))
    return OBJECTION_FILED


def decide_objection(objection, answer, hasil_kerja=None, perilaku=None):
    """The atasan PPK answers the objection, keeping or changing the ratings: returns the
    (work results, work behaviour) pair that holds after the decision."""
    if objection != OBJECTION_FILED:
        raise RuleError("objection_not_filed", _("There is no pending objection to decide."))
    if not (answer or "").strip():
        raise RuleError("objection_answer", _("Give the answer to the objection."))
    if (hasil_kerja is None) != (perilaku is None):
        raise RuleError(
            "objection_ratings",
            _("A changed rating needs both the work results and the work behaviour."),
        )
    if hasil_kerja is not None:
        predikat(hasil_kerja, perilaku)
    return hasil_kerja, perilaku


def held_ratings(rating, objection, objection_rating):
    """The (work results, work behaviour) pair that holds: the atasan PPK's after an objection
    he decided with changed ratings, else the PPK's."""
    if objection == OBJECTION_DECIDED and objection_rating and objection_rating[0]:
        return tuple(objection_rating)
    return tuple(rating)


def check_recommender(role, author_id, *, ppk_id, puo_id=None, koordinator_id=None,
                      ketua_of_member=False, employee_id=None):
    """R5: the PUO recommends when it is not the PPK; R9: the coordinating Pengawas likewise;
    R27: the ketua of a team the employee belongs to recommends for that member ("hasil kinerja
    anggota tim", KRA Ps 18(4)(e)): never for himself, though he is on the team's list."""
    if not author_id:
        raise RuleError("recommender_missing", _("A recommendation needs its author."))
    if employee_id and author_id == employee_id:
        raise RuleError(
            "recommender_is_employee",
            _("Nobody recommends his own rating: the ketua recommends for the members (R27)."),
        )
    if role == PUO:
        ok = author_id == puo_id
        why = _("Only the employee's unit leader (PUO) recommends as PUO (R5).")
    elif role == KOORDINATOR:
        ok = author_id == koordinator_id
        why = _("Only the employee's coordinator recommends as coordinator (R9).")
    elif role == KETUA:
        ok = bool(ketua_of_member)
        why = _("Only the lead (ketua) of a team the employee belongs to recommends as ketua (R27).")
    else:
        raise RuleError("recommender_role", _("Unknown recommendation role %(role)s."), role=role)
    if not ok:
        raise RuleError("not_recommender", why)
    if author_id == ppk_id:
        raise RuleError(
            "recommender_is_ppk",
            _("The appraiser (PPK) rates directly; a recommendation is for a PUO, coordinator "
              "or ketua who is not the PPK (R5)."),
        )


def recommendation_recipients(role, *, ppk_id, puo_id=None, author_id=None, employee_id=None):
    """Whom a rating recommendation of ``role`` reaches: employee ids, in order, no repeats.

    R27: the ketua "melaporkan hasil kinerja anggota tim kepada Pejabat Penilai Kinerja dan
    Pimpinan Unit Organisasi yang bersangkutan sebagai bahan pertimbangan penilaian kinerja"
    (KRA Ps 18(4)(e); MUN Lamp B.c c)(5); DPS Lamp A.5 c.5); BRT Lamp II I.B(4)(e)): the
    member's PPK and his PUO. R5: the PUO's recommendation is "dijadikan acuan" by the PPK
    (MUN Lamp D.1 b(7)); R9: the coordinator's goes "kepada Kepala Bagian sebagai Pejabat
    Penilai Kinerja" (MUN Lamp D.1 b(12)): the PPK. Never its author (a ketua who is the PUO)
    nor the employee it is about, who never reads it."""
    if role not in dict(RECOMMENDER_ROLES):
        raise RuleError("recommender_role", _("Unknown recommendation role %(role)s."), role=role)
    wanted = [ppk_id, puo_id] if role == KETUA else [ppk_id]
    result = []
    for emp_id in wanted:
        if emp_id and emp_id not in (author_id, employee_id) and emp_id not in result:
            result.append(emp_id)
    return result


def target_leaders(ppk_id, puo_id=None, koordinator_id=None):
    """R5, R9: the leaders who set an employee's targets although they do not appraise him: ids,
    empty where the PPK is also the leader who sets them.

    R5: above the jenjang ceiling the PPK is the next level up and the unit leader "hanya
    berperan sebagai Pimpinan Unit Organisasi yang memberikan penugasan sekaligus mengelola
    kinerja"; he "menetapkan kinerja Pejabat Fungsional Ahli Madya setelah berkoordinasi dengan
    Asisten Sekretaris Daerah sebagai Pejabat Penilai Kinerja" (MUN Lamp D.1 b(4), b(6); D.5
    b(9), b(14); D.9 b(7)). R9: "Pejabat Pengawas menetapkan kinerja Pejabat Fungsional dan
    Pelaksana yang berada di bawah koordinasinya, setelah berkoordinasi dengan Kepala Bagian
    sebagai Pejabat Penilai Kinerja" (MUN Lamp D.1 b(11))."""
    result = []
    for emp_id in (puo_id, koordinator_id):
        if emp_id and emp_id != ppk_id and emp_id not in result:
            result.append(emp_id)
    return result


def check_targets_set(targets, leader_ids):
    """R5, R9: before the PPK agrees the plan, where leaders other than the PPK set the targets
    (:func:`target_leaders`), each expected result's target was last set by one of them: the
    employee drafts his targets with his leader, he does not set them alone; the PPK's agreement
    is the coordination the text asks for. ``targets``: [(name, setter_id)]."""
    leaders = set(leader_ids or ())
    if not leaders:
        return
    for name, setter_id in targets:
        if setter_id not in leaders:
            raise RuleError(
                "target_not_set_by_leader",
                _("The target of %(name)s is set by the employee's unit leader (PUO) or "
                  "coordinator before the appraiser agrees the plan (R5, R9)."),
                name=name,
            )


def target_setter(holders, mine):
    """Whom a change of a target counts for (R5, R9): of ``holders`` [(role, employee id)] in
    order of precedence (the leaders who set targets first, then the PPK, the employee), the
    first held by one of ``mine`` (the user's employee ids); else the first of ``mine`` (an HR
    clerk), or None."""
    mine = list(mine or ())
    for _role, emp_id in holders:
        if emp_id and emp_id in mine:
            return emp_id
    return mine[0] if mine else None


def check_cascade(expectations, is_top):
    """R35: every expectation of an employee supports an expectation of their superior, except
    the performance agreement of Level 1 at the top of the PD. ``expectations`` is
    [(name, parent_id), ...]."""
    if not expectations:
        raise RuleError(
            "no_expectation",
            _("Add at least one expected result (rencana hasil kerja) before the agreement."),
        )
    if is_top:
        return
    for name, parent in expectations:
        if not parent:
            raise RuleError(
                "cascade_missing",
                _("The expected result %(name)s must support an expected result of the "
                  "superior (R35 cascade)."),
                name=name,
            )


def check_cascade_owner(parent_owner_id, superior_ids):
    """R35: the supported expectation belongs to one of the employee's superiors."""
    if parent_owner_id not in set(superior_ids):
        raise RuleError(
            "cascade_owner",
            _("An expected result can only support an expected result of the employee's "
              "superior (PPK, unit leader or appraiser's superior) (R35)."),
        )


def checkin_dates(start, end, frequency, today=None):
    """The check-in dates of a period: the last day of each quarter or month within it (R34 b).

    With ``today`` (scheduling when the period starts): only the dates still to come, today
    included. A period started late does not open check-ins that are overdue from the start;
    the quarter or month already past is discussed at the next check-in."""
    if frequency not in ("quarterly", "monthly") or not start or not end:
        return []
    if today is not None:
        return [day for day in checkin_dates(start, end, frequency) if day >= today]
    result = []
    year, month = start.year, start.month
    while date(year, month, 1) <= end:
        nxt = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
        last = nxt - timedelta(days=1)
        if (frequency == "monthly" or month % 3 == 0) and start <= last <= end:
            result.append(last)
        year, month = nxt.year, nxt.month
    return result


# The objection window (R34, R8): after the rating the employee has this many days to object to
# the appraiser's superior before the appraisal may become final (configurable per company).
OBJECTION_WINDOW_DAYS = 14
OBJECTION_WINDOW_MAX_DAYS = 90


def check_objection_window_days(days):
    """A company's objection window: at least one day (the employee must get to object), at most
    OBJECTION_WINDOW_MAX_DAYS."""
    if days is None or not 1 <= days <= OBJECTION_WINDOW_MAX_DAYS:
        raise RuleError(
            "objection_window_bounds",
            _("The objection window lasts from 1 to %(max)s days, not %(days)s."),
            max=OBJECTION_WINDOW_MAX_DAYS, days=days,
        )


def objection_deadline(rated_date, window_days=OBJECTION_WINDOW_DAYS):
    """The last day on which the employee may object to a rating given on ``rated_date``."""
    if not rated_date:
        return None
    return rated_date + timedelta(days=window_days)


def check_finalise(rated_date, today, window_days=OBJECTION_WINDOW_DAYS,
                   objection_state=OBJECTION_NONE):
    """R34, R8: a rated appraisal becomes final only after the employee could object: once the
    objection window after ``rated_date`` has passed with no objection, or once an objection
    filed was decided by the appraiser's superior. Returns the first day it may be finalised
    (``today`` or earlier when allowed); raises RuleError otherwise."""
    if objection_state == OBJECTION_FILED:
        raise RuleError(
            "objection_pending",
            _("An objection is pending: the appraiser's superior decides it first."),
        )
    if objection_state == OBJECTION_DECIDED:
        return today
    if not rated_date:
        raise RuleError(
            "not_rated",
            _("The appraisal has no rating date: rate it before it becomes final."),
        )
    first_day = objection_deadline(rated_date, window_days) + timedelta(days=1)
    if today < first_day:
        raise RuleError(
            "objection_window",
            _("The employee may object to the rating until %(deadline)s: the appraisal can be "
              "finalised from %(date)s, or earlier once an objection is decided."),
            deadline=objection_deadline(rated_date, window_days), date=first_day,
        )
    return first_day


def overtime_hours(hours_worked, duty=WEEKLY_DUTY_HOURS):
    """R36: the hours of a week beyond the weekly ``duty`` count as performance. The duty is the
    employee's (the weekly hours of his calendar, rules/jam_kerja.py); R37's 37.5 h by default."""
    if hours_worked is None or hours_worked != hours_worked or hours_worked <= 0:  # NaN
        raise RuleError("hours_required", _("Give the hours worked in that week."))
    if hours_worked > 7 * 24:
        raise RuleError("hours_impossible", _("A week has no more than 168 hours."))
    jam_kerja.check_duty(duty)
    extra = round(hours_worked - duty, 2)
    if extra <= 0:
        raise RuleError(
            "no_overtime",
            _("%(hours)s hours do not exceed the weekly duty of %(duty)s hours (R36, R37)."),
            hours=hours_worked, duty=duty,
        )
    return extra


def _not_ppk():
    return RuleError(
        "not_ppk", _("Only the appraiser (PPK) of the employee rates the performance (R2).")
    )


def check_rater(rater_id, ppk_id):
    """Only the employee's PPK (or his delegate, already resolved into ``ppk_id``) rates (R2, R7)."""
    if not rater_id or rater_id != ppk_id:
        raise _not_ppk()


def check_periods(periods):
    """Refuse overlapping periods of one employee: ``periods`` is [(start, end), ...]."""
    ordered = sorted(periods)
    for (s1, e1), (s2, e2) in zip(ordered, ordered[1:], strict=False):
        if s2 <= e1:
            raise RuleError(
                "period_overlap",
                _("Performance periods may not overlap: %(first)s and %(second)s."),
                first=f"{s1} - {e1}",
                second=f"{s2} - {e2}",
            )
