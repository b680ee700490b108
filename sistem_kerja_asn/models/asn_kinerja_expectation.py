from odoo import api
from odoo import fields
from odoo import models
from odoo.exceptions import UserError
from odoo.exceptions import ValidationError

from ..rules import kinerja as k
from ..rules import skp
from ..rules.errors import RuleError

PLAN_FIELDS = {
    "name", "indicator", "target", "parent_id", "sequence", "kinerja_id", "kind",
    "organisation_indicator",
}
# R5, R9: the words of the target; who last changed them is who set it (target_set_by_id).
TARGET_FIELDS = {"name", "indicator", "target"}


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
    # Issue 15, the SKP of PermenPANRB 6/2022: this line is a Rencana Hasil Kerja (RHK).
    kind = fields.Selection(
        skp.RHK_KINDS, required=True, default=skp.UTAMA,
        help="Main (utama): the results of the position, supporting the superior's (intervensi); "
        "additional (tambahan): extra work given during the period.",
    )
    indicator_ids = fields.One2many(
        "asn.kinerja.indicator", "expectation_id", string="Indicators", copy=True,
    )
    rating = fields.Selection(
        k.RATINGS, compute="_compute_rating", string="Evaluation",
        help="From the indicators' realisation against their targets: below expectation if one "
        "falls short, above if all exceed them, else as expected (rules/skp.py).",
    )
    parent_id = fields.Many2one(
        "asn.kinerja.expectation", string="Supports", index="btree_not_null", ondelete="restrict",
        help="The superior's expected result this one supports (R35 cascade).",
    )
    child_ids = fields.One2many("asn.kinerja.expectation", "parent_id", string="Supported By")
    organisation_indicator = fields.Char(
        string="Organisation's Indicator",
        help="R35, PermenPANRB 6/2022: the SKP of a senior executive (JPT, the top of the PD's "
        "cascade) is drawn from the organisation's performance agreement: each main result "
        "names the organisation's indicator (Renstra / Perjanjian Kinerja target) it answers, "
        "where the others name the superior's result they support.",
    )
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
    target_set_by_id = fields.Many2one(
        "hr.employee", readonly=True, copy=False,
        help="Who last wrote the expected result, indicator or target. Where the unit leader "
        "(PUO) or the coordinator is not the appraiser, he sets the targets before the appraiser "
        "agrees the plan; the employee drafts them with him, not alone (R5, R9).",
    )

    @api.depends("indicator_ids.rating", "indicator_ids.has_realisation")
    def _compute_rating(self):
        for rec in self:
            inds = rec.sudo().indicator_ids
            rec.rating = skp.rhk_rating([
                (i.aspect, i.target, i.realisation if i.has_realisation else None) for i in inds
            ]) or False if inds else False

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
                    k.check_edit("target", roles, record.state)  # R5, R9: the PUO sets them too
                if names - PLAN_FIELDS:
                    k.check_edit("achievement", roles, record.state)
            except RuleError as err:
                raise UserError(err.render(self.env._)) from err

    def _stamp_target_setter(self):
        """R5, R9: record who set the target, as the role he holds on the record: the PUO or
        coordinator first (rules/kinerja.target_setter); then hand the plan's activities on
        (the leader asked to set the targets, the PPK asked to agree)."""
        if self.env.su:
            return
        mine = self.env.user._asn_employees().ids
        for rec in self:
            emp = rec.sudo().kinerja_id.employee_id
            holders = [(k.PUO, emp.pimpinan_unit_id.id), (k.KOORDINATOR, emp.koordinator_id.id),
                       (k.PPK, emp.ppk_id.id), (k.EMPLOYEE, emp.id)]
            rec.sudo().target_set_by_id = k.target_setter(holders, mine) or False
        self.sudo().kinerja_id._asn_activity_update()

    @api.model_create_multi
    def create(self, vals_list):
        recs = super().create(vals_list)
        recs._check_edit(PLAN_FIELDS)
        recs._stamp_target_setter()
        return recs

    def write(self, vals):
        self._check_edit(set(vals))
        res = super().write(vals)
        if set(vals) & TARGET_FIELDS:
            self._stamp_target_setter()
        return res

    def unlink(self):
        self._check_edit(PLAN_FIELDS)
        records = self.sudo().kinerja_id
        res = super().unlink()
        records.exists()._asn_activity_update()
        return res
