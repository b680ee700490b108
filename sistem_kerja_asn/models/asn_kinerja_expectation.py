from odoo import api
from odoo import fields
from odoo import models
from odoo.exceptions import UserError
from odoo.exceptions import ValidationError

from ..rules import kinerja as k
from ..rules.errors import RuleError

PLAN_FIELDS = {"name", "indicator", "target", "parent_id", "sequence", "kinerja_id"}


class AsnKinerjaExpectation(models.Model):
    """An expected result (rencana hasil kerja) with its indicator and target, supporting an
    expected result of the superior (R35 cascade) and delivered by assignments and teams."""

    _name = "asn.kinerja.expectation"
    _inherit = ["asn.access.mixin"]
    _description = "Expected Result"
    _order = "kinerja_id, sequence, id"

    kinerja_id = fields.Many2one(
        "asn.kinerja", string="Performance Record", required=True, index=True, ondelete="cascade",
    )
    sequence = fields.Integer(default=10)
    employee_id = fields.Many2one(related="kinerja_id.employee_id", store=True, index=True)
    company_id = fields.Many2one(related="kinerja_id.company_id", store=True, index=True)
    state = fields.Selection(related="kinerja_id.state")
    name = fields.Char(string="Expected Result", required=True)
    indicator = fields.Char(required=True)
    target = fields.Char(required=True)
    achievement = fields.Char(string="Achieved", help="What was achieved against the target.")
    parent_id = fields.Many2one(
        "asn.kinerja.expectation", string="Supports", index="btree_not_null", ondelete="restrict",
        help="The superior's expected result this one supports (R35 cascade).",
    )
    child_ids = fields.One2many("asn.kinerja.expectation", "parent_id", string="Supported By")
    penugasan_ids = fields.Many2many(
        "asn.penugasan", string="Assignments",
        domain="[('employee_id', '=', employee_id)]",
        help="The assignments that deliver this result.",
    )
    tim_kerja_ids = fields.Many2many(
        "asn.tim.kerja", string="Work Teams",
        domain="[('member_ids.employee_id', '=', employee_id)]",
        help="The work teams that deliver this result.",
    )

    @api.depends("name", "employee_id")
    def _compute_display_name(self):
        for rec in self:
            rec.display_name = "%s (%s)" % (rec.name or "", rec.employee_id.sudo().name or "")

    @api.constrains("parent_id", "kinerja_id")
    def _check_cascade_owner(self):
        for rec in self.filtered("parent_id"):
            try:
                k.check_cascade_owner(rec.parent_id.sudo().employee_id.id,
                                      rec.kinerja_id._superior_ids())
            except RuleError as err:
                raise ValidationError(err.render(self.env._)) from err

    def _check_edit(self, names):
        if self.env.su:
            return
        for record in self.sudo().kinerja_id:
            roles = record.with_env(self.env)._kinerja_roles()
            try:
                if names & PLAN_FIELDS:
                    k.check_edit("plan", roles, record.state)
                if names - PLAN_FIELDS:
                    k.check_edit("achievement", roles, record.state)
            except RuleError as err:
                raise UserError(err.render(self.env._)) from err

    @api.model_create_multi
    def create(self, vals_list):
        recs = super().create(vals_list)
        recs._check_edit(PLAN_FIELDS)
        return recs

    def write(self, vals):
        self._check_edit(set(vals))
        return super().write(vals)

    def unlink(self):
        self._check_edit(PLAN_FIELDS)
        return super().unlink()
