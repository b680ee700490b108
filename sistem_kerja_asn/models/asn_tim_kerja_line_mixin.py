from odoo import api
from odoo import fields
from odoo import models


class AsnTimKerjaLineMixin(models.AbstractModel):
    """The lines of a team (members, targets): changed by its organisers while it is a draft,
    the decree fixes them (R22)."""

    _name = "asn.tim.kerja.line.mixin"
    _description = "Sistem Kerja ASN: line of a work team"

    tim_kerja_id = fields.Many2one(
        "asn.tim.kerja", string="Team", required=True, ondelete="cascade", index=True
    )

    @api.model_create_multi
    def create(self, vals_list):
        self.env["asn.tim.kerja"].browse(
            {vals["tim_kerja_id"] for vals in vals_list if vals.get("tim_kerja_id")}
        )._asn_check_edit("members")
        return super().create(vals_list)

    def write(self, vals):
        self.tim_kerja_id._asn_check_edit("members")
        res = super().write(vals)
        self.tim_kerja_id._asn_check_edit("members")
        return res

    def unlink(self):
        self.tim_kerja_id._asn_check_edit("members")
        return super().unlink()
