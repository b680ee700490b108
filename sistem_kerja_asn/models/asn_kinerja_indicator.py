from odoo import api
from odoo import fields
from odoo import models

from ..rules import kinerja as k
from ..rules import skp
from ..rules import workflow
from ..rules.errors import RuleError

# Who writes what (rules/kinerja.py EDIT): the measure is planned like a target (R5, R9), the
# realisation is written like the achieved results.
PLAN_FIELDS = {"expectation_id", "name", "aspect", "target", "unit", "sequence"}


class AsnKinerjaIndicator(models.Model):
    """An indicator of a Rencana Hasil Kerja (issue 15, PermenPANRB 6/2022): the aspect it
    measures (kuantitas, kualitas, waktu, biaya), its target and its realisation."""

    _name = "asn.kinerja.indicator"
    _inherit = ["asn.workflow.mixin", "asn.kinerja.line.mixin"]
    _description = "Work Result Indicator"
    _order = "expectation_id, sequence, id"
    _asn_workflow = workflow.SKP_INDICATOR
    _asn_line_edit = {"target": PLAN_FIELDS}
    _asn_line_other_edit = "achievement"
    _sql_constraints = [
        ("target_positive", "CHECK (target >= 0 AND realisation >= 0)",
         "A target or a realisation cannot be negative."),
    ]

    expectation_id = fields.Many2one(
        "asn.kinerja.expectation", string="Work Result Plan", required=True, index=True,
        ondelete="cascade",
    )
    sequence = fields.Integer(default=10)
    # The line's record is its RHK's (asn.kinerja.line.mixin); the employee follows it.
    kinerja_id = fields.Many2one(related="expectation_id.kinerja_id", store=True,
                                 precompute=True)
    employee_id = fields.Many2one(readonly=True)
    name = fields.Char(string="Indicator", required=True)
    aspect = fields.Selection(skp.ASPECTS, required=True, default=skp.KUANTITAS)
    target = fields.Float(required=True)
    unit = fields.Char(help="The unit of the target and the realisation (documents, days, %).")
    realisation = fields.Float()
    has_realisation = fields.Boolean(
        help="Set once the realisation is written (a realisation of 0 counts).",
    )
    rating = fields.Selection(
        k.RATINGS, compute="_compute_rating", string="Against Target",
        help="Above the target (below it for time and cost), as the target, or short of it.",
    )

    @api.depends("aspect", "target", "realisation", "has_realisation")
    def _compute_rating(self):
        for rec in self:
            try:
                rec.rating = skp.indicator_rating(
                    rec.aspect, rec.target, rec.realisation if rec.has_realisation else None,
                ) or False
            except RuleError:
                rec.rating = False

    def _asn_check_write(self, vals):
        self._asn_check_line_edit(vals)

    def _asn_check_created(self):
        self._asn_check_line_edit(PLAN_FIELDS)

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if "realisation" in vals:
                vals.setdefault("has_realisation", True)
        return super().create(vals_list)

    def write(self, vals):
        if "realisation" in vals and "has_realisation" not in vals:
            vals = dict(vals, has_realisation=True)
        return super().write(vals)

    def unlink(self):
        if not self.env.su:
            self._asn_check_line_edit(PLAN_FIELDS)
        return super().unlink()
