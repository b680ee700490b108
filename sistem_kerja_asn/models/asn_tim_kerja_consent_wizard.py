from odoo import fields
from odoo import models


class AsnTimKerjaConsentWizard(models.TransientModel):
    """R17.4 for a team: the member's own leader who refuses states why."""

    _name = "asn.tim.kerja.consent.wizard"
    _description = "Refuse a Member's Joining a Team"

    member_id = fields.Many2one("asn.tim.kerja.member", required=True, ondelete="cascade")
    reason = fields.Text(required=True)

    def action_refuse(self):
        self.ensure_one()
        return self.member_id.action_refuse_consent(reason=self.reason)
