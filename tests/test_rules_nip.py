"""Fast tier: NIP parsing and validation (glossary: NIP; R1 PNS / PPPK)."""

import dataclasses
import datetime
import re

import pytest

from sistem_kerja_asn.rules.errors import RuleError
from sistem_kerja_asn.rules.nip import NipParts
from sistem_kerja_asn.rules.nip import format_nip
from sistem_kerja_asn.rules.nip import is_valid_nip
from sistem_kerja_asn.rules.nip import normalize_nip
from sistem_kerja_asn.rules.nip import parse_nip

TODAY = datetime.date(2025, 6, 15)
PNS = "198503122010011003"  # born 1985-03-12, appointed 2010-01, male, serial 003
PPPK = "199001012021212001"  # born 1990-01-01, PPPK appointed 2021, female, serial 001


def _code(value, today=TODAY):
    """The RuleError code parse_nip raises for ``value``."""
    with pytest.raises(RuleError) as info:
        parse_nip(value, today=today)
    return info.value


# --- valid numbers ------------------------------------------------------------------------


def test_valid_pns():
    parts = parse_nip(PNS, today=TODAY)
    assert parts == NipParts(
        nip=PNS,
        birth_date=datetime.date(1985, 3, 12),
        appointment_year=2010,
        appointment_month=1,
        is_pppk=False,
        sex="male",
        serial="003",
    )


def test_valid_pppk():
    parts = parse_nip(PPPK, today=TODAY)
    assert parts.is_pppk is True
    assert parts.appointment_year == 2021
    assert parts.appointment_month is None
    assert parts.sex == "female"
    assert parts.serial == "001"
    assert parts.birth_date == datetime.date(1990, 1, 1)


def test_parts_are_frozen():
    parts = parse_nip(PNS, today=TODAY)
    with pytest.raises(dataclasses.FrozenInstanceError):
        parts.nip = PPPK


@pytest.mark.parametrize(
    "value",
    [
        "19850312 201001 1 003",
        " 19850312  201001 1 003 ",
        "19850312\t201001\n1 003",
        "19850312\u00a0201001\u00a01\u00a0003",  # non-breaking spaces pasted from a document
    ],
)
def test_whitespace_is_stripped(value):
    assert parse_nip(value, today=TODAY).nip == PNS


def test_normalize_nip_checks_shape_only():
    assert normalize_nip(" 19850312 201001 1 003 ") == PNS
    assert normalize_nip("999999999999999999") == "999999999999999999"  # no date checks


def test_integer_input():
    assert parse_nip(int(PNS), today=TODAY).nip == PNS


def test_default_today_is_used():
    assert parse_nip(PNS).nip == PNS
    assert _code("198503122099011003", today=None).code == "appointment_future"


# --- formatting and is_valid_nip ----------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (PNS, "19850312 201001 1 003"),
        ("19850312 2010 01 1003", "19850312 201001 1 003"),
        (PPPK, "19900101 202121 2 001"),
    ],
)
def test_format_nip(value, expected):
    assert format_nip(value, today=TODAY) == expected
    assert parse_nip(value, today=TODAY).formatted == expected


def test_format_nip_refuses_invalid():
    with pytest.raises(RuleError) as info:
        format_nip("12345", today=TODAY)
    assert info.value.code == "length"


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        (PNS, True),
        (PPPK, True),
        ("19850312 201001 1 003", True),
        ("", False),
        (None, False),
        ("198503122010013003", False),
        ("abc", False),
    ],
)
def test_is_valid_nip(value, valid):
    assert is_valid_nip(value, today=TODAY) is valid


# --- every rejection code -----------------------------------------------------------------


@pytest.mark.parametrize("value", ["", "   ", "\t\n", None, False])
def test_empty(value):
    assert _code(value).code == "empty"


@pytest.mark.parametrize(
    ("value", "char"),
    [
        ("19850312-201001-1-003", "-"),
        ("1985031220100110O3", "O"),
        ("19850312.201001.1.003", "."),
        ("١٩٨٥٠٣١٢٢٠١٠٠١١٠٠٣", "١"),  # Arabic-Indic digits are not NIP digits
        ("1985-03", "-"),  # non-digit is reported before the length
    ],
)
def test_non_digit(value, char):
    err = _code(value)
    assert err.code == "non_digit"
    assert err.params == {"char": char}
    assert char in str(err)


@pytest.mark.parametrize("value", ["19850312201001100", "1985031220100110030", "1"])
def test_length(value):
    err = _code(value)
    assert err.code == "length"
    assert err.params == {"count": len(value)}
    assert str(err) == f"NIP must have 18 digits, got {len(value)}."


