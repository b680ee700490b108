from odoo import api
from odoo import fields
from odoo import models
from odoo.exceptions import ValidationError

from ..rules import workflow
from .asn_kinerja_evaluation import AsnKinerjaEvaluation


class AsnKinerjaEvaluationLine(models.Model):
    """The realisation of one RHK at a periodic evaluation, with the appraiser's feedback."""

    _name = "asn.kinerja.evaluation.line"
    _inherit = ["asn.workflow.mixin", "asn.kinerja.line.mixin"]
    _description = "Periodic Evaluation Line"
    _order = "evaluation_id, id"
    _asn_workflow = workflow.SKP_EVALUATION_LINE
    _asn_line_edit = AsnKinerjaEvaluation._asn_line_edit
    _asn_line_other_edit = AsnKinerjaEvaluation._asn_line_other_edit

    evaluation_id = fields.Many2one(
        "asn.kinerja.evaluation", required=True, index=True, ondelete="cascade",
    )
    # The line's record is its evaluation's (asn.kinerja.line.mixin); the employee follows it.
    kinerja_id = fields.Many2one(related="evaluation_id.kinerja_id", store=True,
                                 precompute=True)
    employee_id = fields.Many2one(readonly=True)
    expectation_id = fields.Many2one(
        "asn.kinerja.expectation", string="Work Result Plan", required=True,
        domain="[('kinerja_id', '=', kinerja_id)]", ondelete="cascade",
    )
    realisation = fields.Text()
    feedback = fields.Text(string="Appraiser's Feedback")

    @api.constrains("expectation_id", "evaluation_id")
    def _check_expectation(self):
        for rec in self.sudo():
            if rec.expectation_id.kinerja_id != rec.evaluation_id.kinerja_id:
                raise ValidationError(self.env._(
                    "A periodic evaluation evaluates the work results of its own record."
                ))

    def _asn_check_write(self, vals):
        self._asn_check_line_edit(vals)

    def _asn_check_created(self):
        for rec in self:
            rec._asn_check_line_edit({"expectation_id"} | ({"feedback"} if rec.feedback else set()))
