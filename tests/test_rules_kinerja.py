"""Fast tier: the predikat matrix and the performance record checks (R34, PermenPANRB 6/2022)."""

from datetime import date

import pytest

from sistem_kerja_asn.rules import kinerja as k
from sistem_kerja_asn.rules.errors import RuleError


@pytest.mark.parametrize(
    ("hasil", "perilaku", "expected"),
    [
        ("above", "above", "sangat_baik"),
        ("above", "as_expected", "baik"),
        ("above", "below", "butuh_perbaikan"),
        ("as_expected", "above", "baik"),
        ("as_expected", "as_expected", "baik"),
        ("as_expected", "below", "butuh_perbaikan"),
        ("below", "above", "kurang"),
        ("below", "as_expected", "kurang"),
        ("below", "below", "sangat_kurang"),
    ],
)
def test_predikat_every_cell(hasil, perilaku, expected):
    """Each cell of the national matrix (RULES.md §E)."""
    assert k.predikat(hasil, perilaku) == expected


@pytest.mark.parametrize(("hasil", "perilaku"), [(None, "above"), ("above", None), ("x", "above")])
def test_predikat_needs_both_ratings(hasil, perilaku):
    with pytest.raises(RuleError) as err:
        k.predikat(hasil, perilaku)
    assert err.value.code == "rating_required"


def test_states_walk_and_refusals():
    """R34: draft -> agreed -> in progress -> rated -> final; no finalising without ratings."""
    state = k.transition(k.DRAFT, "agree")
    state = k.transition(state, "start")
    with pytest.raises(RuleError) as err:
        k.transition(state, "rate")
    assert err.value.code == "rating_required"
    state = k.transition(state, "rate", hasil_kerja="as_expected", perilaku="above")
    assert state == k.RATED
    assert k.transition(state, "reopen") == k.IN_PROGRESS
    assert k.transition(state, "finalise", hasil_kerja="as_expected", perilaku="above") == k.FINAL
    with pytest.raises(RuleError) as err:
        k.transition(k.FINAL, "rate")
    assert err.value.code == "action_not_allowed"


def test_only_the_ppk_rates():
    """R2, R7: the rater must be the resolved (or delegated) PPK."""
    k.check_rater(5, 5)
    for rater in (None, 6):
        with pytest.raises(RuleError) as err:
            k.check_rater(rater, 5)
        assert err.value.code == "not_ppk"


def test_periods_may_not_overlap():
    k.check_periods([(date(2026, 1, 1), date(2026, 6, 30)), (date(2026, 7, 1), date(2026, 12, 31))])
    with pytest.raises(RuleError) as err:
        k.check_periods([(date(2026, 1, 1), date(2026, 12, 31)), (date(2026, 6, 1), date(2026, 6, 30))])
    assert err.value.code == "period_overlap"


# -- who acts, who edits (R34, R2, R8) ---------------------------------------------------------


@pytest.mark.parametrize(
    ("action", "roles", "ok"),
    [
        ("agree", {k.PPK}, True),
        ("agree", {k.HR}, True),
        ("agree", {k.EMPLOYEE}, False),
        ("start", {k.EMPLOYEE}, True),
        ("rate", {k.PPK}, True),
        ("rate", {k.ATASAN_PPK, k.HR, k.EMPLOYEE, k.PUO}, False),
        ("finalise", {k.HR}, True),
        ("object", {k.EMPLOYEE}, True),
        ("object", {k.PPK}, False),
        ("decide", {k.ATASAN_PPK}, True),
        ("decide", {k.PPK}, False),
    ],
)
def test_actors(action, roles, ok):
    if ok:
        k.check_actor(action, roles)
    else:
        with pytest.raises(RuleError) as err:
            k.check_actor(action, roles)
        assert err.value.code == ("not_ppk" if action == "rate" else "not_allowed_actor")


