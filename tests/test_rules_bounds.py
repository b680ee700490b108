"""Fast tier: bounds on what users type (issue 11, item 6) and the letter-number format (R15)."""

from datetime import date

import pytest

from sistem_kerja_asn.rules import bounds as b
from sistem_kerja_asn.rules import kinerja as k
from sistem_kerja_asn.rules import letters
from sistem_kerja_asn.rules.errors import RuleError


def code_of(func, *args, **kw):
    with pytest.raises(RuleError) as info:
        func(*args, **kw)
    return info.value.code


@pytest.mark.parametrize("day", [date(1900, 1, 1), date(2026, 6, 1), date(2099, 12, 31), None])
def test_dates_inside_the_years_pass(day):
    b.check_date(day, "From")


@pytest.mark.parametrize("day", [date(1899, 12, 31), date(201, 1, 1), date(2100, 1, 1),
                                 date(9999, 12, 31)])
def test_dates_outside_the_years_refused(day):
    assert code_of(b.check_date, day, "From") == "date_out_of_range"
    with pytest.raises(RuleError, match="From: .* outside the years 1900 to 2099"):
        b.check_date(day, "From")


def test_period_length():
    b.check_length(date(2026, 1, 1), date(2030, 12, 31))  # just under 5 years
    b.check_length(date(2026, 1, 1), None)
    assert code_of(b.check_length, date(2026, 1, 1), date(2031, 1, 1)) == "period_too_long"
    assert code_of(b.check_length, date(2026, 1, 1), date(2226, 1, 1)) == "period_too_long"
    assert code_of(b.check_length, date(2026, 1, 1), date(2027, 1, 1), years=1) == \
        "period_too_long"
    assert b.add_years(date(2024, 2, 29), 1) == date(2025, 2, 28)


def test_performance_period_in_one_calendar_year():
    """R34: one record per year, January to December at most."""
    b.check_calendar_year(date(2026, 1, 1), date(2026, 12, 31))
    b.check_calendar_year(date(2026, 3, 1), date(2026, 9, 30))
    assert code_of(b.check_calendar_year, date(2026, 6, 1), date(2027, 5, 31)) == \
        "period_two_years"


def test_note_inside_period():
    b.check_within(date(2026, 1, 1), date(2026, 1, 1), date(2026, 12, 31))
    b.check_within(date(2026, 12, 31), date(2026, 1, 1), date(2026, 12, 31))
    assert code_of(b.check_within, date(2027, 1, 1), date(2026, 1, 1), date(2026, 12, 31)) == \
        "note_outside_period"
    assert code_of(b.check_within, date(2025, 12, 31), date(2026, 1, 1), date(2026, 12, 31)) == \
        "note_outside_period"


@pytest.mark.parametrize("hours", [None, 0, 0.0, 37.5, 43.5, 168])
def test_hours_in_a_week_pass(hours):
    b.check_hours(hours)


@pytest.mark.parametrize("hours", [float("nan"), float("inf"), float("-inf"), -1, -0.5, 168.5,
                                   1e308, True, "40"])
def test_impossible_hours_refused(hours):
    assert code_of(b.check_hours, hours) == "hours_out_of_range"


def test_overtime_of_nan_refused():
    """R36: NaN compared with anything is false; it must not pass as overtime."""
    assert code_of(k.overtime_hours, float("nan")) == "hours_required"
    assert code_of(k.overtime_hours, float("inf")) == "hours_impossible"
    assert k.overtime_hours(43.5) == 6.0


@pytest.mark.parametrize("days", [1, 7, 30, 90])
def test_deadline_days_pass(days):
    b.check_deadline_days(days)


@pytest.mark.parametrize("days", [0, -5, 91, 10**9, 3.5, 7.0, "7", None, True, [7]])
def test_deadline_days_refused(days):
    """R31: called by RPC with any argument; a whole number of days, 1 to 90."""
    assert code_of(b.check_deadline_days, days) == "deadline_out_of_range"


def test_civil_servant():
    b.check_civil_servant("pelaksana", "Staf")
    assert code_of(b.check_civil_servant, False, "Tamu") == "not_civil_servant"
    with pytest.raises(RuleError, match="Tamu"):
        b.check_civil_servant(None, "Tamu")


def test_letter_numbers():
    """R15: ``800.1/<n>/<code>/<year>`` per PD and year; hand-entered numbers are found."""
    assert letters.sequence_code(7) == "asn.letter.pd.7"
    assert letters.pd_code("DINKES", "Dinas Kesehatan") == "DINKES"
    assert letters.pd_code(False, "Dinas Kesehatan") == "DK"
    assert letters.suffix("DINKES") == "/DINKES/%(range_year)s"
    found = letters.highest_numbers(
        ["800.1/001/DINKES/2026", "800.1/017/DINKES/2026", "800.1/003/DINKES/2025",
         "800.1/099/DISDIK/2026", "800.1.2/500/DINKES/2026", None, "", "draft"],
        "DINKES",
    )
    assert found == {2026: 17, 2025: 3}
