"""Working days and hours (R36-R41; Perwali Denpasar 69/2023 Ps 16-24): no Odoo here.

The models keep the days and hours on Odoo's own calendars (``resource.calendar``: attendance lines
per weekday, breaks as lines of their own or as gaps; company-wide time off as global
``resource.calendar.leaves``); this module reads them as :class:`Slot` lists and decides.

R37 Days and hours (DPS Ps 16-17)
    :data:`R37`: Monday to Thursday 07:30-16:30 with a 12:00-13:00 break (8 h), Friday 07:30-14:30
    with an 11:30-13:00 break (5 h 30 min): 37 h 30 min a week without the breaks
    (:func:`weekly_hours`). :func:`calendar_problems` flags a calendar that misses the weekly hours
    the regulation asks, or has a working day without a break.
R36 Hours beyond the duty (DPS Ps 17(3))
    :func:`hours_beyond` and :func:`overtime_of_weeks`: the hours of a week beyond the employee's
    weekly duty, which comes from his calendar (:mod:`.kinerja` ``overtime_hours`` checks a
    declared week).
R39 Holidays (DPS Ps 19)
    :func:`parse_holidays_csv` reads the yearly list (SKB) a clerk uploads; :func:`add_working_days`
    and :func:`working_days_between` count working days around them.
R40 Unit exceptions (DPS Ps 20) and R41 flexible work (DPS Ps 21-22)
    :data:`SERVICES` (Ps 20(1)); :data:`FLEX_GROUPS` (Ps 21(3)): check-in 07:30, 08:30, 09:30 and
    check-out 16:30, 17:30, 18:30 WITA, paired so that every day keeps R37's hours (Ps 22);
    :func:`flex_group_slots`, :func:`flex_group_of`, :func:`late_minutes`; who may ask
    (:func:`check_may_work_flexibly`, Ps 21(4)); overlapping requests refused
    (:func:`check_no_overlap`); the request's states and who moves them
    (:func:`request_transition`).
The attendance bridge (``sistem_kerja_asn_attendance``, with Odoo's Attendances)
    :func:`hours_by_week` (R36: the hours worked from the attendances), :func:`minutes_late`
    (a check-in after the day's start), :func:`calendar_on` (the hours in force on a day: the
    R41 group, or before the date of DPS Ps 24 the old hours).
"""

import calendar
import csv
import io
import math
import re
from dataclasses import dataclass
from datetime import date
from datetime import datetime
from datetime import timedelta

from .bounds import WEEK_HOURS
from .errors import RuleError
from .errors import _

# Odoo's ``dayofweek`` codes as integers: Monday 0 ... Sunday 6.
MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)
DAY_NAMES = [
    _("Monday"), _("Tuesday"), _("Wednesday"), _("Thursday"), _("Friday"), _("Saturday"),
    _("Sunday"),
]
# WITA: Waktu Indonesia Tengah, the time the regulation states (DPS Ps 17(2), 21(3)).
TIMEZONE = "Asia/Makassar"
# A minute: hours are compared to the minute.
EPSILON = 1 / 120


@dataclass(frozen=True)
class Slot:
    """One attendance line of a calendar: ``day`` (0 Monday ... 6 Sunday), from ``start`` to
    ``end`` in hours (7.5 = 07:30); ``is_break`` for a break line (Odoo's ``lunch`` period);
    ``week`` 0 or 1 in a calendar of two alternating weeks."""

    day: int
    start: float
    end: float
    is_break: bool = False
    week: int = 0


def hour(text):
    """'07:30' -> 7.5."""
    match = re.fullmatch(r"\s*(\d{1,2})[:.](\d{2})\s*", str(text))
    if not match or int(match.group(1)) > 24 or int(match.group(2)) > 59:
        raise RuleError("hour_format", _("%(value)s is not a time of day (HH:MM)."), value=text)
    return int(match.group(1)) + int(match.group(2)) / 60


def hour_label(value):
    """7.5 -> '07:30'."""
    minutes = int(round(value * 60))
    return "%02d:%02d" % divmod(minutes, 60)


def duration_label(hours):
    """37.5 -> '37:30' (hours and minutes)."""
    minutes = int(round(hours * 60))
    return "%d:%02d" % divmod(minutes, 60)


