"""Fast tier: working days and hours (R36-R41), rules/jam_kerja.py, against Perwali Denpasar
69/2023 Ps 16-24 (shared/seeds/perwali-denpasar-69-2023.txt). Expected values are the
regulation's own numbers."""

from datetime import date

import pytest

from sistem_kerja_asn.rules import jam_kerja as jk
from sistem_kerja_asn.rules import kinerja as k
from sistem_kerja_asn.rules.errors import RuleError


def code_of(func, *args, **kwargs):
    with pytest.raises(RuleError) as err:
        func(*args, **kwargs)
    return err.value.code


def day(d, start, end, brk=None):
    """A working day as the regulation writes it: masuk, istirahat, pulang."""
    if not brk:
        return [jk.Slot(d, jk.hour(start), jk.hour(end))]
    return [
        jk.Slot(d, jk.hour(start), jk.hour(brk[0])),
        jk.Slot(d, jk.hour(brk[0]), jk.hour(brk[1]), True),
        jk.Slot(d, jk.hour(brk[1]), jk.hour(end)),
    ]


# -- R37: DPS Ps 16-17 --------------------------------------------------------------------------


def test_dps_ps17_weekly_hours_are_37_hours_30_minutes():
    """DPS Ps 17(1): "sebanyak 37 (tiga puluh tujuh) jam 30 (tiga puluh) menit tidak termasuk jam
    istirahat ... a. Hari senin sampai dengan hari kamis, yaitu 4 (empat) hari selama 8 (delapan)
    jam kerja sehingga berjumlah 32 (tiga puluh dua) jam; b. Hari Jumat, yaitu 1 (satu) hari
    selama 5 (lima) jam 30 (tiga puluh) menit"."""
    hours = jk.day_hours(jk.R37)
    assert hours == {0: 8.0, 1: 8.0, 2: 8.0, 3: 8.0, 4: 5.5}
    assert sum(hours[d] for d in range(4)) == 32.0
    assert jk.weekly_hours(jk.R37) == 37.5
    assert k.WEEKLY_DUTY_HOURS == 37.5  # the duty now comes from the schedule, not a constant


def test_dps_ps17_2_the_schedule_and_its_breaks():
    """DPS Ps 17(2): "a. Hari Senin sampai dengan Kamis Masuk kerja : pukul 07.30 WITA Istirahat :
    pukul 12.00 - 13.00 WITA; dan Pulang kerja : pukul 16.30 WITA b. Hari Jumat Masuk kerja :
    pukul 07.30 WITA Istirahat : pukul 11.30 - 13.00 WITA; dan Pulang kerja : pukul 14.30 WITA";
    Ps 17(1)(c): "waktu istirahat pada hari senin sampai dengan hari kamis yaitu 60 (enam puluh)
    menit setiap harinya dan waktu istirahat pada hari jumat selama 90 (sembilan puluh) menit"."""
    written = [s for d in range(4) for s in day(d, "07:30", "16:30", ("12:00", "13:00"))]
    written += day(4, "07:30", "14:30", ("11:30", "13:00"))
    assert sorted(jk.R37, key=lambda s: (s.day, s.start)) == sorted(
        written, key=lambda s: (s.day, s.start))
    breaks = jk.day_breaks(jk.R37)
    assert {d: round(b * 60) for d, b in breaks.items()} == {0: 60, 1: 60, 2: 60, 3: 60, 4: 90}
    assert jk.check_in_out(jk.R37, 0) == (7.5, 16.5)
    assert jk.check_in_out(jk.R37, 4) == (7.5, 14.5)
    assert jk.check_in_out(jk.R37, 5) is None  # Ps 16(2): Senin sampai Jumat only
    assert jk.calendar_problems(jk.R37, 37.5) == []


def test_dps_ps16_breaks_as_gaps_count_like_break_lines():
    """A calendar that leaves the break as a gap between two working times (07:30-12:00,
    13:00-16:30) counts the same 8 hours and a 60-minute break as one with a break line."""
    gaps = [s for s in jk.R37 if not s.is_break]
    assert jk.day_hours(gaps) == jk.day_hours(jk.R37)
    assert jk.day_breaks(gaps) == jk.day_breaks(jk.R37)


