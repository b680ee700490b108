from odoo import api
from odoo import fields
from odoo import models
from odoo.exceptions import UserError

from ..rules import kinerja as k
from ..rules import workflow

# Who writes what (rules/kinerja.py EDIT): the specific expectation is planned like a target,
# the rating and its feedback are the PPK's (R2).
PLAN_FIELDS = {"expectation", "sequence"}
RATING_FIELDS = {"rating", "feedback"}


class AsnKinerjaBehaviour(models.Model):
    """One core value (BerAKHLAK) on a performance record: the leader's specific expectation of
    the employee for that value, and the PPK's rating of the behaviour against it (issue 15,
    PermenPANRB 6/2022)."""

    _name = "asn.kinerja.behaviour"
    _inherit = ["asn.workflow.mixin", "asn.kinerja.line.mixin"]
    _description = "Work Behaviour"
    _order = "kinerja_id, sequence, id"
    _asn_workflow = workflow.SKP_BEHAVIOUR
    _asn_line_edit = {"target": PLAN_FIELDS, "rating": RATING_FIELDS}

    # The record, its employee and company: asn.kinerja.line.mixin.
    kinerja_id = fields.Many2one(required=True)
    employee_id = fields.Many2one(readonly=True)
    core_value_id = fields.Many2one(
        "asn.kinerja.core.value", required=True, ondelete="restrict",
    )
    sequence = fields.Integer(related="core_value_id.sequence", store=True)
    guidance = fields.Text(related="core_value_id.guidance")
    expectation = fields.Text(
        string="Leader's Specific Expectation",
        help="What the leader expects of this employee for the value (ekspektasi khusus "
        "pimpinan), agreed with the plan.",
    )
    rating = fields.Selection(k.RATINGS, string="Appraiser's Rating")
    feedback = fields.Text(string="Appraiser's Feedback")

    _sql_constraints = [
        ("value_uniq", "UNIQUE (kinerja_id, core_value_id)",
         "Each core value appears once on a performance record."),
    ]

    def _asn_check_write(self, vals):
        self._asn_check_line_edit(vals)

    def _asn_check_create(self, vals_list):
        """The seven lines are made with the record (:meth:`asn.kinerja._asn_skp_behaviours`)."""
        raise UserError(self.env._(
            "The core values come with the performance record: change their lines there."
        ))

    @api.depends("core_value_id", "employee_id")
    def _compute_display_name(self):
        for rec in self:
            rec.display_name = "%s (%s)" % (rec.core_value_id.name or "",
                                            rec.employee_id.sudo().name or "")
