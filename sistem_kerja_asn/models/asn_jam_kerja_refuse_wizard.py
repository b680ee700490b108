from odoo import api
from odoo import fields
from odoo import models

from ..rules import jam_kerja as jk


class AsnJamKerjaRefuseWizard(models.TransientModel):
    """A refusal of a flexible work request (R41) or of a unit's working hours (R40), or the early
    end of a unit's hours (R40), states its reason; it goes through the request's own gate,
    which refuses whoever may not."""

    _name = "asn.jam.kerja.refuse.wizard"
    _description = "Refuse a Working Hours Request"

    fleksibel_id = fields.Many2one(
        "asn.kerja.fleksibel", string="Flexible Work Request", ondelete="cascade",
    )
    pengecualian_id = fields.Many2one(
        "asn.pengecualian.jam.kerja", string="Working Hours of a Unit", ondelete="cascade",
    )
    reason = fields.Text(required=True)
    action = fields.Selection(
        [(jk.REFUSE, "Refuse"), (jk.END, "End Early")], default=jk.REFUSE, required=True,
    )

    @api.model
    def _asn_open(self, request, action=jk.REFUSE):
        request.ensure_one()
        name = "fleksibel_id" if request._name == "asn.kerja.fleksibel" else "pengecualian_id"
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("End Early") if action == jk.END else self.env._("Refuse"),
            "res_model": self._name,
            "view_mode": "form",
            "target": "new",
            "context": {"default_" + name: request.id, "default_action": action},
        }

    def action_refuse(self):
        self.ensure_one()
        (self.fleksibel_id or self.pengecualian_id).action_refuse(reason=self.reason)
        return {"type": "ir.actions.act_window_close"}

    def action_end(self):
        """R40: the unit's hours end early, with the reason, through the request's gate."""
        self.ensure_one()
        self.pengecualian_id.action_end(reason=self.reason)
        return {"type": "ir.actions.act_window_close"}
