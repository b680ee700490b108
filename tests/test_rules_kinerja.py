"""Fast tier: the predikat matrix and the performance record checks (R34, PermenPANRB 6/2022)."""

from datetime import date

import pytest

from sistem_kerja_asn.rules import kinerja as k
from sistem_kerja_asn.rules.errors import RuleError

# RULES.md §E, the matrix of the annex of PermenPANRB 6/2022:
#
#   | work results \ work behaviour | below expectation | as expected | above expectation |
#   | --- | --- | --- | --- |
#   | above expectation | Kurang/Misconduct | Baik | Sangat Baik |
#   | as expected | Kurang/Misconduct | Baik | Baik |
#   | below expectation | Sangat Kurang | Butuh Perbaikan | Butuh Perbaikan |
#
# "Read it as: behaviour below expectation is misconduct whatever the results; results below
# expectation with acceptable behaviour need improvement."
RULES_MD_MATRIX = {
    # work results: (behaviour below, as expected, above)
    "above": ("Kurang/Misconduct", "Baik", "Sangat Baik"),
    "as_expected": ("Kurang/Misconduct", "Baik", "Baik"),
    "below": ("Sangat Kurang", "Butuh Perbaikan", "Butuh Perbaikan"),
}
RULES_MD_CELLS = [
    (hasil, perilaku, label)
    for hasil, labels in RULES_MD_MATRIX.items()
    for perilaku, label in zip(("below", "as_expected", "above"), labels, strict=True)
]


@pytest.mark.parametrize(("hasil", "perilaku", "label"), RULES_MD_CELLS)
def test_predikat_every_cell(hasil, perilaku, label):
    """Each cell of the national matrix (RULES.md §E), by its printed label."""
    assert dict(k.PREDIKAT)[k.predikat(hasil, perilaku)] == label


def test_predikat_labels_and_reading():
    """The five predikat and their labels; the two sentences that read the matrix."""
    assert [label for _key, label in k.PREDIKAT] == [
        "Sangat Baik", "Baik", "Butuh Perbaikan", "Kurang/Misconduct", "Sangat Kurang"]
    assert len(RULES_MD_CELLS) == len(k.MATRIX) == 9
    for hasil in ("above", "as_expected"):  # behaviour below: misconduct
        assert k.predikat(hasil, "below") == k.KURANG
    for perilaku in ("as_expected", "above"):  # results below, behaviour acceptable
        assert k.predikat("below", perilaku) == k.BUTUH_PERBAIKAN


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


@pytest.mark.parametrize(
    ("today", "frequency", "expected"),
    [
        # Started on time: every check-in of the year.
        (date(2026, 1, 2), "quarterly",
         [date(2026, 3, 31), date(2026, 6, 30), date(2026, 9, 30), date(2026, 12, 31)]),
        # Started late (in May): the first quarter's check-in is not created overdue.
        (date(2026, 5, 20), "quarterly",
         [date(2026, 6, 30), date(2026, 9, 30), date(2026, 12, 31)]),
        # A check-in falling on the day the period starts is still to come.
        (date(2026, 6, 30), "quarterly",
         [date(2026, 6, 30), date(2026, 9, 30), date(2026, 12, 31)]),
        (date(2026, 11, 15), "monthly", [date(2026, 11, 30), date(2026, 12, 31)]),
        # Started after the period: nothing to check in on any more.
        (date(2027, 1, 10), "quarterly", []),
        (date(2026, 5, 20), "none", []),
    ],
)
def test_checkin_dates_from_today(today, frequency, expected):
    """R34 b: a period started late schedules only the check-ins still to come."""
    dates = k.checkin_dates(date(2026, 1, 1), date(2026, 12, 31), frequency, today=today)
    assert dates == expected
    assert all(day >= today for day in dates)


# -- the objection window before final (R34, R8) -----------------------------------------------


def test_objection_window_default_and_deadline():
    """Default 14 days; the last day to object is the rating day + the window."""
    assert k.OBJECTION_WINDOW_DAYS == 14
    assert k.objection_deadline(date(2026, 12, 20)) == date(2027, 1, 3)
    assert k.objection_deadline(date(2026, 12, 20), 7) == date(2026, 12, 27)
    assert k.objection_deadline(None) is None
    for days in (1, 14, 90):
        k.check_objection_window_days(days)
    for days in (0, -3, 91, None):
        with pytest.raises(RuleError) as err:
            k.check_objection_window_days(days)
        assert err.value.code == "objection_window_bounds"