def test_edit_groups():
    k.check_edit("plan", {k.EMPLOYEE}, k.DRAFT)
    k.check_edit("rating", {k.PPK}, k.IN_PROGRESS)
    k.check_edit("objection", {k.EMPLOYEE}, k.RATED, k.OBJECTION_NONE)
    k.check_edit("decision", {k.ATASAN_PPK}, k.RATED, k.OBJECTION_FILED)
    cases = [
        ("plan", {k.EMPLOYEE}, k.AGREED, k.OBJECTION_NONE, "edit_wrong_state"),
        ("plan", {k.PUO}, k.DRAFT, k.OBJECTION_NONE, "edit_not_allowed"),
        ("rating", {k.EMPLOYEE}, k.IN_PROGRESS, k.OBJECTION_NONE, "not_ppk"),
        ("rating", {k.PPK}, k.RATED, k.OBJECTION_NONE, "edit_wrong_state"),
        ("objection", {k.EMPLOYEE}, k.RATED, k.OBJECTION_FILED, "objection_not_open"),
        ("decision", {k.ATASAN_PPK}, k.RATED, k.OBJECTION_NONE, "objection_not_filed"),
        ("decision", {k.PPK}, k.RATED, k.OBJECTION_FILED, "edit_not_allowed"),
    ]
    for group, roles, state, objection, code in cases:
        with pytest.raises(RuleError) as err:
            k.check_edit(group, roles, state, objection)
        assert err.value.code == code, (group, roles, state)


# -- the objection (R8) ------------------------------------------------------------------------


def test_objection_path():
    assert k.object_to(k.RATED, k.OBJECTION_NONE, "Bukti lengkap") == k.OBJECTION_FILED
    for state, objection, reason, code in [
        (k.IN_PROGRESS, k.OBJECTION_NONE, "x", "objection_not_open"),
        (k.RATED, k.OBJECTION_DECIDED, "x", "objection_not_open"),
        (k.RATED, k.OBJECTION_NONE, "  ", "objection_reason"),
    ]:
        with pytest.raises(RuleError) as err:
            k.object_to(state, objection, reason)
        assert err.value.code == code
    with pytest.raises(RuleError) as err:
        k.transition(k.RATED, "finalise", hasil_kerja=k.ABOVE, perilaku=k.ABOVE,
                     objection=k.OBJECTION_FILED)
    assert err.value.code == "objection_pending"
    assert k.decide_objection(k.OBJECTION_FILED, "Ditolak") == (None, None)
    assert k.decide_objection(k.OBJECTION_FILED, "Diterima", k.AS_EXPECTED, k.ABOVE) == (
        k.AS_EXPECTED, k.ABOVE)
    for args, code in [
        ((k.OBJECTION_NONE, "x"), "objection_not_filed"),
        ((k.OBJECTION_FILED, ""), "objection_answer"),
        ((k.OBJECTION_FILED, "x", k.ABOVE, None), "objection_ratings"),
    ]:
        with pytest.raises(RuleError) as err:
            k.decide_objection(*args)
        assert err.value.code == code


# -- recommendations (R5, R9, R27) -------------------------------------------------------------


def test_recommenders():
    k.check_recommender(k.PUO, 2, ppk_id=1, puo_id=2)  # R5
    k.check_recommender(k.KOORDINATOR, 3, ppk_id=1, koordinator_id=3)  # R9
    k.check_recommender(k.KETUA, 4, ppk_id=1, ketua_of_member=True)  # R27
    for role, author, kw, code in [
        (k.PUO, 1, {"ppk_id": 1, "puo_id": 1}, "recommender_is_ppk"),
        (k.PUO, 5, {"ppk_id": 1, "puo_id": 2}, "not_recommender"),
        (k.KOORDINATOR, 5, {"ppk_id": 1, "koordinator_id": 3}, "not_recommender"),
        (k.KETUA, 4, {"ppk_id": 1, "ketua_of_member": False}, "not_recommender"),
        (k.KETUA, 1, {"ppk_id": 1, "ketua_of_member": True}, "recommender_is_ppk"),
        (k.PUO, None, {"ppk_id": 1}, "recommender_missing"),
        ("boss", 2, {"ppk_id": 1}, "recommender_role"),
    ]:
        with pytest.raises(RuleError) as err:
            k.check_recommender(role, author, **kw)
        assert err.value.code == code, (role, author)


