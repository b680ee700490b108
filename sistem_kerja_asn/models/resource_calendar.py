from datetime import datetime
from datetime import time
from datetime import timedelta

import pytz
from odoo import api
from odoo import fields
from odoo import models
from odoo.exceptions import ValidationError

from ..rules import jam_kerja as jk
from ..rules.errors import RuleError


class ResourceCalendar(models.Model):
    """Odoo's working hours read by the regulation (R36-R41, rules/jam_kerja.py): the weekly
    hours without the breaks, the R37 check against the regency's weekly hours, the R41 check-in
    group of a flexible-time calendar, and working days around the company's holidays (R39)."""

    _inherit = "resource.calendar"

    asn_flex_group = fields.Selection(
        jk.FLEX_GROUP_SELECTION, string="Flexible Work Group",
        help="R41 (Perwali Denpasar 69/2023 Ps 21(3)): this calendar is the check-in group an "
        "employee working flexibly by time follows; it keeps R37's daily hours (Ps 22).",
    )
    asn_weekly_hours = fields.Float(
        string="Hours a Week", compute="_compute_asn_check", digits=(16, 2),
        help="The working hours of a week without the breaks (R37).",
    )
    asn_problem = fields.Text(
        string="Regulation Check", compute="_compute_asn_check",
        help="R37: a calendar that misses the weekly hours the regulation asks (the company's "
        "policy), or has a working day without a break, is flagged.",
    )

    # -- reading the calendar (rules/jam_kerja.py) --------------------------------------------

    def _asn_slots(self):
        """The calendar's regular lines as rules/jam_kerja.Slot (breaks: Odoo's lunch lines)."""
        self.ensure_one()
        lines = self.attendance_ids.filtered(
            lambda a: not a.display_type and not a.resource_id and not a.date_from
            and not a.date_to
        )
        return [
            jk.Slot(int(a.dayofweek), a.hour_from, a.hour_to, a.day_period == "lunch",
                    int(a.week_type or 0) if self.two_weeks_calendar else 0)
            for a in lines
        ]

    def _asn_weekly_hours(self):
        """The hours of a week without the breaks (R37): a flexible-hours calendar counts its
        full-time hours."""
        self.ensure_one()
        if self.flexible_hours:
            return self.full_time_required_hours or self.hours_per_day * len(jk.WORKDAYS)
        return jk.weekly_hours(self._asn_slots(), 2 if self.two_weeks_calendar else 1)

    def _asn_required_hours(self, company=None):
        """The weekly hours the regency's regulation asks (R37, the company's policy)."""
        company = company or self.company_id or self.env.company
        policy = self.env["asn.kedudukan.policy"].sudo().search(
            [("company_id", "=", company.id)], limit=1)
        return policy.weekly_hours if policy else jk.weekly_hours(jk.R37)

    def _asn_problems(self, company=None):
        """R37 (and R41 for a group calendar): what makes the calendar miss the regulation, as
        RuleErrors."""
        self.ensure_one()
        required = self._asn_required_hours(company)
        if self.flexible_hours:
            missed = jk.weekly_hours_problem(self._asn_weekly_hours(), required)
            return [missed] if missed else []
        slots, problems = self._asn_slots(), []
        try:
            problems += jk.calendar_problems(slots, required, 2 if self.two_weeks_calendar else 1)
            if self.asn_flex_group:
                jk.check_flex_group(slots, self.asn_flex_group)
        except RuleError as err:
            problems.append(err)
        return problems

    def _asn_render(self, err):
        """A rule's message in the user's language, the day named in it too."""
        params = dict(err.params)
        if "day_index" in params:
            days = dict(self.env["resource.calendar.attendance"]._fields["dayofweek"]
                        ._description_selection(self.env))
            params["day"] = days.get(str(params["day_index"]), params.get("day"))
        return RuleError(err.code, err.template, **params).render(self.env._)

    @api.depends("attendance_ids", "attendance_ids.hour_from", "attendance_ids.hour_to",
                 "attendance_ids.dayofweek", "attendance_ids.day_period",
                 "two_weeks_calendar", "flexible_hours", "full_time_required_hours",
                 "hours_per_day", "asn_flex_group", "company_id")
    @api.depends_context("company")
    def _compute_asn_check(self):
        for calendar in self:
            try:
                calendar.asn_weekly_hours = calendar._asn_weekly_hours()
                problems = calendar._asn_problems()
            except RuleError as err:
                calendar.asn_weekly_hours = 0.0
                problems = [err]
            calendar.asn_problem = "\n".join(calendar._asn_render(p) for p in problems) or False

    @api.constrains("asn_flex_group", "attendance_ids")
    def _check_asn_flex_group(self):
        """R41: a calendar named as a check-in group is that group, with R37's daily hours."""
        for calendar in self.filtered("asn_flex_group"):
            try:
                jk.check_flex_group(calendar._asn_slots(), calendar.asn_flex_group)
            except RuleError as err:
                raise ValidationError(calendar._asn_render(err)) from err

    # -- working days (R39) ------------------------------------------------------------------------

    def _asn_workdays(self):
        """The weekdays (0 Monday ... 6 Sunday) with working time."""
        self.ensure_one()
        if self.flexible_hours:
            return jk.WORKDAYS
        return frozenset(jk.day_hours(self._asn_slots()))

    def _asn_holidays(self, company, date_from, date_to):
        """R39: the days of the company-wide time off (national holidays, cuti bersama: global
        ``resource.calendar.leaves`` of the company, for every calendar or this one) between the
        dates, in the calendar's time zone."""
        self.ensure_one()
        tz = pytz.timezone(self.tz or jk.TIMEZONE)
        start = tz.localize(datetime.combine(date_from, time.min)).astimezone(pytz.utc)
        end = tz.localize(datetime.combine(date_to, time.max)).astimezone(pytz.utc)
        leaves = self.env["resource.calendar.leaves"].sudo().search([
            ("resource_id", "=", False),
            ("calendar_id", "in", [False, self.id]),
            ("company_id", "=", company.id),
            ("time_type", "=", "leave"),
            ("date_from", "<=", end.replace(tzinfo=None)),
            ("date_to", ">=", start.replace(tzinfo=None)),
        ])
        days = set()
        for leave in leaves:
            first = pytz.utc.localize(leave.date_from).astimezone(tz)
            last = pytz.utc.localize(leave.date_to).astimezone(tz)
            if last.time() == time.min and last > first:
                last -= timedelta(seconds=1)  # ends at midnight: that day is not off
            day = first.date()
            while day <= last.date():
                days.add(day)
                day += timedelta(days=1)
        return days

    def _asn_add_working_days(self, start, days, company=None):
        """The day ``days`` working days of this calendar after ``start``, skipping the
        company's holidays (R39, DPS Ps 19)."""
        self.ensure_one()
        company = company or self.company_id or self.env.company
        horizon = start + timedelta(days=days * 3 + 60)
        holidays = self._asn_holidays(company, start, horizon)
        try:
            return jk.add_working_days(start, days, self._asn_workdays(), holidays)
        except RuleError as err:
            raise ValidationError(err.render(self.env._)) from err
