from odoo import api
from odoo import fields
from odoo import models


class AsnKinerjaLineMixin(models.AbstractModel):
    """What a note and a recommendation share: the performance record they belong to, found
    from the employee when only the employee is named (a ketua does not read the record)."""

    _name = "asn.kinerja.line.mixin"
    _inherit = ["asn.access.mixin"]
    _description = "Sistem Kerja ASN: line of a performance record"

    kinerja_id = fields.Many2one(
        "asn.kinerja", string="Performance Record", index=True, ondelete="cascade",
        help="Found from the employee when left empty: the period running on that day.",
    )
    employee_id = fields.Many2one(
        "hr.employee", required=True, index=True,
        compute="_compute_employee_id", store=True, readonly=False, precompute=True,
    )
    company_id = fields.Many2one(related="kinerja_id.company_id", store=True, index=True)

    @api.depends("kinerja_id")
    def _compute_employee_id(self):
        for rec in self:
            if rec.kinerja_id:
                rec.employee_id = rec.kinerja_id.sudo().employee_id