def test_finalise_waits_for_the_objection_window():
    """The PPK cannot rate and finalise at once: not before the window has passed (the message
    names the first day), unless an objection was filed and decided."""
    rated = date(2026, 12, 1)
    for today in (rated, date(2026, 12, 10), date(2026, 12, 15)):
        with pytest.raises(RuleError) as err:
            k.check_finalise(rated, today, 14, k.OBJECTION_NONE)
        assert err.value.code == "objection_window"
        assert err.value.params["date"] == date(2026, 12, 16)
        assert "2026-12-16" in str(err.value) and "2026-12-15" in str(err.value)
    assert k.check_finalise(rated, date(2026, 12, 16), 14, k.OBJECTION_NONE) == date(2026, 12, 16)
    assert k.check_finalise(rated, date(2027, 2, 1), 14, k.OBJECTION_NONE) == date(2026, 12, 16)
    # A shorter window of the company.
    k.check_finalise(rated, date(2026, 12, 4), 2, k.OBJECTION_NONE)
    # Filed and not decided: never; decided: at once.
    with pytest.raises(RuleError) as err:
        k.check_finalise(rated, date(2027, 2, 1), 14, k.OBJECTION_FILED)
    assert err.value.code == "objection_pending"
    assert k.check_finalise(rated, rated, 14, k.OBJECTION_DECIDED) == rated
    with pytest.raises(RuleError) as err:
        k.check_finalise(None, rated, 14, k.OBJECTION_NONE)
    assert err.value.code == "not_rated"


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


# --- issue 12 item 4: duties the rules name (R27, R5, R9) ------------------------------------

PPK_ID, PUO_ID, KETUA_ID, MEMBER_ID, KOORD_ID = 1, 2, 3, 4, 5


def test_r27_ketua_recommendation_reaches_ppk_and_puo():
    """KRA Ps 18(4)(e): the ketua's responsibility includes "melaporkan hasil kinerja anggota tim
    kepada Pejabat Penilai Kinerja dan Pimpinan Unit Organisasi yang bersangkutan sebagai bahan
    pertimbangan penilaian kinerja Pejabat Fungsional dan pelaksana" (likewise MUN Lamp B.c c)(5),
    DPS Lamp A.5 c.5), BRT Lamp II I.B(4)(e)): the member's PPK and his PUO, not the PPK only."""
    assert k.recommendation_recipients(
        k.KETUA, ppk_id=PPK_ID, puo_id=PUO_ID, author_id=KETUA_ID, employee_id=MEMBER_ID,
    ) == [PPK_ID, PUO_ID]
    # Where the PUO is the PPK (the usual case), once.
    assert k.recommendation_recipients(
        k.KETUA, ppk_id=PPK_ID, puo_id=PPK_ID, author_id=KETUA_ID, employee_id=MEMBER_ID,
    ) == [PPK_ID]
    # A ketua who is himself the member's PUO does not send it to himself.
    assert k.recommendation_recipients(
        k.KETUA, ppk_id=PPK_ID, puo_id=KETUA_ID, author_id=KETUA_ID, employee_id=MEMBER_ID,
    ) == [PPK_ID]


def test_r5_r9_recommendation_of_puo_and_coordinator_reaches_the_ppk():
    """MUN Lamp D.1 b(7): "Kepala Bagian menetapkan rekomendasi penilaian kinerja bagi Pejabat
    Fungsional Ahli Madya, yang dijadikan acuan Asisten Sekretaris Daerah untuk memberikan
    penilaian kinerja"; b(12): the Pengawas's recommendation goes "kepada Kepala Bagian sebagai
    Pejabat Penilai Kinerja": both to the PPK only."""
    assert k.recommendation_recipients(k.PUO, ppk_id=PPK_ID, puo_id=PUO_ID, author_id=PUO_ID,
                                       employee_id=MEMBER_ID) == [PPK_ID]
    assert k.recommendation_recipients(k.KOORDINATOR, ppk_id=PPK_ID, puo_id=PPK_ID,
                                       author_id=KOORD_ID, employee_id=MEMBER_ID) == [PPK_ID]
    with pytest.raises(RuleError) as err:
        k.recommendation_recipients("neighbour", ppk_id=PPK_ID)
    assert err.value.code == "recommender_role"


def test_r27_nobody_recommends_his_own_rating():
    """KRA Ps 18(4)(e): the ketua reports the performance of the *anggota tim*; the ketua is on
    the team's list himself but does not recommend his own rating."""
    with pytest.raises(RuleError) as err:
        k.check_recommender(k.KETUA, KETUA_ID, ppk_id=PPK_ID, ketua_of_member=True,
                            employee_id=KETUA_ID)
    assert err.value.code == "recommender_is_employee"
    k.check_recommender(k.KETUA, KETUA_ID, ppk_id=PPK_ID, ketua_of_member=True,
                        employee_id=MEMBER_ID)


