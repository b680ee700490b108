from odoo import api
from odoo import models

from ..rules import letters


class AsnKinerjaReport(models.AbstractModel):
    """The performance evaluation document (R34) as the generic rendering gives it (the records
    browsed as the user who prints), with the helper that writes numbers the Indonesian way
    (0,5; 1.250: rules/letters.format_number) and the letterhead of the employee's PD."""

    _name = "report.sistem_kerja_asn.report_asn_kinerja"
    _description = "Sistem Kerja ASN: performance evaluation document"

    @api.model
    def _get_report_values(self, docids, data=None):
        return {
            "doc_ids": docids,
            "doc_model": "asn.kinerja",
            "docs": self.env["asn.kinerja"].browse(docids),
            "fmt_number": letters.format_number,
        }
