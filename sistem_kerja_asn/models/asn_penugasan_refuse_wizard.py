from odoo import fields
from odoo import models


class AsnPenugasanRefuseWizard(models.TransientModel):
    """R17.4: a refusal states why; the answer letter carries the reason."""

    _name = "asn.penugasan.refuse.wizard"
    _description = "Refuse an Assignment Request"

    penugasan_id = fields.Many2one("asn.penugasan", required=True, ondelete="cascade")
    reason = fields.Text(required=True)

    def action_refuse(self):
        self.ensure_one()
        return self.penugasan_id.action_refuse(reason=self.reason)