def _day(day, start, end, brk=None):
    """A working day from ``start`` to ``end`` with the break ``brk`` (start, end), as slots."""
    if not brk:
        return [Slot(day, hour(start), hour(end))]
    return [
        Slot(day, hour(start), hour(brk[0])),
        Slot(day, hour(brk[0]), hour(brk[1]), True),
        Slot(day, hour(brk[1]), hour(end)),
    ]


# R37 (DPS Ps 17(2)): "a. Hari Senin sampai dengan Kamis: Masuk kerja pukul 07.30 WITA, Istirahat
# pukul 12.00 - 13.00 WITA, Pulang kerja pukul 16.30 WITA; b. Hari Jumat: Masuk kerja pukul 07.30
# WITA, Istirahat pukul 11.30 - 13.00 WITA, Pulang kerja pukul 14.30 WITA".
R37 = tuple(
    [s for d in (MONDAY, TUESDAY, WEDNESDAY, THURSDAY)
     for s in _day(d, "07:30", "16:30", ("12:00", "13:00"))]
    + _day(FRIDAY, "07:30", "14:30", ("11:30", "13:00"))
)


# -- reading a calendar ------------------------------------------------------------------------


def _check_slot(slot):
    for value in (slot.start, slot.end):
        if not isinstance(value, int | float) or math.isnan(value) or not 0 <= value <= 24:
            raise RuleError(
                "slot_hours", _("A working time runs between 00:00 and 24:00, not %(value)s."),
                value=value,
            )
    if slot.day not in range(7):
        raise RuleError("slot_day", _("Unknown day of the week: %(day)s."), day=slot.day)
    if slot.end <= slot.start:
        raise RuleError(
            "slot_reversed",
            _("A working time ends (%(end)s) after it starts (%(start)s)."),
            start=hour_label(slot.start), end=hour_label(slot.end),
        )


def _union(intervals):
    merged = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _minus(intervals, cuts):
    out = []
    for start, end in intervals:
        pieces = [(start, end)]
        for cut_start, cut_end in cuts:
            pieces = [
                piece
                for a, b in pieces
                for piece in ((a, min(b, cut_start)), (max(a, cut_end), b))
                if piece[1] - piece[0] > 1e-9
            ]
        out.extend(pieces)
    return out


def _by_day(slots):
    """{(week, day): (working times, breaks)}."""
    days = {}
    for slot in slots:
        _check_slot(slot)
        work, breaks = days.setdefault((slot.week, slot.day), ([], []))
        (breaks if slot.is_break else work).append((slot.start, slot.end))
    return {key: _minus(_union(work), _union(breaks)) for key, (work, breaks) in days.items()}


def day_hours(slots):
    """{day: hours worked}: the working times of each day without its breaks (of both weeks
    together in a calendar of two alternating weeks)."""
    result = {}
    for (_week, day), worked in sorted(_by_day(slots).items()):
        hours = sum(end - start for start, end in worked)
        if hours > 0:
            result[day] = round(result.get(day, 0) + hours, 4)
    return result


def day_breaks(slots):
    """{working day: break in hours}: the break lines inside the working span of the day and the
    gaps between its working times (the shorter of the two weeks')."""
    result = {}
    for (_week, day), worked in sorted(_by_day(slots).items()):
        if not worked:
            continue
        first, last = worked[0][0], worked[-1][1]
        brk = round((last - first) - sum(end - start for start, end in worked), 4)
        result[day] = min(brk, result.get(day, brk))
    return result


def weekly_hours(slots, weeks=1):
    """The hours worked in a week without the breaks (R37); ``weeks`` = 2 for a calendar of two
    alternating weeks (its lines cover both)."""
    return round(sum(day_hours(slots).values()) / (weeks or 1), 4)


def check_in_out(slots, day):
    """(check-in, check-out) of ``day``: the start of its first and the end of its last working
    time; None on a day off."""
    worked = [(s.start, s.end) for s in slots if s.day == day and not s.is_break]
    if not worked:
        return None
    return min(s for s, _e in worked), max(e for _s, e in worked)


