"""The attendance bridge: the hours worked from Odoo's Attendances (R36) and check-ins measured
against the working hours in force that day (R37, R41, Perwali Denpasar 69/2023 Ps 24). Every step
as the user who takes it, from a clean cache; times are WITA, as the regulation states them."""

from datetime import date
from datetime import datetime
from datetime import time
from datetime import timedelta

import pytz
from odoo.addons.sistem_kerja_asn.rules import jam_kerja as jk
from odoo.addons.sistem_kerja_asn.tests.test_jam_kerja import JamKerjaCase
from odoo.addons.sistem_kerja_asn.tests.test_kinerja import KinerjaCase
from odoo.exceptions import AccessError
from odoo.tests import new_test_user
from odoo.tests import tagged

WITA = pytz.timezone("Asia/Makassar")


def wita(day, clock):
    """``clock`` ('08:10') WITA on ``day`` as Odoo stores it (naive UTC)."""
    hours, minutes = (int(part) for part in clock.split(":"))
    local = WITA.localize(datetime.combine(day, time(hours, minutes)))
    return local.astimezone(pytz.utc).replace(tzinfo=None)


class AttendanceMixin:
    """An attendance clerk (Odoo's Attendances administrator) of the government, whose employees
    live in WITA."""

    @classmethod
    def attendance_clerk(cls, company):
        return new_test_user(
            cls.env, login="presensi_%s" % company.id, company_id=company.id,
            company_ids=[(6, 0, [company.id])],
            groups="base.group_user,hr_attendance.group_hr_attendance_manager",
        )

    def clean(self):
        self.env.flush_all()
        self.env.invalidate_all()

    def as_clerk(self, records):
        """``records`` as the clerk, in all his companies."""
        return records.with_user(self.clerk).with_context(
            allowed_company_ids=self.clerk.company_ids.ids)

    def attend(self, emp, day, check_in, check_out):
        """The clerk records ``emp``'s attendance of ``day`` from ``check_in`` to ``check_out``."""
        self.clean()
        return self.as_clerk(self.env["hr.attendance"]).create({
            "employee_id": emp.id, "check_in": wita(day, check_in),
            "check_out": wita(day, check_out),
        })

    def correct(self, attendance, day, check_in):
        """The clerk corrects the check-in of ``attendance``."""
        self.clean()
        self.as_clerk(attendance).check_in = wita(day, check_in)

    def late(self, attendance):
        """(minutes late, working hours applied) of ``attendance``, as the clerk reads them."""
        self.clean()
        att = self.as_clerk(attendance)
        return att.asn_late_minutes, att.asn_calendar_id


