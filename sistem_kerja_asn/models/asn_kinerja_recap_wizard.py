from odoo import fields
from odoo import models


class AsnKinerjaRecapWizard(models.TransientModel):
    """XLSX recap of predikat per unit and PD (placeholder, being written)."""

    _name = "asn.kinerja.recap.wizard"
    _description = "Performance Recap"

    year = fields.Integer(required=True, default=lambda self: fields.Date.context_today(self).year)