def calendar_problems(slots, required_hours, weeks=1):
    """R37 (DPS Ps 17(1), Ps 22): what makes a calendar miss the regulation, as RuleErrors
    (none raised): the weekly hours differ from ``required_hours``, a working day has no break."""
    problems = []
    total = weekly_hours(slots, weeks)
    missed = weekly_hours_problem(total, required_hours)
    if missed:
        problems.append(missed)
    if not total:
        problems.append(RuleError("no_working_time", _("The calendar has no working time.")))
    for day, brk in day_breaks(slots).items():
        if brk <= EPSILON:
            problems.append(RuleError(
                "no_break",
                _("%(day)s has no break (R37, DPS Ps 17(1)(c): 60 minutes Monday to Thursday, 90 minutes on Friday)."),
                day=DAY_NAMES[day], day_index=day,
            ))
    return problems


def weekly_hours_problem(total, required_hours):
    """R37 (DPS Ps 17(1), 22): a RuleError when ``total`` weekly hours miss ``required_hours``
    (None when they match, or nothing is required)."""
    if required_hours and abs(total - required_hours) > EPSILON:
        return RuleError(
            "weekly_hours",
            _("The calendar counts %(hours)s hours a week without the breaks; the regulation asks %(required)s (R37, DPS Ps 17(1), Ps 22)."),
            hours=duration_label(total), required=duration_label(required_hours),
        )
    return None


def check_calendar(slots, required_hours, weeks=1):
    """Raise the first of :func:`calendar_problems`."""
    problems = calendar_problems(slots, required_hours, weeks)
    if problems:
        raise problems[0]


# -- R36: the hours beyond the duty -------------------------------------------------------------


def check_duty(duty):
    """A weekly duty is a number of hours above 0 and at most a week."""
    if isinstance(duty, bool) or not isinstance(duty, int | float) or math.isnan(duty) \
            or not 0 < duty <= WEEK_HOURS:
        raise RuleError(
            "duty_invalid",
            _("The weekly duty is a number of hours above 0 and at most %(max)s, not %(duty)s: check the employee's working hours."),
            max=WEEK_HOURS, duty=duty,
        )
    return duty


def hours_beyond(hours_worked, duty):
    """R36 (DPS Ps 17(3)): the hours of one week beyond the weekly ``duty``; 0 when none."""
    check_duty(duty)
    if hours_worked is None or math.isnan(hours_worked) or not 0 <= hours_worked <= WEEK_HOURS:
        raise RuleError(
            "hours_out_of_range",
            _("The hours worked in a week are a number from 0 to %(max)s."), max=WEEK_HOURS,
        )
    return max(0.0, round(hours_worked - duty, 2))


def week_start(day):
    """The Monday of the week of ``day``."""
    return day - timedelta(days=day.weekday())


def overtime_of_weeks(hours_by_week, duty):
    """R36: the hours beyond ``duty`` summed over ``{week's Monday: hours worked}``."""
    return round(sum(hours_beyond(hours, duty) for hours in hours_by_week.values()), 2)


# -- R39: holidays and working days ------------------------------------------------------------

WORKDAYS = frozenset({MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY})  # DPS Ps 16(2)
_MAX_SEARCH_DAYS = 3660

MONTHS = {
    name: number for number, names in enumerate((
        ("januari", "january", "jan"), ("februari", "february", "feb", "pebruari"),
        ("maret", "march", "mar"), ("april", "apr"), ("mei", "may"), ("juni", "june", "jun"),
        ("juli", "july", "jul"), ("agustus", "august", "agu", "aug", "agt"),
        ("september", "sep", "sept"), ("oktober", "october", "okt", "oct"),
        ("november", "nov", "nop", "nopember"), ("desember", "december", "des", "dec"),
    ), start=1) for name in names
}


def is_working_day(day, workdays=WORKDAYS, holidays=()):
    """A day of the calendar's working weekdays that is no holiday (R39)."""
    return day.weekday() in workdays and day not in holidays


def _check_workdays(workdays):
    if not workdays:
        raise RuleError("no_working_days", _("The calendar has no working day."))


