"""The evaluation periods of the SKP (issue 15, R34 b): the check-ins are quarterly by default,
monthly where the policy says (preset option ``checkin_frequency``, rules/presets/national.py,
PermenPANRB 6/2022); the year is the annual evaluation. No Odoo here.
"""

from datetime import date
from datetime import timedelta

from .errors import RuleError
from .errors import _

QUARTERLY = "quarterly"
MONTHLY = "monthly"
ANNUAL = "annual"

QUARTERS = [
    ("q1", _("Quarter I")),
    ("q2", _("Quarter II")),
    ("q3", _("Quarter III")),
    ("q4", _("Quarter IV")),
]
MONTHS = [
    ("m01", _("January")), ("m02", _("February")), ("m03", _("March")), ("m04", _("April")),
    ("m05", _("May")), ("m06", _("June")), ("m07", _("July")), ("m08", _("August")),
    ("m09", _("September")), ("m10", _("October")), ("m11", _("November")),
    ("m12", _("December")),
]
# Every period an evaluation or an export may name: the year, its quarters, its months.
PERIODS = [(ANNUAL, _("Annual")), *QUARTERS, *MONTHS]


def periods(frequency):
    """The evaluation periods offered for a check-in ``frequency`` (rules/kinerja
    CHECKIN_FREQUENCIES): the quarters, the months, or none (yearly only)."""
    return {QUARTERLY: QUARTERS, MONTHLY: MONTHS}.get(frequency, [])


def period_of(day, frequency):
    """The code of the period of ``frequency`` that holds ``day`` (None: yearly only)."""
    if not day or frequency not in (QUARTERLY, MONTHLY):
        return None
    if frequency == QUARTERLY:
        return "q%d" % ((day.month - 1) // 3 + 1)
    return "m%02d" % day.month


def period_range(code, year):
    """(first day, last day) of the period ``code`` of ``year``."""
    if code == ANNUAL:
        return date(year, 1, 1), date(year, 12, 31)
    if code in dict(QUARTERS):
        first_month = (int(code[1]) - 1) * 3 + 1
        months = 3
    elif code in dict(MONTHS):
        first_month, months = int(code[1:]), 1
    else:
        raise RuleError("period", _("Unknown evaluation period %(period)s."), period=code)
    start = date(year, first_month, 1)
    end_month = first_month + months
    end = (date(year + 1, 1, 1) if end_month > 12 else date(year, end_month, 1)) \
        - timedelta(days=1)
    return start, end
