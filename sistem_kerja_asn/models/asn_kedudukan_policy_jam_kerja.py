from odoo import api
from odoo import fields
from odoo import models
from odoo.exceptions import ValidationError

from ..rules import jam_kerja as jk
from ..rules import positions

# The module of the calendars a preset names in its option ``work_calendar`` (xml ids
# ``resource_calendar_<option>``, data/resource_calendar_data.xml).
CALENDAR_XMLID = "sistem_kerja_asn.resource_calendar_%s"

# R37-R41 options on the policy (rows of asn_kedudukan_policy.OPTION_FIELDS).
JAM_KERJA_OPTION_FIELDS = (
    (
        ("work_calendar_id",),
        lambda m, o: {"work_calendar_id": m._asn_calendar_of_option(o["work_calendar"]).id},
        lambda p: {"work_calendar": p._asn_option_of_calendar()},
    ),
    (
        ("weekly_hours",),
        lambda _m, o: {"weekly_hours": o["weekly_hours"]},
        lambda p: {"weekly_hours": p.weekly_hours},
    ),
    (
        ("flex_jabatan_types",),
        lambda _m, o: {"flex_jabatan_types": ",".join(o["flex_jabatan_types"])},
        lambda p: {"flex_jabatan_types": p._asn_flex_jabatan_types()},
    ),
    (
        ("monday_assembly",),
        lambda _m, o: {"monday_assembly": o["monday_assembly"]},
        lambda p: {"monday_assembly": p.monday_assembly},
    ),
)