# -- cascade (R35) ------------------------------------------------------------------------------


def test_cascade():
    k.check_cascade([("Hasil", 7)], is_top=False)
    k.check_cascade([("Perjanjian kinerja", None)], is_top=True)  # Level 1 of the PD
    with pytest.raises(RuleError) as err:
        k.check_cascade([("Hasil", 7), ("Lain", None)], is_top=False)
    assert err.value.code == "cascade_missing" and "Lain" in str(err.value)
    with pytest.raises(RuleError) as err:
        k.check_cascade([], is_top=True)
    assert err.value.code == "no_expectation"
    k.check_cascade_owner(3, [3, 4])
    with pytest.raises(RuleError) as err:
        k.check_cascade_owner(9, [3, 4])
    assert err.value.code == "cascade_owner"


# -- timeline notes, check-ins, hours beyond duty (R34, R36, R37) ------------------------------


def test_notes():
    k.check_note("evidence", {k.EMPLOYEE}, k.IN_PROGRESS)
    k.check_note("feedback", {k.KETUA}, k.IN_PROGRESS)
    k.check_note("follow_up", {k.PPK}, k.FINAL, "reward")
    for args, code in [
        (("feedback", {k.EMPLOYEE}, k.IN_PROGRESS), "note_not_allowed"),
        (("follow_up", {k.PPK}, k.IN_PROGRESS, "reward"), "note_wrong_state"),
        (("follow_up", {k.PPK}, k.RATED, None), "follow_up_type"),
        (("follow_up", {k.EMPLOYEE}, k.RATED, "reward"), "note_not_allowed"),
        (("overtime", {k.EMPLOYEE}, k.FINAL), "note_wrong_state"),
        (("gossip", {k.PPK}, k.DRAFT), "note_kind"),
    ]:
        with pytest.raises(RuleError) as err:
            k.check_note(*args)
        assert err.value.code == code, args


def test_checkin_dates():
    year = (date(2026, 1, 1), date(2026, 12, 31))
    assert k.checkin_dates(*year, "quarterly") == [
        date(2026, 3, 31), date(2026, 6, 30), date(2026, 9, 30), date(2026, 12, 31)]
    monthly = k.checkin_dates(*year, "monthly")
    assert len(monthly) == 12 and monthly[1] == date(2026, 2, 28)
    assert k.checkin_dates(date(2026, 2, 15), date(2026, 8, 10), "quarterly") == [
        date(2026, 3, 31), date(2026, 6, 30)]
    assert k.checkin_dates(*year, "none") == []


def test_overtime_hours():
    """R36 counts the hours beyond the R37 weekly duty of 37 h 30 min."""
    assert k.WEEKLY_DUTY_HOURS == 37.5
    assert k.overtime_hours(42) == 4.5
    for hours, code in [(37.5, "no_overtime"), (20, "no_overtime"), (0, "hours_required"),
                        (None, "hours_required"), (200, "hours_impossible")]:
        with pytest.raises(RuleError) as err:
            k.overtime_hours(hours)
        assert err.value.code == code


def test_held_ratings_after_objection():
    """R34 / R8: after an objection decided with changed ratings the atasan PPK's hold."""
    ppk, changed = (k.BELOW, k.AS_EXPECTED), (k.AS_EXPECTED, k.AS_EXPECTED)
    assert k.held_ratings(ppk, k.OBJECTION_NONE, (None, None)) == ppk
    assert k.held_ratings(ppk, k.OBJECTION_FILED, changed) == ppk
    assert k.held_ratings(ppk, k.OBJECTION_DECIDED, (None, None)) == ppk  # kept as rated
    assert k.held_ratings(ppk, k.OBJECTION_DECIDED, changed) == changed
