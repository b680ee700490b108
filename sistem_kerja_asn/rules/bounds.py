"""Bounds on what users type: dates, lengths of periods, hours, deadlines (issue 11, item 6).

A typing slip (2205 for 2025, a negative or NaN number sent through the API) must be refused
where it enters, with a clear message, before it reaches a letter, a workload or a pay decision.
No Odoo here: the models call these from their constraints.
"""

import datetime
import math

from .errors import RuleError
from .errors import _

# Every date a user enters lies in these years: a civil servant's career, an assignment or a
# decree outside them is a typing slip (issue 11: "dates after 1900 and before 2100").
FIRST_DAY = datetime.date(1900, 1, 1)
LAST_DAY = datetime.date(2099, 12, 31)

# No regulation in seeds/ sets a longest assignment, special team or appraisal delegation: an
# assignment runs "for a time", a special team works on a mandate "dalam jangka waktu tertentu"
# (DPS Lampiran A.4.b), a delegation is "for a time" (R7). Five years bounds a slip of the year
# while leaving room for any multi-year programme; a routine team keeps its budget year (R24) and
# a performance period its calendar year (below).
MAX_PERIOD_YEARS = 5

# A week has 7 x 24 hours (R36, R37: hours worked in a week).
WEEK_HOURS = 7 * 24

# R31: the PUO asks for a report with a deadline of so many days (at most about a quarter).
MIN_DEADLINE_DAYS = 1
MAX_DEADLINE_DAYS = 90


def check_date(day, label=""):
    """Refuse a date outside :data:`FIRST_DAY` .. :data:`LAST_DAY` (``None`` passes)."""
    if day and not FIRST_DAY <= day <= LAST_DAY:
        raise RuleError(
            "date_out_of_range",
            _("%(label)s: %(day)s lies outside the years %(first)s to %(last)s."),
            label=label, day=str(day), first=FIRST_DAY.year, last=LAST_DAY.year,
        )


def add_years(day, years):
    """``day`` plus ``years`` years (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def check_length(start, end, years=MAX_PERIOD_YEARS):
    """Refuse a period longer than ``years`` years (either end may be None)."""
    if start and end and end >= add_years(start, years):
        raise RuleError(
            "period_too_long",
            _("The period %(start)s to %(end)s is longer than %(years)s years."),
            start=str(start), end=str(end), years=years,
        )


def check_calendar_year(start, end):
    """R34: a performance record is the plan and appraisal of one year (PermenPANRB 6/2022
    appraises yearly, January to December): its period lies within one calendar year."""
    if start and end and start.year != end.year:
        raise RuleError(
            "period_two_years",
            _("A performance period lies within one calendar year: %(start)s to %(end)s spans "
              "two (R34)."),
            start=str(start), end=str(end),
        )


def check_within(day, start, end):
    """A timeline note is dated inside its performance record's period (R34)."""
    if day and start and end and not start <= day <= end:
        raise RuleError(
            "note_outside_period",
            _("A note dated %(day)s lies outside its performance period %(start)s to %(end)s."),
            day=str(day), start=str(start), end=str(end),
        )


def check_hours(hours):
    """R36, R37: hours worked in a week are a number from 0 to 168; NaN, infinite or negative
    values (possible through the API) are refused. ``None`` or 0 means not given."""
    if hours is None:
        return
    if isinstance(hours, bool) or not isinstance(hours, int | float) or not math.isfinite(hours) \
            or not 0 <= hours <= WEEK_HOURS:
        raise RuleError(
            "hours_out_of_range",
            _("The hours worked in a week are a number from 0 to %(max)s."),
            max=WEEK_HOURS,
        )


def check_deadline_days(days):
    """R31: the deadline of a requested report is a whole number of days from
    :data:`MIN_DEADLINE_DAYS` to :data:`MAX_DEADLINE_DAYS`."""
    if isinstance(days, bool) or not isinstance(days, int) \
            or not MIN_DEADLINE_DAYS <= days <= MAX_DEADLINE_DAYS:
        raise RuleError(
            "deadline_out_of_range",
            _("The deadline of a report is a whole number of days from %(min)s to %(max)s."),
            min=MIN_DEADLINE_DAYS, max=MAX_DEADLINE_DAYS,
        )


def check_civil_servant(jabatan_type, name=""):
    """R1, R11: work is assigned to a civil servant, an employee who holds a position class."""
    if not jabatan_type:
        raise RuleError(
            "not_civil_servant",
            _("%(employee)s holds no position class (jabatan): only a civil servant receives "
              "an assignment."),
            employee=name,
        )


__all__ = [
    "FIRST_DAY",
    "LAST_DAY",
    "MAX_DEADLINE_DAYS",
    "MAX_PERIOD_YEARS",
    "MIN_DEADLINE_DAYS",
    "WEEK_HOURS",
    "add_years",
    "check_calendar_year",
    "check_civil_servant",
    "check_date",
    "check_deadline_days",
    "check_hours",
    "check_length",
    "check_within",
]


def check_period(dates, start, end, calendar_year=False, years=MAX_PERIOD_YEARS):
    """Every date of ``dates`` ({label: date}) between 1900 and 2099, and the period from
    ``start`` to ``end`` within one calendar year (a performance period, R34) or at most
    ``years`` long."""
    for label, day in dates.items():
        check_date(day, label)
    if calendar_year:
        check_calendar_year(start, end)
    else:
        check_length(start, end, years)
