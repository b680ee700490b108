from odoo import fields, models


class ResCompany(models.Model):
    _inherit = "res.company"

    asn_policy_id = fields.Many2one(
        "asn.kedudukan.policy", string="Kedudukan Policy", compute="_compute_asn_policy_id",
        help="Who appraises and who assigns, per unit kind, for this government (R6).",
    )

    def _compute_asn_policy_id(self):
        Policy = self.env["asn.kedudukan.policy"].sudo()
        policies = {p.company_id.id: p for p in Policy.search([("company_id", "in", self.ids)])}
        for company in self:
            company.asn_policy_id = policies.get(company.id, Policy)