def add_working_days(start, days, workdays=WORKDAYS, holidays=()):
    """The day ``days`` working days after ``start`` (``start`` itself not counted); 0: the
    first working day on or after ``start``. Weekends and holidays (R39, DPS Ps 19) are skipped."""
    _check_workdays(workdays)
    if isinstance(days, bool) or not isinstance(days, int) or days < 0:
        raise RuleError(
            "days_invalid", _("A number of working days is a whole number from 0, not %(days)s."),
            days=days,
        )
    holidays = frozenset(holidays)
    day = start
    if days == 0:
        for _step in range(_MAX_SEARCH_DAYS):
            if is_working_day(day, workdays, holidays):
                return day
            day += timedelta(days=1)
        raise _no_working_day()
    left = days
    for _step in range(_MAX_SEARCH_DAYS + days * 7):
        day += timedelta(days=1)
        if is_working_day(day, workdays, holidays):
            left -= 1
            if not left:
                return day
    raise _no_working_day()


def _no_working_day():
    return RuleError(
        "no_working_day", _("No working day found within ten years: check the holidays."),
    )


def working_days_between(start, end, workdays=WORKDAYS, holidays=()):
    """The working days from ``start`` to ``end``, both included (R39)."""
    _check_workdays(workdays)
    holidays = frozenset(holidays)
    count, day = 0, start
    while day <= end:
        count += is_working_day(day, workdays, holidays)
        day += timedelta(days=1)
    return count


def parse_date(text):
    """A date as the SKB lists write it: 2025-01-01, 01/01/2025, 01-01-2025 or 1 Januari 2025."""
    value = (text or "").strip()
    for fmt in ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"):
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    match = re.fullmatch(r"(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})", value)
    if match and match.group(2).lower() in MONTHS:
        day, month, year = int(match.group(1)), MONTHS[match.group(2).lower()], int(match.group(3))
        if year >= 1 and 1 <= day <= calendar.monthrange(year, month)[1]:
            return date(year, month, day)
    raise RuleError(
        "holiday_date",
        _("%(value)s is not a date (write 2025-12-25, 25/12/2025 or 25 Desember 2025)."),
        value=value,
    )


