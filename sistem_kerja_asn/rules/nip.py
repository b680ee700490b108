"""NIP, the 18-digit civil-servant number (glossary: NIP; R1 ASN = PNS or PPPK).

Layout: birth date ``YYYYMMDD``, appointment ``YYYYMM``, sex digit ``1``/``2``, serial ``NNN``.
The appointment "month" ``21`` marks a PPPK (contract) employee; then only the year is known.
Whitespace is ignored (``"19850312 201001 1 003"``); anything else that is not a digit is refused.
Every refusal is a :class:`~.errors.RuleError` with a stable ``code``.
"""

import datetime
from dataclasses import dataclass

from .errors import RuleError
from .errors import _

NIP_LENGTH = 18
PPPK_MONTH = 21
ADULT_AGE = 18
_DIGITS = frozenset("0123456789")


@dataclass(frozen=True)
class NipParts:
    """The parts of a valid NIP (glossary: NIP)."""

    nip: str
    birth_date: datetime.date
    appointment_year: int
    appointment_month: int | None  # None for PPPK
    is_pppk: bool
    sex: str  # 'male' or 'female'
    serial: str

    @property
    def formatted(self):
        """The NIP grouped as ``YYYYMMDD YYYYMM S NNN``."""
        n = self.nip
        return f"{n[:8]} {n[8:14]} {n[14]} {n[15:]}"


def _appointment_label(year, month):
    """'YYYY-MM' for a PNS appointment, 'YYYY' for a PPPK one."""
    return f"{year:04d}" if month is None else f"{year:04d}-{month:02d}"


def normalize_nip(value):
    """Return ``value`` without whitespace; RuleError ``empty`` / ``non_digit`` / ``length``."""
    text = "" if value is None or value is False else str(value)
    nip = "".join(text.split())
    if not nip:
        raise RuleError("empty", _("NIP is empty."))
    for char in nip:
        if char not in _DIGITS:
            raise RuleError(
                "non_digit",
                _('NIP may contain only digits and spaces, found "%(char)s".'),
                char=char,
            )
    if len(nip) != NIP_LENGTH:
        raise RuleError(
            "length", _("NIP must have 18 digits, got %(count)s."), count=len(nip)
        )
    return nip


def parse_nip(value, today=None):
    """Split a NIP into :class:`NipParts` or raise RuleError (glossary: NIP; R1 PNS/PPPK).

    Codes: ``empty``, ``non_digit``, ``length``, ``birth_date`` (not a calendar date),
    ``appointment_month`` (not 01-12 nor 21), ``sex_digit`` (not 1 or 2),
    ``appointment_before_18`` (before the month of the 18th birthday; for PPPK, its year),
    ``appointment_future`` (after ``today``, default ``date.today()``).
    """
    nip = normalize_nip(value)
    today = today or datetime.date.today()

    try:
        birth_date = datetime.date(int(nip[0:4]), int(nip[4:6]), int(nip[6:8]))
    except ValueError:
        raise RuleError(
            "birth_date",
            _("NIP birth date %(date)s (YYYYMMDD) is not a real date."),
            date=nip[0:8],
        ) from None

    year, month = int(nip[8:12]), int(nip[12:14])
    is_pppk = month == PPPK_MONTH
    if not is_pppk and not 1 <= month <= 12:
        raise RuleError(
            "appointment_month",
            _("NIP appointment month must be 01-12 (or 21 for PPPK), got %(month)s."),
            month=nip[12:14],
        )
    if is_pppk:
        month = None

    sex_digit = nip[14]
    if sex_digit not in ("1", "2"):
        raise RuleError(
            "sex_digit",
            _("NIP sex digit must be 1 (male) or 2 (female), got %(digit)s."),
            digit=sex_digit,
        )

    # The 18th birthday falls in the birth month, even for a 29 February birth.
    adult_year = birth_date.year + ADULT_AGE
    if is_pppk:
        adult = (adult_year, None)
        before_adult = year < adult_year
        in_future = year > today.year
    else:
        adult = (adult_year, birth_date.month)
        before_adult = (year, month) < adult
        in_future = (year, month) > (today.year, today.month)
    if before_adult:
        raise RuleError(
            "appointment_before_18",
            _(
                "NIP appointment %(appointment)s is before the holder turned 18 (%(adult)s)."
            ),
            appointment=_appointment_label(year, month),
            adult=_appointment_label(*adult),
        )
    if in_future:
        raise RuleError(
            "appointment_future",
            _("NIP appointment %(appointment)s is in the future (today is %(today)s)."),
            appointment=_appointment_label(year, month),
            today=today.isoformat(),
        )

    return NipParts(
        nip=nip,
        birth_date=birth_date,
        appointment_year=year,
        appointment_month=month,
        is_pppk=is_pppk,
        sex="male" if sex_digit == "1" else "female",
        serial=nip[15:18],
    )


def is_valid_nip(value, today=None):
    """True when :func:`parse_nip` accepts ``value`` (glossary: NIP)."""
    try:
        parse_nip(value, today=today)
    except RuleError:
        return False
    return True


def format_nip(value, today=None):
    """``value`` as ``YYYYMMDD YYYYMM S NNN``; raises RuleError like :func:`parse_nip`."""
    return parse_nip(value, today=today).formatted
