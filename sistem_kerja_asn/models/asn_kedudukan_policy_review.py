from odoo import fields
from odoo import models

from ..rules import kedudukan
from ..rules import review


class AsnKedudukanPolicyReview(models.Model):
    """How the head of a Level-3 sub-unit takes part in reviewing the work, per kind of the unit
    that accepts it (R32); the ``default`` line holds for the kinds not listed."""

    _name = "asn.kedudukan.policy.review"
    _inherit = ["asn.kedudukan.policy.option.line"]
    _description = "Sub-unit Review"
    _order = "policy_id, kind"

    kind = fields.Selection(
        [(review.DEFAULT_MODE_KEY, "Default (other units)"), *kedudukan.KINDS],
        string="Unit Kind", required=True,
    )
    mode = fields.Selection(review.SUB_UNIT_MODES, required=True, default=review.LEVEL2)

    _sql_constraints = [
        ("kind_uniq", "unique(policy_id, kind)", "One line per unit kind."),
    ]
