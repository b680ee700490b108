from odoo import fields
from odoo import models

from ..rules import presets


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    asn_preset = fields.Selection(
        presets.preset_selection(), string="Regency Preset",
        help="Fills who appraises and who assigns per unit kind, and the jenjang ceiling, from a "
        "regency's regulation (R6). The result stays editable.",
    )

    asn_pyb_id = fields.Many2one(related="company_id.asn_pyb_id", readonly=False)
    asn_letter_government_name = fields.Char(
        related="company_id.asn_letter_government_name", readonly=False
    )
    asn_letter_place = fields.Char(related="company_id.asn_letter_place", readonly=False)

    def get_values(self):
        res = super().get_values()
        policy = self.env["asn.kedudukan.policy"]._for_company(self.env.company)
        res["asn_preset"] = policy.preset
        return res

    def set_values(self):
        super().set_values()
        if not self.asn_preset:
            return
        policy = self.env["asn.kedudukan.policy"]._for_company(self.env.company)
        if policy.preset != self.asn_preset:
            policy.sudo().preset = self.asn_preset
            policy.sudo().action_apply_preset()

    def action_open_kedudukan_policy(self):
        policy = self.env["asn.kedudukan.policy"]._for_company(self.env.company)
        return {
            "type": "ir.actions.act_window",
            "res_model": "asn.kedudukan.policy",
            "res_id": policy.id,
            "view_mode": "form",
            "target": "current",
        }
