from odoo import fields
from odoo import models

from ..rules import kedudukan
from ..rules import positions


class AsnKedudukanPolicyCeiling(models.Model):
    """The jenjang ceiling (R5, R6): the lowest position that may appraise a class."""

    _name = "asn.kedudukan.policy.ceiling"
    _inherit = ["asn.kedudukan.policy.line.mixin"]
    _description = "Jenjang Ceiling"
    _order = "policy_id, id"

    appraisee = fields.Selection(
        [*positions.JENJANG, (positions.PELAKSANA, "Pelaksana")],
        required=True,
    )
    min_position = fields.Selection(
        [t for t in positions.JABATAN_TYPES if t[0] in kedudukan.CEILING_POSITIONS],
        string="Lowest Appraiser",
        help="The lowest position class allowed to appraise this class; empty: any.",
    )
    pd_head = fields.Boolean(
        string="Head of PD or Above",
        help="The appraiser must be the head of the Perangkat Daerah or above (Barito Timur).",
    )
    kind = fields.Selection(
        kedudukan.RULE_KINDS, string="Only Under Unit Kind",
        help="Empty: everywhere; else only for staff under the rule of this unit kind.",
    )
    puo_too = fields.Boolean(
        string="PUO Moves Up Too",
        help="The unit leader does not assign this class either: the appraiser the ceiling "
        "finds is also the PUO (Muna Lampiran D.5 b(11)-(12)).",
    )