def test_r5_mun_lamp_d1_b6_puo_sets_the_targets():
    """MUN Lamp D.1 b(4), b(6): when the Kepala Bagian is not the PPK of an Ahli Madya he "hanya
    berperan sebagai Pimpinan Unit Organisasi yang memberikan penugasan sekaligus mengelola
    kinerja" and "menetapkan kinerja Pejabat Fungsional Ahli Madya setelah berkoordinasi dengan
    Asisten Sekretaris Daerah sebagai Pejabat Penilai Kinerja": the PUO (not only the PPK) may
    write the expected results and targets while they are drafted, nobody once agreed."""
    for roles in ({k.PUO}, {k.PPK}, {k.KOORDINATOR}, {k.HR}, {k.EMPLOYEE}):
        k.check_edit("target", roles, k.DRAFT)
    for state in (k.AGREED, k.IN_PROGRESS, k.RATED, k.FINAL):
        with pytest.raises(RuleError) as err:
            k.check_edit("target", {k.PUO}, state)
        assert err.value.code == "edit_wrong_state"
    for roles in (set(), {k.KETUA}, {k.ATASAN_PPK}):
        with pytest.raises(RuleError) as err:
            k.check_edit("target", roles, k.DRAFT)
        assert err.value.code == "edit_not_allowed"
    # The period itself stays the employee's, the PPK's and the HR office's (R34 a).
    with pytest.raises(RuleError):
        k.check_edit("plan", {k.PUO}, k.DRAFT)


def test_r5_r9_target_leaders():
    """R5 (MUN Lamp D.1 b(6), D.5 b(9), D.9 b(7)) and R9 (MUN Lamp D.1 b(11): "Pejabat Pengawas
    menetapkan kinerja Pejabat Fungsional dan Pelaksana yang berada di bawah koordinasinya,
    setelah berkoordinasi dengan Kepala Bagian sebagai Pejabat Penilai Kinerja"): the leaders who
    set the targets without appraising; none where the PPK is the PUO and nobody coordinates."""
    assert k.target_leaders(PPK_ID, PUO_ID) == [PUO_ID]
    assert k.target_leaders(PPK_ID, PPK_ID) == []
    assert k.target_leaders(PPK_ID, PPK_ID, KOORD_ID) == [KOORD_ID]
    assert k.target_leaders(PPK_ID, PUO_ID, KOORD_ID) == [PUO_ID, KOORD_ID]
    assert k.target_leaders(PPK_ID, None, None) == []


def test_r5_the_employee_does_not_set_his_target_alone():
    """MUN Lamp D.1 b(6): the unit leader "menetapkan kinerja" of the JF he assigns, after
    coordinating with the PPK; KRA Ps 29(2)(g)-(h): the leader "menyampaikan arahan dan ekspektasi
    target kinerja" and the JF "bersama kepala bagian menyusun rencana". The employee may draft;
    before the PPK agrees, each target was last set by the PUO (or coordinator)."""
    leaders = k.target_leaders(PPK_ID, PUO_ID)
    k.check_targets_set([("Laporan analisis", PUO_ID)], leaders)
    for setter in (MEMBER_ID, PPK_ID, None):
        with pytest.raises(RuleError) as err:
            k.check_targets_set([("Laporan analisis", PUO_ID), ("Kajian", setter)], leaders)
        assert err.value.code == "target_not_set_by_leader"
        assert err.value.params["name"] == "Kajian"
    # Where the PPK is the unit leader, his agreement is the setting (PermenPANRB 6/2022).
    k.check_targets_set([("Laporan analisis", MEMBER_ID)], k.target_leaders(PPK_ID, PPK_ID))


def test_r5_whom_a_target_change_counts_for():
    """The leader's role first: a PUO who is also an employee of the record's unit sets as PUO;
    an HR clerk counts as himself (not a leader)."""
    holders = [(k.PUO, PUO_ID), (k.KOORDINATOR, None), (k.PPK, PPK_ID), (k.EMPLOYEE, MEMBER_ID)]
    assert k.target_setter(holders, [PUO_ID]) == PUO_ID
    assert k.target_setter(holders, [MEMBER_ID]) == MEMBER_ID
    assert k.target_setter(holders, [99, PPK_ID]) == PPK_ID
    assert k.target_setter(holders, [99]) == 99
    assert k.target_setter(holders, []) is None
