from odoo import models


class AsnKinerjaSkpEvaluationReport(models.AbstractModel):
    """The evaluation document (Evaluasi Kinerja Pegawai) of PermenPANRB 6/2022: the SKP with
    the realisation and the appraiser's feedback, the ratings and the predikat; printed within
    the record rules like the SKP."""

    _name = "report.sistem_kerja_asn.report_asn_skp_evaluasi"
    _inherit = "report.sistem_kerja_asn.report_asn_skp"
    _description = "Sistem Kerja ASN: performance evaluation (national form)"