class AsnKedudukanPolicy(models.Model):
    """The company's working days and hours (R37-R41, issue 13), kept on its policy with the
    other preset options: the regulation's calendar and the date from which it applies (DPS
    Ps 24), the weekly hours a calendar must count, who may work flexibly, the Monday assembly."""

    _inherit = "asn.kedudukan.policy"

    work_calendar_id = fields.Many2one(
        "resource.calendar", string="Working Hours of the Regulation", tracking=True,
        ondelete="restrict",
        help="R37: made the company's default working hours (and of every employee who follows "
        "the company's hours) from the date below. Empty: the company's calendar stays.",
    )
    work_calendar_from = fields.Date(
        string="New Working Hours From", tracking=True,
        help="Perwali Denpasar 69/2023 Ps 24: the hours in force before the regulation stay as "
        "long as the attendance application does not support the new ones. The calendar above "
        "applies from this date (empty: at once).",
    )
    weekly_hours = fields.Float(
        string="Weekly Hours Required", default=jk.weekly_hours(jk.R37), tracking=True,
        digits=(16, 2),
        help="R37, Ps 22: the hours of a week without the breaks every calendar must count; "
        "a calendar that misses them, or has a working day without a break, is flagged.",
    )
    flex_jabatan_types = fields.Char(
        string="Positions That May Work Flexibly", tracking=True,
        help="R41 (Ps 21(4)): the position classes the regent's decision allows to work "
        "flexibly, comma-separated: jpt_madya, jpt_pratama, administrator, pengawas, pelaksana, "
        "fungsional. Empty: nobody yet.",
    )
    monday_assembly = fields.Boolean(
        string="Monday Morning Assembly", tracking=True,
        help="R38 (Ps 18): every employee joins the morning assembly (apel pagi) on Monday; "
        "shown on the employee's portal home.",
    )
    monday_assembly_time = fields.Float(
        string="Assembly Time", default=7.5, tracking=True,
        help="The time of the Monday assembly (local time of the working hours).",
    )
    monday_assembly_place = fields.Char(string="Assembly Place", tracking=True)

    # -- the preset options (rules/presets: work_calendar, weekly_hours, flex_jabatan_types,
    # monday_assembly) ------------------------------------------------------------------------------

    @api.model
    def _asn_calendar_of_option(self, key):
        """The calendar a preset's ``work_calendar`` option names (None: none)."""
        if not key:
            return self.env["resource.calendar"]
        return self.env.ref(CALENDAR_XMLID % key, raise_if_not_found=False) \
            or self.env["resource.calendar"]

    def _asn_option_of_calendar(self):
        """The ``work_calendar`` option of the policy's calendar: the preset's key for one of the
        regulation's calendars, its id for a calendar of the company's own."""
        calendar = self.sudo().work_calendar_id
        if not calendar:
            return None
        prefix = CALENDAR_XMLID % ""
        for xmlid in calendar._get_external_ids().get(calendar.id, []):
            if xmlid.startswith(prefix):
                return xmlid[len(prefix):]
        return calendar.id

    @api.model
    def _asn_option_fields(self):
        return (*super()._asn_option_fields(), *JAM_KERJA_OPTION_FIELDS)

    @api.model
    def _option_labels(self):
        labels = super()._option_labels()
        labels.append(("work_calendar", self._fields["work_calendar_id"]
                       .get_description(self.env)["string"]))
        return labels

    def _asn_flex_jabatan_types(self):
        return [t.strip() for t in (self.flex_jabatan_types or "").split(",") if t.strip()]

    @api.constrains("flex_jabatan_types")
    def _check_flex_jabatan_types(self):
        known = dict(positions.JABATAN_TYPES)
        for policy in self:
            unknown = [t for t in policy._asn_flex_jabatan_types() if t not in known]
            if unknown:
                raise ValidationError(self.env._(
                    "Unknown position classes %(unknown)s: use %(known)s (R41).",
                    unknown=", ".join(unknown), known=", ".join(known),
                ))

    @api.constrains("weekly_hours", "monday_assembly_time")
    def _check_hours(self):
        for policy in self:
            if not 0 < policy.weekly_hours <= 7 * 24:
                raise ValidationError(self.env._(
                    "The weekly hours are a number of hours above 0 and at most 168 (R37)."))
            if not 0 <= policy.monday_assembly_time < 24:
                raise ValidationError(self.env._("The assembly time lies between 00:00 and 23:59."))

    # -- the company's working hours (R37, DPS Ps 24) ------------------------------------------

    def action_apply_preset(self):
        res = super().action_apply_preset()
        self._asn_apply_work_calendar()
        return res

    def write(self, vals):
        res = super().write(vals)
        if {"work_calendar_id", "work_calendar_from"} & set(vals):
            self._asn_apply_work_calendar()
        return res

    def _asn_apply_work_calendar(self, today=None):
        """R37, DPS Ps 24: from its date, the regulation's calendar becomes the company's default
        working hours, and every employee of the company who followed the old default follows
        the new one (an exception of his unit, R40, or his flexible group, R41, stays)."""
        today = today or fields.Date.context_today(self)
        for policy in self.sudo():
            calendar, company = policy.work_calendar_id, policy.company_id
            if not calendar or (policy.work_calendar_from and policy.work_calendar_from > today):
                continue
            old = company.resource_calendar_id
            if old == calendar:
                continue
            company.resource_calendar_id = calendar
            employees = self.env["hr.employee"].sudo().with_context(active_test=False).search([
                ("company_id", "=", company.id), ("resource_calendar_id", "=", old.id),
            ]) if old else self.env["hr.employee"]
            employees.write({"resource_calendar_id": calendar.id})
            policy.message_post(body=self.env._(
                "%(calendar)s are the company's working hours from %(date)s (R37, Perwali Denpasar "
                "69/2023 Ps 24); %(count)s employees moved from %(old)s.",
                calendar=calendar.name, date=policy.work_calendar_from or today,
                count=len(employees), old=old.name or "-",
            ))

    @api.model
    def _cron_apply_work_calendar(self):
        """Daily: the regulation's calendar whose date has come (DPS Ps 24)."""
        today = fields.Date.context_today(self)
        self.sudo().search([
            ("work_calendar_id", "!=", False),
            "|", ("work_calendar_from", "=", False), ("work_calendar_from", "<=", today),
        ])._asn_apply_work_calendar(today)
