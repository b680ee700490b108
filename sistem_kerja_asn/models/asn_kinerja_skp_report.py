from odoo import api
from odoo import models

from ..rules import kinerja as k
from ..rules import letters
from ..rules import skp

# The printed SKP and evaluation are Indonesian official documents, in the words of the national
# forms (PermenPANRB 6/2022 annex) whatever the language of the user who prints them.
BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
         "September", "Oktober", "November", "Desember"]
RATING_LABELS = {
    k.ABOVE: "Di Atas Ekspektasi",
    k.AS_EXPECTED: "Sesuai Ekspektasi",
    k.BELOW: "Di Bawah Ekspektasi",
}
ASPECT_LABELS = {
    skp.KUANTITAS: "Kuantitas", skp.KUALITAS: "Kualitas", skp.WAKTU: "Waktu", skp.BIAYA: "Biaya",
}


def tanggal(day):
    """A date as an Indonesian letter writes it: 31 Desember 2026."""
    return "%d %s %d" % (day.day, BULAN[day.month - 1], day.year) if day else ""


def periode(start, end):
    """The period as the form heads it: 1 Januari sd 31 Desember Tahun 2026."""
    if not (start and end):
        return ""
    if start.year == end.year:
        return "%d %s sd %d %s Tahun %d" % (start.day, BULAN[start.month - 1], end.day,
                                            BULAN[end.month - 1], end.year)
    return "%s sd %s" % (tanggal(start), tanggal(end))


class AsnKinerjaSkpReport(models.AbstractModel):
    """The SKP (planning) of PermenPANRB 6/2022 as the national form lays it out: printed by
    whoever may read the performance record (the employee, his appraisers, the unit leaders
    above and the HR clerks: the record rules), also through /report/pdf."""

    _name = "report.sistem_kerja_asn.report_asn_skp"
    _description = "Sistem Kerja ASN: SKP document"

    @api.model
    def _skp_values(self, docids):
        docs = self.env["asn.kinerja"].browse(docids)
        docs.check_access("read")
        return {
            "doc_ids": docids,
            "doc_model": "asn.kinerja",
            "docs": docs,
            "fmt_number": letters.format_number,
            "tanggal": tanggal,
            "periode": periode,
            "rating_labels": RATING_LABELS,
            "aspect_labels": ASPECT_LABELS,
            "predikat_labels": dict(k.PREDIKAT),
            "rated_states": (k.RATED, k.FINAL),
        }

    @api.model
    def _get_report_values(self, docids, data=None):
        return self._skp_values(docids)
