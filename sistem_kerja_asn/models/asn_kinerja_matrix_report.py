from odoo import api
from odoo import fields
from odoo import models

from .asn_kinerja_skp_report import tanggal


class AsnKinerjaMatrixReport(models.AbstractModel):
    """The printed Matriks Peran Hasil: only for who may draw it (the wizard's own check, also
    through /report/pdf)."""

    _name = "report.sistem_kerja_asn.report_asn_kinerja_matrix"
    _description = "Sistem Kerja ASN: role-result matrix"

    @api.model
    def _get_report_values(self, docids, data=None):
        docs = self.env["asn.kinerja.matrix.wizard"].browse(docids)
        docs._check_matrix_access()
        return {
            "doc_ids": docids,
            "doc_model": "asn.kinerja.matrix.wizard",
            "docs": docs,
            "matrices": {doc.id: doc._matrix_data_or_raise() for doc in docs},
            "tanggal": tanggal,
            "today": fields.Date.context_today(self),
        }