def parse_holidays_csv(text):
    """R39 (DPS Ps 19): the national holidays and joint leave of the SKB list as a CSV the clerk
    uploads, one ``date,name`` per line (``;`` also separates; a header line is skipped): a
    sorted list of (date, name). Each bad line is a clear error naming its line number."""
    if not (text or "").strip():
        raise RuleError("holiday_csv_empty", _("The file lists no holiday."))
    try:
        dialect = csv.Sniffer().sniff(text[:2048], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = list(csv.reader(io.StringIO(text), dialect))
    result, seen = [], {}
    for number, row in enumerate(rows, start=1):
        cells = [cell.strip() for cell in row]
        if not any(cells):
            continue
        if len(cells) < 2 or not cells[1]:
            if number == 1 and cells and not re.search(r"\d", cells[0]):
                continue  # a header of one column
            raise RuleError(
                "holiday_csv_line",
                _("Line %(line)s: give a date and a name, separated by a comma."),
                line=number,
            )
        try:
            day = parse_date(cells[0])
        except RuleError as err:
            if number == 1 and not re.search(r"\d", cells[0]):
                continue  # the header line: tanggal,keterangan
            raise RuleError(
                "holiday_csv_date", _("Line %(line)s: %(error)s"), line=number,
                error=str(err),
            ) from err
        if day in seen:
            raise RuleError(
                "holiday_csv_duplicate",
                _("Line %(line)s: %(date)s is already listed on line %(first)s."),
                line=number, date=day.isoformat(), first=seen[day],
            )
        seen[day] = number
        result.append((day, cells[1]))
    if not result:
        raise RuleError("holiday_csv_empty", _("The file lists no holiday."))
    return sorted(result)


# -- R40: unit exceptions (DPS Ps 20) ------------------------------------------------------------

# DPS Ps 20(1): "Unit Kerja pada Perangkat Daerah yang tugas dan fungsinya memberikan pelayanan:
# a. Kependidikan; b. dukungan operasional Perangkat Daerah; dan/atau c. langsung kepada
# masyarakat".
SERVICES = [
    ("kependidikan", "Education (kependidikan)"),
    ("dukungan_operasional", "Operational support of the PD"),
    ("pelayanan_langsung", "Direct service to the public"),
]


# -- R41: flexible work (DPS Ps 21-22) ---------------------------------------------------------


@dataclass(frozen=True)
class FlexGroup:
    key: str
    check_in: float
    check_out: float


# DPS Ps 21(3): "a. pelaksanaan presensi masuk kerja terdiri dari: 1. kelompok 07.30 WITA
# 2. kelompok 08.30 WITA 3. kelompok 09.30 WITA; b. pelaksanaan presensi pulang kerja terdiri
# dari: 1. kelompok 16.30 WITA 2. kelompok 17.30 WITA 3. kelompok 18.30 WITA": paired so that the
# day keeps R37's 8 hours (Ps 22).
FLEX_GROUPS = (
    FlexGroup("0730", hour("07:30"), hour("16:30")),
    FlexGroup("0830", hour("08:30"), hour("17:30")),
    FlexGroup("0930", hour("09:30"), hour("18:30")),
)
FLEX_GROUP_SELECTION = [
    ("0730", "Check-in 07:30, check-out 16:30 WITA"),
    ("0830", "Check-in 08:30, check-out 17:30 WITA"),
    ("0930", "Check-in 09:30, check-out 18:30 WITA"),
]
_GROUPS = {group.key: group for group in FLEX_GROUPS}

KIND_LOCATION = "location"
KIND_TIME = "time"
KIND_BOTH = "both"
FLEX_KINDS = [
    (KIND_LOCATION, "By location"),
    (KIND_TIME, "By time (check-in group)"),
    (KIND_BOTH, "By location and time"),
]


def _group(key):
    group = _GROUPS.get(key)
    if group is None:
        raise RuleError(
            "not_a_flex_group", _("Unknown flexible work group %(group)s (R41, DPS Ps 21(3))."),
            group=key,
        )
    return group


def flex_group_slots(key, base=R37):
    """The calendar of the check-in group ``key`` (R41): ``base`` (R37) with every day's check-in
    and check-out moved by the group's offset and the breaks where the regulation puts them, so
    that every day keeps its hours (DPS Ps 22)."""
    offset = _group(key).check_in - FLEX_GROUPS[0].check_in
    out = []
    for day in sorted({s.day for s in base}):
        span = check_in_out(base, day)
        for slot in (s for s in base if s.day == day):
            if slot.is_break:
                out.append(slot)
                continue
            start = slot.start + offset if slot.start == span[0] else slot.start
            end = slot.end + offset if slot.end == span[1] else slot.end
            out.append(Slot(day, start, end))
    return tuple(out)


def flex_group_of(slots, base=R37):
    """R41 (DPS Ps 21(3), 22): the group of a flexible-time calendar: Monday to Thursday start at
    a check-in group and end at its check-out group, every day keeps ``base``'s hours. Raises
    ``not_a_flex_group`` or ``flex_hours_differ``."""
    spans = {check_in_out(slots, d) for d in (MONDAY, TUESDAY, WEDNESDAY, THURSDAY)}
    span = spans.pop() if len(spans) == 1 else None
    group = next(
        (g for g in FLEX_GROUPS if span and abs(span[0] - g.check_in) < EPSILON
         and abs(span[1] - g.check_out) < EPSILON),
        None,
    )
    if group is None:
        raise RuleError(
            "not_a_flex_group",
            _("A flexible-time calendar starts Monday to Thursday at 07:30, 08:30 or 09:30 and ends at 16:30, 17:30 or 18:30 WITA respectively (R41, DPS Ps 21(3))."),
        )
    want, have = day_hours(base), day_hours(slots)
    for day in sorted(set(want) | set(have)):
        if abs(want.get(day, 0) - have.get(day, 0)) > EPSILON:
            raise RuleError(
                "flex_hours_differ",
                _("%(day)s counts %(hours)s hours instead of %(required)s: a flexible group keeps the daily hours (R41, DPS Ps 22)."),
                day=DAY_NAMES[day], day_index=day, hours=duration_label(have.get(day, 0)),
                required=duration_label(want.get(day, 0)),
            )
    return group.key


def check_flex_group(slots, key, base=R37):
    """R41: the calendar named as the check-in group ``key`` is that group (:func:`flex_group_of`)."""
    found = flex_group_of(slots, base)
    if found != key:
        raise RuleError(
            "flex_group_mismatch",
            _("The calendar keeps the hours of the check-in group %(found)s, not of %(group)s (R41, DPS Ps 21(3))."),
            found=hour_label(_GROUPS[found].check_in), group=hour_label(_group(key).check_in),
        )
    return found


def late_minutes(key, day, check_in, base=R37):
    """Minutes a check-in at ``check_in`` (hours) on weekday ``day`` comes after the group's
    check-in on that day (0: on time). For the attendance bridge."""
    return minutes_late(flex_group_slots(key, base), day, check_in)


def minutes_late(slots, day, check_in):
    """Whole minutes a check-in at ``check_in`` (hours, local time of the calendar) on weekday
    ``day`` comes after the start of the day's first working time in ``slots`` (R37's 07:30, a
    group's check-in of R41); 0 when on time or on a day off."""
    span = check_in_out(slots, day)
    if span is None or check_in is None:
        return 0
    return max(0, math.floor((check_in - span[0]) * 60 + 1e-6))


# -- the attendance bridge (sistem_kerja_asn_attendance): the hours worked, the hours in force ---


def hours_by_week(worked):
    """R36: ``worked`` [(day, hours)] (each attendance on the local day it starts) as {Monday of
    the week: hours worked that week}."""
    weeks = {}
    for day, hours in worked:
        if hours:
            monday = week_start(day)
            weeks[monday] = weeks.get(monday, 0.0) + hours
    return {monday: round(hours, 4) for monday, hours in sorted(weeks.items())}


def calendar_on(day, current, flex=(), regulation=None, switch_from=None, before=None):
    """The working hours that apply to an employee on ``day``: the check-in group of the approved
    flexible request running that day (R41; ``flex``: [(first day, last day, calendar)]); else,
    while the employee follows the regulation's hours ``regulation`` and ``day`` comes before
    their date ``switch_from``, the hours in force ``before`` them (DPS Ps 24: "Ketentuan jam
    kerja yang telah dilaksanakan sebelum berlakunya Peraturan Walikota ini masih dapat
    dilaksanakan sepanjang aplikasi presensi ASN belum mengakomodir ketentuan dalam Peraturan
    Walikota ini"); else his ``current`` hours. Calendars are any values (None: none)."""
    for start, end, group in flex:
        if group and start <= day <= end:
            return group
    if before and regulation and switch_from and day < switch_from and current == regulation:
        return before
    return current


def check_flex_request(kind, location=None, group=None):
    """R41 (DPS Ps 21(2)): flexible by location and/or by time; a request by time names its
    check-in group, one by location where the employee works."""
    if kind not in dict(FLEX_KINDS):
        raise RuleError("flex_kind", _("Unknown kind of flexible work: %(kind)s."), kind=kind)
    if kind in (KIND_TIME, KIND_BOTH) and not group:
        raise RuleError(
            "flex_group_required",
            _("Flexible work by time names its check-in group (R41, DPS Ps 21(3))."),
        )
    if kind in (KIND_LOCATION, KIND_BOTH) and not (location or "").strip():
        raise RuleError(
            "flex_location_required", _("Flexible work by location names where the work is done (R41, DPS Ps 21(2))."),
        )


def check_may_work_flexibly(jabatan_type, allowed):
    """R41 (DPS Ps 21(4)): "Walikota menetapkan jenis pekerjaan dan pegawai ASN ... yang dapat
    menerapkan fleksibel": only the position classes in ``allowed`` may ask."""
    if not allowed:
        raise RuleError(
            "flex_none_allowed",
            _("The regent has not yet named the positions that may work flexibly (R41, DPS Ps 21(4)): set them on the company's policy."),
        )
    if jabatan_type not in allowed:
        raise RuleError(
            "flex_not_allowed",
            _("Employees of the position class %(jabatan)s may not work flexibly: the regent's decision names %(allowed)s (R41, DPS Ps 21(4))."),
            jabatan=jabatan_type or "-", allowed=", ".join(allowed),
        )


def check_period(start, end):
    """A period from ``start`` to ``end`` (both included)."""
    if not start or not end:
        raise RuleError("period_required", _("Give the first and the last day."))
    if end < start:
        raise RuleError(
            "period_reversed", _("The period ends (%(end)s) before it starts (%(start)s)."),
            start=start.isoformat(), end=end.isoformat(),
        )


def check_no_overlap(period, others):
    """R41: one flexible arrangement at a time: ``period`` (start, end) may not meet any of
    ``others`` [(start, end)], days included at both ends."""
    start, end = period
    check_period(start, end)
    for other_start, other_end in sorted(others):
        if other_start <= end and start <= other_end:
            raise RuleError(
                "flex_overlap",
                _("Another flexible work request already covers %(start)s to %(end)s: the periods may not overlap (R41)."),
                start=other_start.isoformat(), end=other_end.isoformat(),
            )


# -- the requests' workflow (R40, R41) -----------------------------------------------------------

DRAFT = "draft"
SUBMITTED = "submitted"
APPROVED = "approved"
REFUSED = "refused"
ENDED = "ended"
REQUEST_STATES = [
    (DRAFT, "Draft"),
    (SUBMITTED, "Submitted"),
    (APPROVED, "Approved"),
    (REFUSED, "Refused"),
    (ENDED, "Ended"),
]
SUBMIT = "submit"
APPROVE = "approve"
REFUSE = "refuse"
END = "end"
REQUEST_ACTIONS = [(SUBMIT, "Submitted"), (APPROVE, "Approved"), (REFUSE, "Refused"), (END, "Ended")]
TRANSITIONS = {
    DRAFT: {SUBMIT: SUBMITTED},
    SUBMITTED: {APPROVE: APPROVED, REFUSE: REFUSED},
    # R40: the other hours of a unit hold until the head of the PD who set them (Ps 20(2)) or the
    # regent's side who approved them ends them; a flexible work request ends with its period.
    APPROVED: {END: ENDED},
}

# Roles on a request.
EMPLOYEE = "employee"  # the employee who asks (R41)
HR = "hr"  # an HR clerk of his PD or the regional HR office, for him
PUO = "puo"  # his unit leader (R41: approves)
PD_HEAD = "pd_head"  # the head of the PD of the unit (R40: proposes, Ps 20(2))
REGENT = "regent"  # the regent's side: the PyB or a manager (R40: approves, Ps 20(2))
PROPOSER = "proposer"  # whoever submitted it

# {action: roles who may take it}
FLEX_ACTORS = {SUBMIT: {EMPLOYEE, HR}, APPROVE: {PUO}, REFUSE: {PUO}}  # DPS Ps 21(4), R41
EXCEPTION_ACTORS = {  # DPS Ps 20(2)
    SUBMIT: {PD_HEAD}, APPROVE: {REGENT}, REFUSE: {REGENT}, END: {PD_HEAD, REGENT},
}
_STATE_LABELS = dict(REQUEST_STATES)


def may_act(state, action, roles, actors):
    """True when a user holding ``roles`` may take ``action`` on a request in ``state``."""
    try:
        request_transition(state, action, roles, actors, reason="-")
    except RuleError:
        return False
    return True


def request_transition(state, action, roles, actors, *, reason=None):
    """The state after ``action`` by a user holding ``roles`` (``actors``: FLEX_ACTORS or
    EXCEPTION_ACTORS). Nobody decides on what he asked for himself; a refusal gives its reason."""
    new_state = TRANSITIONS.get(state, {}).get(action)
    if new_state is None:
        raise RuleError(
            "action_not_allowed", _("This request is %(state)s: it cannot be %(action)s now."),
            state=_STATE_LABELS.get(state, state), action=dict(REQUEST_ACTIONS).get(action, action),
        )
    roles = set(roles or ())
    if not roles & actors.get(action, set()):
        raise RuleError(
            "not_your_step",
            _("The employee or his HR office submits a flexible work request and his unit leader (PUO) decides it (R41); the head of the PD proposes a unit's working hours and the regent's side decides them (R40, DPS Ps 20(2))."),
        )
    if action in (APPROVE, REFUSE) and roles & {EMPLOYEE, PROPOSER}:
        raise RuleError(
            "own_request", _("Nobody decides on a request he made or proposed himself."),
        )
    if action == REFUSE and not (reason or "").strip():
        raise RuleError("reason_required", _("A refusal states its reason."))
    if action == END and not (reason or "").strip():
        raise RuleError("reason_required", _("Ending the working hours early states its reason."))
    return new_state
