from datetime import timedelta

import pytz
from odoo import api
from odoo import fields
from odoo import models
from odoo.addons.sistem_kerja_asn.rules import jam_kerja as jk
from odoo.osv import expression


class HrAttendance(models.Model):
    """A check-in measured against the working hours in force that day (R37, R41, DPS Ps 24)."""

    _inherit = "hr.attendance"

    asn_calendar_id = fields.Many2one(
        "resource.calendar", string="Working Hours Applied", compute="_compute_asn_late",
        store=True, readonly=True,
        help="The working hours the check-in is measured against: the employee's check-in group "
        "while an approved flexible work request runs (R41), before the date of the regulation's "
        "hours the hours in force before them (Perwali Denpasar 69/2023 Ps 24), else his working "
        "hours.",
    )
    asn_late_minutes = fields.Integer(
        string="Late (Minutes)", compute="_compute_asn_late", store=True, readonly=True,
        help="Whole minutes the check-in came after the start of the working day in the working "
        "hours applied (R37: 07:30 WITA; R41: the check-in group). 0 on time, on a day off or on "
        "a company holiday.",
    )

    @api.depends("check_in", "employee_id")
    def _compute_asn_late(self):
        for att in self:
            calendar, minutes = att._asn_late()
            att.asn_calendar_id = calendar
            att.asn_late_minutes = minutes

    def _asn_late(self):
        """(working hours applied, minutes late) of the check-in."""
        self.ensure_one()
        emp = self.employee_id.sudo()
        calendar = self.env["resource.calendar"]
        if not (emp and self.check_in):
            return calendar, 0
        check_in = pytz.utc.localize(self.check_in)
        day = check_in.astimezone(pytz.timezone(emp._get_tz())).date()
        calendar = emp._asn_calendar_on(day).sudo()
        if not calendar or calendar.flexible_hours:
            return calendar, 0
        local = check_in.astimezone(pytz.timezone(calendar.tz or emp._get_tz()))
        day = local.date()
        if day in calendar._asn_holidays(emp.company_id, day, day):  # R39
            return calendar, 0
        slots = calendar._asn_slots()
        if calendar.two_weeks_calendar:
            week = self.env["resource.calendar.attendance"].get_week_type(day)
            slots = [slot for slot in slots if slot.week == week]
        hours = local.hour + local.minute / 60 + local.second / 3600
        return calendar, jk.minutes_late(slots, day.weekday(), hours)

    def _asn_measure_again(self):
        """Compute the working hours applied and the minutes late again (the hours in force on
        those days changed)."""
        for name in ("asn_calendar_id", "asn_late_minutes"):
            self.env.add_to_compute(self._fields[name], self)
        return self

    @api.model
    def _asn_recompute_late(self, scopes):
        """Measure again the check-ins of ``scopes`` [(employee, first day, last day)]."""
        domains = []
        for emp, first, last in scopes:
            if emp and first and last:
                # a day more on each side: the employee's and the calendar's time zones may differ
                start, end, _tz = emp._asn_local_bounds(first - timedelta(days=1),
                                                        last + timedelta(days=1))
                domains.append([("employee_id", "=", emp.id), ("check_in", ">=", start),
                                ("check_in", "<", end)])
        if not domains:
            return self.browse()
        return self.sudo().search(expression.OR(domains))._asn_measure_again()
