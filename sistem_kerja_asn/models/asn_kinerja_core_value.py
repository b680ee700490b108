from odoo import fields
from odoo import models


class AsnKinerjaCoreValue(models.Model):
    """A core value of ASN (BerAKHLAK) with its behaviour guidance (PermenPANRB 6/2022; the
    seven values are data, rules/skp.CORE_VALUES)."""

    _name = "asn.kinerja.core.value"
    _description = "Core Value (BerAKHLAK)"
    _order = "sequence, id"

    sequence = fields.Integer(default=10)
    code = fields.Char(required=True, index=True)
    name = fields.Char(required=True)
    guidance = fields.Text(help="The behaviour guidance (panduan perilaku) of the value.")
    active = fields.Boolean(default=True)

    _sql_constraints = [
        ("code_uniq", "UNIQUE (code)", "A core value code is unique."),
    ]