def test_r37_check_flags_missing_hours_and_missing_breaks():
    """R37, Ps 22 ("wajib memenuhi ketentuan jumlah jam kerja dalam 1 (satu) minggu"): Odoo's
    standard 08:00-17:00 with a one-hour lunch counts 40 h, not 37 h 30 min; a day 07:30-15:30
    without a break (Ps 17(1)(c) gives 60 minutes) is flagged by name."""
    standard = [s for d in range(5) for s in day(d, "08:00", "17:00", ("12:00", "13:00"))]
    assert jk.weekly_hours(standard) == 40.0
    assert [p.code for p in jk.calendar_problems(standard, 37.5)] == ["weekly_hours"]
    no_break = [s for d in range(5) for s in day(d, "07:30", "15:00")]
    problems = jk.calendar_problems(no_break, 37.5)
    assert [p.code for p in problems] == ["no_break"] * 5
    assert problems[0].params["day"] == "Monday"
    assert code_of(jk.check_calendar, [], 37.5) == "weekly_hours"
    assert code_of(jk.check_calendar, [jk.Slot(0, 9, 8)], 37.5) == "slot_reversed"
    assert code_of(jk.check_calendar, [jk.Slot(0, 9, 25)], 37.5) == "slot_hours"
    assert code_of(jk.check_calendar, [jk.Slot(7, 8, 9)], 37.5) == "slot_day"
    # a calendar of two alternating weeks lists both weeks: its week is half of them
    second = tuple(jk.Slot(s.day, s.start, s.end, s.is_break, 1) for s in jk.R37)
    assert jk.weekly_hours(jk.R37 + second, weeks=2) == 37.5


# -- R36: DPS Ps 17(3) ----------------------------------------------------------------------------


def test_dps_ps17_3_hours_beyond_the_duty_of_the_employee():
    """DPS Ps 17(3): "Pegawai ASN yang melaksanakan jam kerja melebihi ketentuan sebagaimana
    dimaksud pada ayat (1), kelebihan jam kerja dapat dipertimbangkan sebagai kinerja": 42 h
    worked in a week of 37 h 30 min leave 4 h 30 min; the duty is the employee's own (40 h on a
    40-hour calendar leave 2 h)."""
    assert jk.hours_beyond(42, 37.5) == 4.5
    assert jk.hours_beyond(42, 40) == 2.0
    assert jk.hours_beyond(30, 37.5) == 0.0
    assert k.overtime_hours(42) == 4.5  # the old signature: R37's duty by default
    assert k.overtime_hours(42, 40) == 2.0
    assert k.overtime_hours(42, duty=37.5) == 4.5
    assert code_of(k.overtime_hours, 39, 40) == "no_overtime"
    for bad in (0, -1, float("nan"), 200, True, None):
        assert code_of(k.overtime_hours, 42, bad) == "duty_invalid"
    weeks = {date(2025, 3, 3): 42.0, date(2025, 3, 10): 36.0, date(2025, 3, 17): 40.5}
    assert jk.overtime_of_weeks(weeks, 37.5) == 7.5  # 4.5 + 0 + 3
    assert jk.week_start(date(2025, 3, 7)) == date(2025, 3, 3)  # a Friday's Monday
    assert code_of(jk.hours_beyond, float("nan"), 37.5) == "hours_out_of_range"


# -- R39: DPS Ps 19 --------------------------------------------------------------------------------


CSV_2025 = """tanggal,keterangan
2025-12-25,Hari Raya Natal
26/12/2025,Cuti Bersama Hari Raya Natal
1 Januari 2026,Tahun Baru 2026 Masehi
"""