@tagged("post_install", "-at_install")
class TestAttendanceOvertime(AttendanceMixin, KinerjaCase):
    """R36 (DPS Ps 17(3)) from the attendances, on the employee's performance record."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.clerk = cls.attendance_clerk(cls.company)
        cls.Emp.search([("company_id", "=", cls.company.id)]).tz = "Asia/Makassar"

    def test_overtime_from_attendances_not_from_declared_notes(self):
        """DPS Ps 17(1): "37 (tiga puluh tujuh) jam 30 (tiga puluh) menit tidak termasuk jam
        istirahat"; Ps 17(2): a break of 12.00-13.00 Monday to Thursday and 11.30-13.00 on Friday;
        Ps 17(3): "kelebihan jam kerja dapat dipertimbangkan sebagai kinerja". At work 07:30-17:30
        Monday to Thursday (9 hours without the break) and 07:30-14:30 on Friday (5 h 30 min): 41 h
        30 min, 4 hours beyond the duty. A following week of one 8-hour day adds nothing; the 50
        hours the employee declares in his timeline no longer count."""
        rec = self.new_record(self.staff_a, parent=self.e_kadis)
        self.walk_to_in_progress(rec, self.kabid_a)
        self.clean()
        self.env["asn.kinerja.catatan"].with_user(self.u(self.staff_a)).create({
            "kinerja_id": rec.id, "kind": "overtime", "hours_worked": 50.0,
            "body": "Lembur rekap imunisasi (dinyatakan sendiri)",
        })
        monday = jk.week_start(date(self.year, 1, 8))  # the first full week of the year
        for offset in range(4):
            self.attend(self.staff_a, monday + timedelta(days=offset), "07:30", "17:30")
        friday = self.attend(self.staff_a, monday + timedelta(days=4), "07:30", "14:30")
        self.attend(self.staff_a, monday + timedelta(days=7), "07:30", "16:30")
        self.attend(self.jf_b, monday, "07:30", "20:30")  # a colleague's hours are his own
        self.clean()
        self.assertEqual(friday.worked_hours, 5.5)
        self.assertEqual(self.staff_a._asn_hours_worked(self.y_start, self.y_end),
                         {monday: 41.5, monday + timedelta(days=7): 8.0})
        self.assertEqual(self.by(rec, self.staff_a).overtime_hours, 4.0)
        self.assertEqual(self.by(rec, self.kabid_a).overtime_hours, 4.0)


@tagged("post_install", "-at_install")
class TestAttendanceLate(AttendanceMixin, JamKerjaCase):
    """Late check-ins against the working hours in force that day: R37, the R41 group of an
    approved flexible request, the old hours before the date of DPS Ps 24."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.clerk = cls.attendance_clerk(cls.company)
        cls.Emp.search([("company_id", "=", cls.company.id)]).tz = "Asia/Makassar"
        # Two weeks ago (Monday), last week and this week.
        cls.monday = jk.week_start(cls.today) - timedelta(days=14)

    def day(self, offset):
        return self.monday + timedelta(days=offset)

    def test_late_against_r37_and_the_approved_group(self):
        """DPS Ps 17(2): "Masuk kerja : pukul 07.30 WITA" (Monday to Friday): in at 08:10 is 40
        minutes late, 07:30 on time, 07:45 on Friday 15 minutes; Saturday (Ps 16(2): Monday to
        Friday) and a national holiday (Ps 19) are no working days. Ps 21(3): "kelompok 08.30
        WITA": once the unit leader approves the employee's request, 08:10 on a day of its period
        is on time and 08:45 15 minutes late; before the period R37's hours stay."""
        r37 = self.r37
        before = self.attend(self.staff_a, self.day(0), "08:10", "16:30")
        on_time = self.attend(self.staff_a, self.day(1), "07:30", "16:30")
        friday = self.attend(self.staff_a, self.day(4), "07:45", "14:30")
        saturday = self.attend(self.staff_a, self.day(5), "10:00", "12:00")
        holiday = self.day(3)
        self.env["resource.calendar.leaves"].create({
            "name": "Hari Suci Nyepi", "company_id": self.company.id, "calendar_id": False,
            "date_from": wita(holiday, "00:00"), "date_to": wita(holiday, "23:59"),
        })
        on_holiday = self.attend(self.staff_a, holiday, "09:00", "12:00")
        self.assertEqual(self.late(before), (40, r37))
        self.assertEqual(self.late(on_time), (0, r37))
        self.assertEqual(self.late(friday), (15, r37))
        self.assertEqual(self.late(saturday)[0], 0)
        self.assertEqual(self.late(on_holiday)[0], 0)
        # Recorded before the approval: a day of the request's period, late against R37.
        in_period = self.attend(self.staff_a, self.day(7), "08:10", "17:30")
        self.assertEqual(self.late(in_period), (40, r37))
        rec = self.ask(date_from=self.day(7))  # the 08.30 group until a month from today
        self.act(rec, self.staff_a, "action_submit")
        self.act(rec, self.kabid_a, "action_approve")
        group = self.group["0830"]
        self.assertEqual(self.late(in_period), (0, group))
        late_in_group = self.attend(self.staff_a, self.day(8), "08:45", "17:30")
        self.assertEqual(self.late(late_in_group), (15, group))
        # Corrected after the approval: a day before the period, still against R37.
        self.correct(before, self.day(0), "08:12")
        self.assertEqual(self.late(before), (42, r37))
        # The list's "Late" filter.
        Attendance = self.as_clerk(self.env["hr.attendance"])
        self.assertEqual(
            Attendance.search([("employee_id", "=", self.staff_a.id),
                               ("asn_late_minutes", ">", 0)]),
            before | friday | late_in_group,
        )

    def test_ps24_old_hours_before_the_date(self):
        """DPS Ps 24: "Ketentuan jam kerja yang telah dilaksanakan sebelum berlakunya Peraturan
        Walikota ini masih dapat dilaksanakan sepanjang aplikasi presensi ASN belum mengakomodir
        ketentuan dalam Peraturan Walikota ini". The city worked from 08:00 (Odoo's standard
        hours) until the date its attendance application supports the regulation's hours: a
        check-in at 08:10 before that date is 10 minutes late, also when recorded or corrected
        afterwards; from the date, 40 minutes (Ps 17(2): 07.30 WITA)."""
        company = self.env["res.company"].create({"name": "Kota Denpasar"})
        old = company.resource_calendar_id  # Odoo's standard 40 hours: 08:00-17:00, WITA
        old.write({"tz": "Asia/Makassar", "attendance_ids": [(5, 0, 0)] + [
            (0, 0, {"name": "%s %s" % (d, p), "dayofweek": str(d), "hour_from": f, "hour_to": t,
                    "day_period": p})
            for d in range(5)
            for f, t, p in ((8.0, 12.0, "morning"), (12.0, 13.0, "lunch"), (13.0, 17.0, "afternoon"))
        ]})
        emp = self.env["hr.employee"].create({
            "name": "Staf Kota", "company_id": company.id, "resource_calendar_id": old.id,
            "tz": "Asia/Makassar",
        })
        self.clerk.company_ids |= company  # the clerk keeps the city's attendances too
        manager = new_test_user(
            self.env, login="dps_pyb", company_id=company.id,
            company_ids=[(6, 0, [company.id])],
            groups="base.group_user,sistem_kerja_asn.group_manager",
        )
        switch = self.day(7)  # a Monday
        thursday_date = switch - timedelta(days=4)
        thursday = self.attend(emp, thursday_date, "08:10", "17:00")
        self.assertEqual(self.late(thursday), (10, old))
        self.clean()
        policy = self.env["asn.kedudukan.policy"]._for_company(company)
        policy = policy.with_user(manager).with_context(allowed_company_ids=[company.id])
        policy.work_calendar_from = switch
        policy.preset = "denpasar"
        policy.action_apply_preset()  # the date has come: the regulation's hours apply
        self.clean()
        self.assertEqual(emp.resource_calendar_id, self.r37)
        self.assertEqual(policy.work_calendar_before_id, old)
        on_switch = self.attend(emp, switch, "08:10", "16:30")
        self.assertEqual(self.late(on_switch), (40, self.r37))
        friday = self.attend(emp, switch - timedelta(days=3), "08:10", "17:00")  # recorded late
        self.assertEqual(self.late(friday), (10, old))
        self.correct(thursday, thursday_date, "08:05")
        self.assertEqual(self.late(thursday), (5, old))
        # The date moved a week on: the week before it is measured again against the old hours.
        policy.work_calendar_from = switch + timedelta(days=7)
        self.assertEqual(self.late(on_switch), (10, old))

    def test_employee_does_not_write_attendances(self):
        """Odoo's own rules: an employee reads his own attendances, with the minutes late, but
        writes none and does not read a colleague's."""
        own = self.attend(self.staff_a, self.day(0), "08:10", "16:30")
        other = self.attend(self.jf_b, self.day(0), "07:30", "16:30")
        self.clean()
        user = self.u(self.staff_a)
        self.assertEqual(own.with_user(user).asn_late_minutes, 40)
        for att in (own, other):
            with self.assertRaises(AccessError):
                att.with_user(user).write({"check_in": wita(self.day(0), "07:30")})
        with self.assertRaises(AccessError):
            other.with_user(user).read(["asn_late_minutes"])
        with self.assertRaises(AccessError):
            self.env["hr.attendance"].with_user(user).create({
                "employee_id": self.jf_b.id, "check_in": wita(self.day(1), "07:30"),
            })
