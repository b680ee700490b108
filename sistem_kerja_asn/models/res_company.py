from odoo import fields
from odoo import models


class ResCompany(models.Model):
    _inherit = "res.company"

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
