from odoo import api
from odoo import models


class AsnKedudukanPolicyLineMixin(models.AbstractModel):
    """A line the kedudukan resolver reads: a change recomputes PPK and PUO."""

    _name = "asn.kedudukan.policy.line.mixin"
    _inherit = ["asn.kedudukan.policy.option.line"]
    _description = "Kedudukan Policy Line"

    @api.model_create_multi
    def create(self, vals_list):
        lines = super().create(vals_list)
        lines.policy_id._recompute_companies()
        return lines

    def write(self, vals):
        res = super().write(vals)
        self.policy_id._recompute_companies()
        return res

    def unlink(self):
        policies = self.policy_id
        res = super().unlink()
        policies._recompute_companies()
        return res
