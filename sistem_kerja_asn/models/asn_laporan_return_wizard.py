from odoo import fields
from odoo import models


class AsnLaporanReturnWizard(models.TransientModel):
    """R32: work that falls short is returned with the reason."""

    _name = "asn.laporan.return.wizard"
    _description = "Return a Work Report for Revision"

    laporan_id = fields.Many2one("asn.laporan", required=True, ondelete="cascade")
    reason = fields.Text(required=True)

    def action_return(self):
        self.ensure_one()
        return self.laporan_id.action_return(reason=self.reason)
