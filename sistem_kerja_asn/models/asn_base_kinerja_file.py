import base64

from odoo import fields
from odoo import models


class AsnKinerjaFileWizard(models.AbstractModel):
    """What the performance files share (the predikat recap, the export for e-Kinerja / SIASN):
    a year, the government and optionally one PD, and the file handed to the browser. The
    records are searched as the current user: the record rules decide what a file holds."""

    _name = "asn.kinerja.file.wizard"
    _description = "Sistem Kerja ASN: performance file"

    year = fields.Integer(required=True, default=lambda self: fields.Date.context_today(self).year)
    company_id = fields.Many2one(
        "res.company", string="Government", required=True, default=lambda self: self.env.company,
        domain=lambda self: [("id", "in", self.env.companies.ids)],
    )
    perangkat_daerah_id = fields.Many2one(
        "hr.department", string="Regional Agency (PD)",
        domain="[('is_perangkat_daerah', '=', True), ('company_id', '=', company_id)]",
        help="Leave empty for every PD you may see.",
    )
    file_data = fields.Binary(string="File", readonly=True, attachment=False)
    file_name = fields.Char(readonly=True)

    def _asn_download(self, content, name):
        """Keep ``content`` (bytes) as ``name`` and send it to the browser."""
        self.ensure_one()
        self.write({"file_data": base64.b64encode(content), "file_name": name})
        return {
            "type": "ir.actions.act_url",
            "url": "/web/content/?model=%s&id=%s&field=file_data&filename_field=file_name"
                   "&download=true" % (self._name, self.id),
            "target": "self",
        }
