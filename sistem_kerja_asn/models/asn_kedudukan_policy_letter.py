from odoo import api
from odoo import fields
from odoo import models
from odoo.exceptions import ValidationError

from ..rules import kedudukan
from ..rules import penugasan


class AsnKedudukanPolicyLetter(models.Model):
    """The document that carries an assignment, per scope and, where the regency says so, per
    kind of Perangkat Daerah (R15): one line per scope with the individual's and the team
    member's document."""

    _name = "asn.kedudukan.policy.letter"
    _inherit = ["asn.kedudukan.policy.option.line"]
    _description = "Assignment Document"
    _order = "policy_id, pd_kind, scope"

    pd_kind = fields.Selection(
        kedudukan.KINDS, string="Only in PD Kind",
        help="Empty: every Perangkat Daerah; else only where the employee's PD (or the unit "
        "owning the work) is of this kind.",
    )
    scope = fields.Selection(penugasan.SCOPES, required=True)
    individu = fields.Selection(penugasan.ASSIGNMENT_DOCS, string="Individual Assignment")
    tim = fields.Selection(penugasan.ASSIGNMENT_DOCS, string="Team Member's Assignment")

    @api.constrains("policy_id", "pd_kind", "scope")
    def _check_one_line_per_scope(self):
        for line in self:
            twins = line.policy_id.letter_ids.filtered(
                lambda other, line=line: other.pd_kind == line.pd_kind and other.scope == line.scope
            )
            if len(twins) > 1:
                raise ValidationError(self.env._(
                    "The documents of a scope are stated once per PD kind: %(line)s",
                    line=line._asn_line_text(),
                ))