def test_dps_ps19_holidays_from_the_skb_csv():
    """DPS Ps 19: "Jumlah hari kerja ... dapat diubah apabila terdapat kebijakan pemerintah pusat
    terkait hari libur nasional, cuti bersama yang bersifat nasional": the year's list is read
    from a CSV with its header, in the date formats the lists use."""
    assert jk.parse_holidays_csv(CSV_2025) == [
        (date(2025, 12, 25), "Hari Raya Natal"),
        (date(2025, 12, 26), "Cuti Bersama Hari Raya Natal"),
        (date(2026, 1, 1), "Tahun Baru 2026 Masehi"),
    ]
    assert jk.parse_holidays_csv("2025-08-17;Hari Kemerdekaan\n") == [
        (date(2025, 8, 17), "Hari Kemerdekaan")]


@pytest.mark.parametrize("text,code,line", [
    ("", "holiday_csv_empty", None),
    ("tanggal,keterangan\n", "holiday_csv_empty", None),
    ("2025-12-25,Natal\n2025-13-01,Salah\n", "holiday_csv_date", 2),
    ("2025-12-25,Natal\n2025-12-25,Natal lagi\n", "holiday_csv_duplicate", 2),
    ("2025-12-25,Natal\n2025-12-26\n", "holiday_csv_line", 2),
    ("2025-12-25,Natal\n31 Februari 2025,Salah\n", "holiday_csv_date", 2),
])
def test_bad_holiday_csv_named_by_line(text, code, line):
    with pytest.raises(RuleError) as err:
        jk.parse_holidays_csv(text)
    assert err.value.code == code
    assert err.value.params.get("line") == line


def test_dps_ps19_holidays_move_working_day_deadlines():
    """DPS Ps 16(2) (working days Senin-Jumat) and Ps 19 (holidays change the days): three working
    days after Wednesday 24 December 2025 are Monday 29 December without holidays, and Wednesday
    31 December once Christmas (25th) and its cuti bersama (26th) are off."""
    holidays = {d for d, _name in jk.parse_holidays_csv(CSV_2025)}
    wed = date(2025, 12, 24)
    assert jk.add_working_days(wed, 3) == date(2025, 12, 29)
    assert jk.add_working_days(wed, 3, holidays=holidays) == date(2025, 12, 31)
    assert jk.add_working_days(date(2025, 12, 25), 0, holidays=holidays) == date(2025, 12, 29)
    assert jk.working_days_between(date(2025, 12, 22), date(2025, 12, 31), holidays=holidays) == 6
    assert jk.is_working_day(date(2025, 12, 24)) and not jk.is_working_day(date(2025, 12, 27))
    assert code_of(jk.add_working_days, wed, -1) == "days_invalid"
    assert code_of(jk.add_working_days, wed, 1, workdays=set()) == "no_working_days"
    assert code_of(jk.add_working_days, wed, 1, workdays={0},
                   holidays={date(2025, 12, 29) + (date(2025, 1, 8) - date(2025, 1, 1)) * n
                             for n in range(600)}) == "no_working_day"


# -- R41: DPS Ps 21-22 -----------------------------------------------------------------------------


def test_dps_ps21_3_check_in_and_check_out_groups():
    """DPS Ps 21(3): "a. pelaksanaan presensi masuk kerja terdiri dari: 1. kelompok 07.30 WITA
    2. kelompok 08.30 WITA 3. kelompok 09.30 WITA b. pelaksanaan presensi pulang kerja terdiri
    dari: 1. kelompok 16.30 WITA 2. kelompok 17.30 WITA 3. kelompok 18.30 WITA"; Ps 22: "wajib
    memenuhi ketentuan jumlah jam kerja dalam 1 (satu) minggu": every group keeps R37's 8 hours
    Monday to Thursday, 5 h 30 min on Friday, 37 h 30 min a week."""
    expected = {"0730": ("07:30", "16:30"), "0830": ("08:30", "17:30"), "0930": ("09:30", "18:30")}
    for key, (check_in, check_out) in expected.items():
        slots = jk.flex_group_slots(key)
        for d in range(4):
            assert jk.check_in_out(slots, d) == (jk.hour(check_in), jk.hour(check_out)), key
        assert jk.day_hours(slots) == {0: 8.0, 1: 8.0, 2: 8.0, 3: 8.0, 4: 5.5}, key
        assert jk.weekly_hours(slots) == 37.5
        assert jk.calendar_problems(slots, 37.5) == [], key
        assert jk.flex_group_of(slots) == key
    assert jk.flex_group_slots("0730") == jk.R37


