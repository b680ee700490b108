from odoo import fields
from odoo import models


class AsnTimKerjaTarget(models.Model):
    _name = "asn.tim.kerja.target"
    _inherit = ["asn.tim.kerja.line.mixin"]
    _description = "Work Team Target"
    _order = "tim_kerja_id, sequence, id"

    sequence = fields.Integer(default=10)
    name = fields.Char(string="Expected Output", required=True)
    indicator = fields.Char()
    target_value = fields.Char(string="Target")
