from odoo import fields
from odoo import models


class ResCompany(models.Model):
    _inherit = "res.company"

    asn_policy_id = fields.Many2one(
        "asn.kedudukan.policy", string="Kedudukan Policy", compute="_compute_asn_policy_id",
        help="Who appraises and who assigns, per unit kind, for this government (R6).",
    )

    asn_pyb_id = fields.Many2one(
        "hr.employee", string="Authorised Official (PyB)",
        help="Pejabat yang Berwenang: the official who sends and answers requests across "
        "agencies for this government (R18).",
    )
    asn_letter_government_name = fields.Char(
        string="Government Name on Letters",
        help="The first line of the letterhead, e.g. PEMERINTAH KABUPATEN MUNA.",
    )
    asn_letter_place = fields.Char(
        string="Place on Letters", help="The place written before the date, e.g. Raha."
    )

    def _compute_asn_policy_id(self):
        Policy = self.env["asn.kedudukan.policy"].sudo()
        policies = {p.company_id.id: p for p in Policy.search([("company_id", "in", self.ids)])}
        for company in self:
            company.asn_policy_id = policies.get(company.id, Policy)