def test_dps_ps21_group_boundaries():
    """The group's check-in is on time; a minute later is late; a calendar that starts at 08:00,
    or starts at 08:30 but ends at 16:30 (7 hours), is no group of Ps 21(3)."""
    assert jk.late_minutes("0830", 0, jk.hour("08:30")) == 0
    assert jk.late_minutes("0830", 0, jk.hour("08:31")) == 1
    assert jk.late_minutes("0830", 0, jk.hour("07:45")) == 0
    assert jk.late_minutes("0930", 4, jk.hour("10:00")) == 30
    assert jk.late_minutes("0730", 6, jk.hour("10:00")) == 0  # Sunday: no working day
    eight = [s for d in range(4) for s in day(d, "08:00", "17:00", ("12:00", "13:00"))]
    assert code_of(jk.flex_group_of, eight) == "not_a_flex_group"
    short = [s for d in range(4) for s in day(d, "08:30", "16:30", ("12:00", "13:00"))]
    assert code_of(jk.flex_group_of, short) == "not_a_flex_group"
    long_friday = list(jk.flex_group_slots("0830")[:-1]) + [jk.Slot(4, 13.0, 17.5)]
    assert code_of(jk.flex_group_of, long_friday) == "flex_hours_differ"
    assert code_of(jk.check_flex_group, jk.flex_group_slots("0930"), "0830") == \
        "flex_group_mismatch"
    assert code_of(jk.flex_group_slots, "1030") == "not_a_flex_group"


def test_dps_ps21_2_location_and_or_time():
    """DPS Ps 21(2): "meliputi fleksibel secara lokasi dan/atau fleksibel secara waktu"."""
    jk.check_flex_request(jk.KIND_TIME, group="0830")
    jk.check_flex_request(jk.KIND_LOCATION, location="Puskesmas Pembantu")
    jk.check_flex_request(jk.KIND_BOTH, location="Rumah", group="0930")
    assert code_of(jk.check_flex_request, jk.KIND_TIME) == "flex_group_required"
    assert code_of(jk.check_flex_request, jk.KIND_LOCATION, location="  ") == \
        "flex_location_required"
    assert code_of(jk.check_flex_request, jk.KIND_BOTH, group="0830") == "flex_location_required"
    assert code_of(jk.check_flex_request, "remote") == "flex_kind"


def test_dps_ps21_4_the_regent_names_who_may():
    """DPS Ps 21(4): "Walikota menetapkan jenis pekerjaan dan pegawai ASN ... yang dapat
    menerapkan fleksibel secara lokasi dan/atau fleksibel secara waktu"."""
    jk.check_may_work_flexibly("pelaksana", ["pelaksana", "fungsional"])
    assert code_of(jk.check_may_work_flexibly, "pengawas", ["pelaksana"]) == "flex_not_allowed"
    assert code_of(jk.check_may_work_flexibly, "pelaksana", []) == "flex_none_allowed"


def test_r41_overlapping_requests_refused():
    """One flexible arrangement at a time: a period meeting another one, even on one day, is
    refused; the day after is fine."""
    march = (date(2025, 3, 1), date(2025, 3, 31))
    jk.check_no_overlap((date(2025, 4, 1), date(2025, 4, 30)), [march])
    for period in [(date(2025, 3, 31), date(2025, 4, 30)), (date(2025, 2, 1), date(2025, 3, 1)),
                   (date(2025, 3, 10), date(2025, 3, 12)), (date(2025, 2, 1), date(2025, 5, 1))]:
        assert code_of(jk.check_no_overlap, period, [march]) == "flex_overlap", period
    assert code_of(jk.check_no_overlap, (date(2025, 4, 2), date(2025, 4, 1)), []) == \
        "period_reversed"