@pytest.mark.parametrize(
    "birth",
    [
        "19850230",
        "19851301",
        "19850001",
        "19850100",
        "19850431",
        "00000101",
        "19890229",
    ],
)
def test_birth_date(birth):
    err = _code(birth + "2010011003")
    assert err.code == "birth_date"
    assert err.params == {"date": birth}


def test_leap_day_birth():
    parts = parse_nip("19880229 200603 1 001", today=TODAY)
    assert parts.birth_date == datetime.date(1988, 2, 29)


def test_non_leap_day_birth():
    assert _code("19890229 200803 1 001").code == "birth_date"
    assert (
        _code("19000229 192001 1 001").code == "birth_date"
    )  # 1900 is not a leap year
    assert parse_nip("20000229 202001 1 001", today=TODAY).birth_date.day == 29


@pytest.mark.parametrize("month", ["00", "13", "20", "22", "99"])
def test_appointment_month(month):
    err = _code(f"19850312 2010{month} 1 003")
    assert err.code == "appointment_month"
    assert err.params == {"month": month}


@pytest.mark.parametrize("digit", ["0", "3", "9"])
def test_sex_digit(digit):
    err = _code(f"19850312 201001 {digit} 003")
    assert err.code == "sex_digit"
    assert err.params == {"digit": digit}


def test_sex_digit_female():
    assert parse_nip("19850312 201001 2 003", today=TODAY).sex == "female"


# --- the 18th-birthday boundary (appointment_before_18) -----------------------------------


def test_appointment_in_month_of_18th_birthday_is_valid():
    # Born 12 March 1985: 18 in March 2003; the month is the unit, so 2003-03 is fine.
    parts = parse_nip("19850312 200303 1 003", today=TODAY)
    assert (parts.appointment_year, parts.appointment_month) == (2003, 3)


def test_appointment_month_before_18th_birthday():
    err = _code("19850312 200302 1 003")
    assert err.code == "appointment_before_18"
    assert err.params == {"appointment": "2003-02", "adult": "2003-03"}


def test_appointment_years_before_18th_birthday():
    assert _code("19850312 199001 1 003").code == "appointment_before_18"
    assert _code("19850312 000001 1 003").code == "appointment_before_18"


def test_leap_day_birth_18th_birthday_month():
    # Born 29 Feb 1988: turns 18 in February 2006 (no 29 Feb that year); the month counts.
    assert parse_nip("19880229 200602 1 001", today=TODAY).appointment_month == 2
    err = _code("19880229 200601 1 001")
    assert err.code == "appointment_before_18"
    assert err.params["adult"] == "2006-02"


def test_pppk_year_of_18th_birthday():
    # PPPK carries no month: the year of the 18th birthday is the earliest plausible year.
    assert parse_nip("20031201 202121 1 001", today=TODAY).is_pppk
    err = _code("20040501 202121 1 001")
    assert err.code == "appointment_before_18"
    assert err.params == {"appointment": "2021", "adult": "2022"}


# --- appointment_future -------------------------------------------------------------------


def test_appointment_this_month_is_valid():
    assert parse_nip("19850312 202506 1 003", today=TODAY).appointment_month == 6


def test_appointment_next_month_is_future():
    err = _code("19850312 202507 1 003")
    assert err.code == "appointment_future"
    assert err.params == {"appointment": "2025-07", "today": "2025-06-15"}


def test_pppk_future_year():
    assert parse_nip("19900101 202521 1 001", today=TODAY).appointment_year == 2025
    err = _code("19900101 202621 1 001")
    assert err.code == "appointment_future"
    assert err.params["appointment"] == "2026"


def test_future_birth_is_refused():
    assert _code("20300101 204801 1 001").code == "appointment_future"


# --- messages -----------------------------------------------------------------------------

_EXAMPLES = {
    "empty": "",
    "non_digit": "19850312-201001-1-003",
    "length": "123",
    "birth_date": "198502302010011003",
    "appointment_month": "198503122010131003",
    "sex_digit": "198503122010013003",
    "appointment_before_18": "198503122003021003",
    "appointment_future": "198503122030011003",
}


@pytest.mark.parametrize("code", sorted(_EXAMPLES))
def test_messages_are_english_with_named_placeholders(code):
    err = _code(_EXAMPLES[code])
    assert err.code == code
    assert err.template.startswith("NIP ")
    assert not re.search(r"%[sdr]", err.template), "use named %(placeholders)s"
    assert set(re.findall(r"%\((\w+)\)s", err.template)) == set(err.params)
    assert str(err) == err.template % err.params
