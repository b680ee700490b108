from datetime import datetime
from datetime import time
from datetime import timedelta

import pytz
from odoo import models
from odoo.addons.sistem_kerja_asn.rules import jam_kerja as jk


class HrEmployee(models.Model):
    """The hours worked (R36) and the working hours in force on a day (R41, DPS Ps 24) read from
    Odoo's Attendances."""

    _inherit = "hr.employee"

    def _asn_local_bounds(self, date_from, date_to):
        """The naive UTC datetimes of the start of ``date_from`` and of the day after ``date_to``
        in the employee's time zone, and that time zone."""
        self.ensure_one()
        tz = pytz.timezone(self.sudo()._get_tz())
        start, end = (
            tz.localize(datetime.combine(day, time.min)).astimezone(pytz.utc).replace(tzinfo=None)
            for day in (date_from, date_to + timedelta(days=1))
        )
        return start, end, tz

    def _asn_hours_worked(self, date_from, date_to):
        """R36 (Perwali Denpasar 69/2023 Ps 17(3)): {Monday of a week: hours worked that week}
        from the employee's attendances between the dates, instead of the hours he declared in
        his timeline. An attendance counts its worked hours (Odoo's: check-in to check-out
        without the breaks of his working hours) on the day it starts, in his time zone."""
        self.ensure_one()
        start, end, tz = self._asn_local_bounds(date_from, date_to)
        attendances = self.env["hr.attendance"].sudo().search([
            ("employee_id", "=", self.id), ("check_out", "!=", False),
            ("check_in", ">=", start), ("check_in", "<", end),
        ])
        return jk.hours_by_week([
            (pytz.utc.localize(att.check_in).astimezone(tz).date(), att.worked_hours)
            for att in attendances
        ])

    def _asn_calendar_on(self, day):
        """The working hours in force for the employee on ``day`` (rules/jam_kerja.calendar_on):
        the check-in group of an approved flexible request running that day (R41), else before
        the date of the regulation's hours the hours the company worked before them (DPS Ps 24),
        else his working hours."""
        self.ensure_one()
        emp = self.sudo()
        Flex = self.env["asn.kerja.fleksibel"].sudo()
        flex = Flex.search([
            ("employee_id", "=", emp.id), ("state", "=", jk.APPROVED),
            ("calendar_id", "!=", False), ("date_from", "<=", day), ("date_to", ">=", day),
        ])
        current = emp._asn_calendar()
        # While a flexible request runs he follows its group (asn.kerja.fleksibel._asn_apply):
        # outside its period, the hours he follows otherwise.
        applied = Flex.search([("employee_id", "=", emp.id), ("is_applied", "=", True)], limit=1)
        if applied and current == applied.calendar_id:
            current = (not applied.return_to_base and applied.previous_calendar_id) \
                or emp._asn_base_calendar()
        policy = self.env["asn.kedudukan.policy"].sudo().search(
            [("company_id", "=", emp.company_id.id)], limit=1)
        return jk.calendar_on(
            day, current, [(f.date_from, f.date_to, f.calendar_id) for f in flex],
            regulation=policy.work_calendar_id, switch_from=policy.work_calendar_from,
            before=policy.work_calendar_before_id,
        )