def test_request_workflow_actors():
    """R41: the employee (or his HR office) submits, his PUO decides; R40 (DPS Ps 20(2): "ditetapkan
    oleh Kepala Perangkat Daerah setelah mendapat persetujuan oleh Walikota"): the head of the PD
    proposes, the regent's side decides. Nobody decides his own request; a refusal says why."""
    flex, exc = jk.FLEX_ACTORS, jk.EXCEPTION_ACTORS
    assert jk.request_transition(jk.DRAFT, jk.SUBMIT, {jk.EMPLOYEE}, flex) == jk.SUBMITTED
    assert jk.request_transition(jk.SUBMITTED, jk.APPROVE, {jk.PUO}, flex) == jk.APPROVED
    assert jk.request_transition(jk.SUBMITTED, jk.REFUSE, {jk.PUO}, flex, reason="Loket") == \
        jk.REFUSED
    assert code_of(jk.request_transition, jk.SUBMITTED, jk.APPROVE, {jk.EMPLOYEE}, flex) == \
        "not_your_step"
    assert code_of(jk.request_transition, jk.SUBMITTED, jk.APPROVE, {jk.PUO, jk.EMPLOYEE},
                   flex) == "own_request"
    assert code_of(jk.request_transition, jk.SUBMITTED, jk.REFUSE, {jk.PUO}, flex) == \
        "reason_required"
    assert code_of(jk.request_transition, jk.APPROVED, jk.REFUSE, {jk.PUO}, flex,
                   reason="x") == "action_not_allowed"
    assert jk.request_transition(jk.DRAFT, jk.SUBMIT, {jk.PD_HEAD}, exc) == jk.SUBMITTED
    assert code_of(jk.request_transition, jk.DRAFT, jk.SUBMIT, {jk.HR}, exc) == "not_your_step"
    assert jk.request_transition(jk.SUBMITTED, jk.APPROVE, {jk.REGENT}, exc) == jk.APPROVED
    assert code_of(jk.request_transition, jk.SUBMITTED, jk.APPROVE, {jk.REGENT, jk.PROPOSER},
                   exc) == "own_request"
    assert jk.may_act(jk.SUBMITTED, jk.APPROVE, {jk.PUO}, flex)
    assert not jk.may_act(jk.DRAFT, jk.APPROVE, {jk.PUO}, flex)


def test_r40_unit_hours_ended_early_by_who_set_or_approved_them():
    """DPS Ps 20(2): the unit's hours are "ditetapkan oleh Kepala Perangkat Daerah setelah
    mendapat persetujuan oleh Walikota": the head of the PD or the regent's side ends them, with
    a reason; staff do not; only approved hours end; flexible work ends with its period (R41)."""
    exc, flex = jk.EXCEPTION_ACTORS, jk.FLEX_ACTORS
    assert jk.request_transition(jk.APPROVED, jk.END, {jk.PD_HEAD}, exc, reason="x") == jk.ENDED
    assert jk.request_transition(jk.APPROVED, jk.END, {jk.REGENT}, exc, reason="x") == jk.ENDED
    assert code_of(jk.request_transition, jk.APPROVED, jk.END, {jk.HR}, exc, reason="x") == \
        "not_your_step"
    assert code_of(jk.request_transition, jk.APPROVED, jk.END, {jk.PD_HEAD}, exc, reason=" ") == \
        "reason_required"
    assert code_of(jk.request_transition, jk.SUBMITTED, jk.END, {jk.PD_HEAD}, exc,
                   reason="x") == "action_not_allowed"
    assert not jk.may_act(jk.APPROVED, jk.END, {jk.PUO, jk.EMPLOYEE}, flex)


def test_dps_ps20_services():
    """DPS Ps 20(1): "a. Kependidikan; b. dukungan operasional Perangkat Daerah; dan/atau
    c. langsung kepada masyarakat"."""
    assert [code for code, _label in jk.SERVICES] == [
        "kependidikan", "dukungan_operasional", "pelayanan_langsung"]


def test_time_labels():
    assert jk.hour("07.30") == 7.5 and jk.hour_label(18.5) == "18:30"
    assert jk.duration_label(37.5) == "37:30"
    assert code_of(jk.hour, "7:75") == "hour_format"


# -- the attendance bridge: R36 from attendances, late check-ins, DPS Ps 24 ---------------------


