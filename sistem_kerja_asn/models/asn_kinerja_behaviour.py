from odoo import api
from odoo import fields
from odoo import models
from odoo.exceptions import UserError

from ..rules import kinerja as k
from ..rules import workflow
from ..rules.errors import RuleError

# Who writes what (rules/kinerja.py EDIT): the specific expectation is planned like a target,
# the rating and its feedback are the PPK's (R2).
PLAN_FIELDS = {"expectation", "sequence"}
RATING_FIELDS = {"rating", "feedback"}


class AsnKinerjaBehaviour(models.Model):
    """One core value (BerAKHLAK) on a performance record: the leader's specific expectation of
    the employee for that value, and the PPK's rating of the behaviour against it (issue 15,
    PermenPANRB 6/2022)."""

    _name = "asn.kinerja.behaviour"
    _inherit = ["asn.workflow.mixin"]
    _description = "Work Behaviour"
    _order = "kinerja_id, sequence, id"
    _asn_workflow = workflow.SKP_BEHAVIOUR

    kinerja_id = fields.Many2one(
        "asn.kinerja", string="Performance Record", required=True, index=True,
        ondelete="cascade",
    )
    employee_id = fields.Many2one(related="kinerja_id.employee_id", store=True, index=True)
    company_id = fields.Many2one(related="kinerja_id.company_id", store=True, index=True)
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
        names = set(vals)
        for record in self.sudo().kinerja_id:
            roles = record.with_env(self.env)._kinerja_roles()
            try:
                if names & PLAN_FIELDS:
                    k.check_edit("target", roles, record.state)
                if names & RATING_FIELDS:
                    k.check_edit("rating", roles, record.state)
            except RuleError as err:
                raise UserError(err.render(self.env._)) from err

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
