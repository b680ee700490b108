from odoo import fields
from odoo import models

from ..rules import letters


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
    asn_regent_name = fields.Char(
        string="Regent's Name on Letters",
        help="The Bupati / Wali Kota who signs a Keputusan Bupati / Wali Kota (R15). Empty: the "
        "Authorised Official (PyB) signs it on his behalf (a.n.).",
    )

    asn_sync_odoo_hierarchy = fields.Boolean(
        string="Keep Odoo's Chain of Command in Step",
        help="Each civil servant's Manager and Time Off approver follow his appraiser "
        "(PPK, the direct superior), his Coach the unit leader who assigns his work (PUO), as "
        "resolved from the positions; Time Off, the org chart and activities then follow the "
        "same officials as the work system.",
    )

    def _asn_regent_title(self, options=None):
        """The regent who signs a Keputusan Bupati / Wali Kota: "Bupati Muna", "Walikota
        Denpasar" (the government's name, the preset's ``regent_office``; rules/letters)."""
        self.ensure_one()
        company = self.sudo()
        return letters.regent_title(
            company.asn_letter_government_name or company.name,
            (options or {}).get("regent_office"),
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
        if vals.get("asn_sync_odoo_hierarchy"):
            # Issue 14, turned on: bring every civil servant in step at once.
            Emp = self.env["hr.employee"].sudo()
            for company in self:
                Emp.search([("company_id", "=", company.id),
                            ("jabatan_type", "!=", False)])._asn_sync_odoo_hierarchy()
        return res