def test_r36_hours_worked_by_week_from_attendances():
    """DPS Ps 17(3): the hours worked are counted per week (Monday to Sunday) to compare with the
    weekly duty of Ps 17(1); an attendance counts on the day it starts."""
    mon = date(2026, 11, 23)
    worked = [(mon, 9.0), (date(2026, 11, 24), 9.0), (date(2026, 11, 27), 5.5),
              (date(2026, 11, 29), 2.0), (date(2026, 11, 30), 8.0), (date(2026, 12, 1), 0.0)]
    assert jk.hours_by_week(worked) == {mon: 25.5, date(2026, 11, 30): 8.0}
    assert jk.hours_by_week([]) == {}
    # Ps 17(1)-(3): 41 h 30 min worked in a week of 37 h 30 min leave 4 hours beyond the duty.
    week = [(mon, 9.0), (mon, 0.0)] + [(date(2026, 11, 24 + i), 9.0) for i in range(3)] \
        + [(date(2026, 11, 27), 5.5)]
    assert jk.overtime_of_weeks(jk.hours_by_week(week), jk.weekly_hours(jk.R37)) == 4.0


def test_dps_ps17_2_minutes_late_against_the_first_working_time():
    """DPS Ps 17(2): "Masuk kerja : pukul 07.30 WITA": 07:30 and 07:30:59 are on time, 07:31 is a
    minute late, 08:10 forty; on Saturday (Ps 16(2): Monday to Friday) nobody is late."""
    assert jk.minutes_late(jk.R37, jk.MONDAY, jk.hour("07:30")) == 0
    assert jk.minutes_late(jk.R37, jk.MONDAY, 7.5 + 59 / 3600) == 0
    assert jk.minutes_late(jk.R37, jk.MONDAY, jk.hour("07:31")) == 1
    assert jk.minutes_late(jk.R37, jk.FRIDAY, jk.hour("08:10")) == 40
    assert jk.minutes_late(jk.R37, jk.MONDAY, jk.hour("06:55")) == 0
    assert jk.minutes_late(jk.R37, jk.SATURDAY, jk.hour("10:00")) == 0
    assert jk.minutes_late(jk.R37, jk.MONDAY, None) == 0
    # R41 (Ps 21(3)): the 08.30 group checks in at 08:30, so 08:10 is on time for it.
    assert jk.late_minutes("0830", jk.MONDAY, jk.hour("08:10")) == 0
    assert jk.minutes_late(jk.flex_group_slots("0830"), jk.MONDAY, jk.hour("08:45")) == 15


def test_dps_ps24_old_hours_before_the_date_and_the_group_first():
    """DPS Ps 24: "Ketentuan jam kerja yang telah dilaksanakan sebelum berlakunya Peraturan
    Walikota ini masih dapat dilaksanakan sepanjang aplikasi presensi ASN belum mengakomodir
    ketentuan dalam Peraturan Walikota ini": before the date the old hours apply; an approved
    flexible group (Ps 21(3)) applies during its period."""
    switch = date(2026, 7, 1)
    flex = [(date(2026, 8, 1), date(2026, 8, 31), "0830")]
    args = dict(regulation="r37", switch_from=switch, before="old")
    assert jk.calendar_on(date(2026, 6, 30), "r37", flex, **args) == "old"
    assert jk.calendar_on(switch, "r37", flex, **args) == "r37"
    assert jk.calendar_on(date(2026, 8, 1), "r37", flex, **args) == "0830"
    assert jk.calendar_on(date(2026, 8, 31), "r37", flex, **args) == "0830"
    assert jk.calendar_on(date(2026, 9, 1), "r37", flex, **args) == "r37"
    # An employee on other hours (an R40 exception) keeps them; without a date nothing changes.
    assert jk.calendar_on(date(2026, 6, 30), "r40", flex, **args) == "r40"
    assert jk.calendar_on(date(2026, 6, 30), "r37", flex, regulation="r37", before="old") == "r37"
    assert jk.calendar_on(date(2026, 6, 30), "r37") == "r37"
