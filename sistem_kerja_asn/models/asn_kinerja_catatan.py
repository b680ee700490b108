from odoo import api
from odoo import fields
from odoo import models
from odoo.exceptions import UserError
from odoo.exceptions import ValidationError
from odoo.tools import SQL

from ..rules import bounds
from ..rules import kinerja as k
from ..rules.errors import RuleError


class AsnKinerjaCatatan(models.Model):
    """A dated note in an employee's performance timeline (R34 b, d): feedback and evidence from
    the PUO, the ketua and the PPK, check-ins, hours beyond the weekly duty (R36) and the
    follow-up (reward, sanction, development)."""

    _name = "asn.kinerja.catatan"
    _inherit = ["asn.kinerja.line.mixin"]
    _description = "Performance Note"
    _order = "date desc, id desc"

    date = fields.Date(required=True, default=fields.Date.context_today)
    kind = fields.Selection(k.NOTE_KINDS, required=True, default="feedback")
    author_id = fields.Many2one(
        "hr.employee", readonly=True, index=True,
        default=lambda self: self.env.user.employee_id,
    )
    body = fields.Text(string="Note", required=True)
    penugasan_id = fields.Many2one(
        "asn.penugasan", string="Assignment", domain="[('employee_id', '=', employee_id)]",
        help="The assignment this note documents, if any.",
    )
    attachment_ids = fields.Many2many("ir.attachment", string="Evidence Files")
    hours_worked = fields.Float(
        string="Hours Worked That Week",
        help="All hours worked in the week; those beyond the employee's weekly duty (the hours "
        "of his working hours calendar, R37: 37.5 h) count (R36).",
    )
    overtime_hours = fields.Float(
        string="Hours Beyond Duty", compute="_compute_overtime_hours", store=True,
    )
    follow_up_type = fields.Selection(k.FOLLOW_UP_TYPES, string="Follow-up")

    def _asn_duty(self):
        """The employee's weekly duty: the hours of his calendar (R36, R37, issue 13)."""
        return self.employee_id.sudo()._asn_weekly_duty()

    @api.depends("kind", "hours_worked", "employee_id")
    def _compute_overtime_hours(self):
        for note in self:
            note.overtime_hours = 0.0
            if note.kind == "overtime" and note.hours_worked:
                try:
                    note.overtime_hours = k.overtime_hours(note.hours_worked, note._asn_duty())  # R36
                except RuleError:
                    note.overtime_hours = 0.0

    @api.constrains("kind", "hours_worked")
    def _check_hours(self):
        for note in self.filtered(lambda n: n.kind == "overtime"):
            try:
                k.overtime_hours(note.hours_worked, note._asn_duty())  # R36, R37
            except RuleError as err:
                raise ValidationError(err.render(self.env._)) from err

    @api.constrains("hours_worked")
    def _check_hours_bounds(self):
        """Hours of any note: a number from 0 to 168, never NaN or infinite (rules/bounds.py)."""
        for note in self:
            try:
                bounds.check_hours(note.hours_worked)
            except RuleError as err:
                raise ValidationError(err.render(self.env._)) from err

    @api.constrains("date", "kinerja_id")
    def _check_date_in_period(self):
        """A note is dated between 1900 and 2099, inside its record's period (R34)."""
        label = self._fields["date"]._description_string(self.env)
        # The record's period read without filling the cache: its author may not read it.
        self.env["asn.kinerja"].flush_model(["date_start", "date_end"])
        self.env.cr.execute(SQL(
            "SELECT id, date_start, date_end FROM asn_kinerja WHERE id IN %s",
            tuple(self.kinerja_id.ids) or (0,),
        ))
        periods = {row[0]: row[1:] for row in self.env.cr.fetchall()}
        for note in self:
            start, end = periods.get(note.kinerja_id.id, (None, None))
            try:
                bounds.check_date(note.date, label)
                bounds.check_within(note.date, start, end)
            except RuleError as err:
                raise ValidationError(err.render(self.env._)) from err

    @api.model_create_multi
    def create(self, vals_list):
        self.env["asn.kinerja"]._asn_fill_record(vals_list)
        for vals in vals_list:
            if not self.env.su or "author_id" not in vals:
                vals["author_id"] = self.env.user.employee_id.id
            if self.env.su:
                continue
            record = self.env["asn.kinerja"].sudo().browse(vals["kinerja_id"]).with_env(self.env)
            try:
                k.check_note(vals.get("kind") or "feedback", record._kinerja_roles(),
                             record.state, vals.get("follow_up_type"))
            except RuleError as err:
                raise UserError(err.render(self.env._)) from err
        return super().create(vals_list)

    def write(self, vals):
        if not self.env.su and any(n.author_id.user_id != self.env.user for n in self.sudo()):
            raise UserError(self.env._("Only the author changes a note of the timeline."))
        if "kinerja_id" in vals and not self.env.su:
            raise UserError(self.env._("A note stays on its performance record."))
        return super().write(vals)

    def unlink(self):
        if not self.env.su and any(n.author_id.user_id != self.env.user for n in self.sudo()):
            raise UserError(self.env._("Only the author deletes a note of the timeline."))
        return super().unlink()
