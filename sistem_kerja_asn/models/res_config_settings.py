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

    asn_objection_window_days = fields.Integer(
        string="Objection Window (Days)",
        help="R34: the days after the rating in which the employee may object to the "
        "appraiser's superior; the appraisal becomes final only after them, or once an "
        "objection is decided.",
    )

    asn_pyb_id = fields.Many2one(related="company_id.asn_pyb_id", readonly=False)
    asn_letter_government_name = fields.Char(
        related="company_id.asn_letter_government_name", readonly=False
    )
    asn_letter_place = fields.Char(related="company_id.asn_letter_place", readonly=False)
    asn_regent_name = fields.Char(related="company_id.asn_regent_name", readonly=False)
    asn_sync_odoo_hierarchy = fields.Boolean(
        related="company_id.asn_sync_odoo_hierarchy", readonly=False
    )

    def get_values(self):
        res = super().get_values()
        policy = self.env["asn.kedudukan.policy"]._for_company(self.env.company)
        res["asn_preset"] = policy.preset
        res["asn_objection_window_days"] = policy.objection_window_days
        return res

    def set_values(self):
        super().set_values()
        policy = self.env["asn.kedudukan.policy"]._for_company(self.env.company)
        days = self.asn_objection_window_days
        if days != policy.objection_window_days:  # 0 or too long: the policy refuses it
            policy.sudo().objection_window_days = days
        if not self.asn_preset:
            return
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
