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

    def write(self, vals):
        old_pyb = self.asn_pyb_id if "asn_pyb_id" in vals else self.env["hr.employee"]
        res = super().write(vals)
        if "asn_pyb_id" in vals:
            # R18: the PyB acts on this government's cross-agency requests; access follows the
            # new one at once, and ends for the one replaced (issue 11).
            assignments = self.env["asn.penugasan"].sudo().with_context(active_test=False).search(
                ["|", ("company_id", "in", self.ids), ("target_company_id", "in", self.ids)]
            )
            field = assignments._fields["participant_user_ids"]
            self.env.add_to_compute(field, assignments)
            assignments.flush_recordset(["participant_user_ids"])
            (old_pyb | self.asn_pyb_id)._asn_refresh_participants()
        return res
