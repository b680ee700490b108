from odoo import fields
from odoo import models

from ..rules import kedudukan


class AsnKedudukanPolicyRule(models.Model):
    """Who is PPK and who is PUO of the staff placed under a unit kind (R2, R3, R6, R9)."""

    _name = "asn.kedudukan.policy.rule"
    _inherit = ["asn.kedudukan.policy.line.mixin"]
    _description = "Kedudukan Rule"
    _order = "policy_id, kind, group"

    kind = fields.Selection(kedudukan.RULE_KINDS, string="Unit Kind", required=True)
    group = fields.Selection(kedudukan.GROUPS, string="Staff", required=True, default="all")
    ppk = fields.Selection(kedudukan.MODES, string="PPK", required=True, default="leader_head")
    puo = fields.Selection(kedudukan.MODES, string="PUO", required=True, default="leader_head")
    coordinates = fields.Boolean(
        string="Level-3 Pengawas Coordinates", default=True,
        help="R9: a Pengawas skipped by the rule is shown as the coordinator of the staff.",
    )
    source = fields.Char(string="Article")
