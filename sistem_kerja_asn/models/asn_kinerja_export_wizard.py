import io

import xlsxwriter
from odoo import fields
from odoo import models
from odoo.exceptions import UserError

from ..rules import kinerja as k
from ..rules import skp_export
from ..rules import skp_period

# The annual ratings count once the PPK has rated (R34), as in the recap.
RATED_STATES = (k.RATED, k.FINAL)


class AsnKinerjaExportWizard(models.TransientModel):
    """The SKP of a period for upload to BKN's e-Kinerja / SIASN (issue 15): one row per RHK
    indicator (rules/skp_export.COLUMNS, README "Export for e-Kinerja / SIASN"), as CSV or XLSX.
    For the HR clerks: the records are searched as the current user, the record rules decide
    which PD the file holds."""

    _name = "asn.kinerja.export.wizard"
    _inherit = ["asn.kinerja.file.wizard"]
    _description = "Export for e-Kinerja / SIASN"

    period = fields.Selection(
        skp_period.PERIODS, string="Evaluation Period", required=True, default=skp_period.ANNUAL,
        help="Annual: the appraiser's annual ratings and the indicators' realisation; a quarter "
        "or a month: the ratings and the realisation reported at that check-in.",
    )
    file_format = fields.Selection(
        [("csv", "CSV"), ("xlsx", "XLSX")], string="Format", required=True, default="csv",
    )

    def _export_records(self):
        """The agreed SKP of the year (a draft is no plan yet), searched as the current user."""
        self.ensure_one()
        domain = [("year", "=", self.year), ("company_id", "=", self.company_id.id),
                  ("state", "!=", k.DRAFT)]
        if self.perangkat_daerah_id:
            domain.append(("perangkat_daerah_id", "=", self.perangkat_daerah_id.id))
        return self.env["asn.kinerja"].search(domain)

    def _export_data(self, records):
        """rules/skp_export.rows input for ``records`` (read as superuser once the record rules
        let the user search them)."""
        self.ensure_one()
        out = []
        for rec in records.sudo().sorted(lambda r: (r.employee_id.name or "", r.id)):
            start, end = skp_period.period_range(self.period, self.year)
            start, end = max(start, rec.date_start), min(end, rec.date_end)
            if self.period == skp_period.ANNUAL:
                rated = rec.state in RATED_STATES
                hasil, perilaku = rec._held_ratings() if rated else (None, None)
                predikat = rec.predikat if rated else None
                reported = {}
            else:
                evaluation = rec.evaluation_ids.filtered(
                    lambda e: e.period == self.period).sorted(lambda e: (e.date, e.id))[-1:]
                hasil = evaluation.rating_hasil_kerja or None
                perilaku = evaluation.rating_perilaku or None
                predikat = evaluation.predikat or None
                reported = {line.expectation_id.id: line.realisation
                            for line in evaluation.line_ids}
            out.append({
                "nip": rec.employee_id.nip or "", "nama": rec.employee_id.name or "",
                "tahun": self.year, "start": start, "end": end,
                "hasil_kerja": hasil, "perilaku": perilaku, "predikat": predikat,
                "rhk": [{
                    "kind": rhk.kind, "name": rhk.name, "parent": rhk.parent_id.name or "",
                    "realisation": reported.get(rhk.id) or "",
                    "indicators": [{
                        "aspect": ind.aspect, "name": ind.name, "target": ind.target,
                        "unit": ind.unit or "",
                        "realisation": ind.realisation if ind.has_realisation else None,
                    } for ind in rhk.indicator_ids],
                } for rhk in rec.expectation_ids],
            })
        return out

    def _export_xlsx(self, data):
        buf = io.BytesIO()
        book = xlsxwriter.Workbook(buf, {"in_memory": True})
        sheet = book.add_worksheet("SKP")
        bold = book.add_format({"bold": True, "bg_color": "#D9D9D9", "border": 1})
        for col, title in enumerate(skp_export.HEADER):
            sheet.write_string(0, col, title, bold)
            sheet.set_column(col, col, 40 if title in ("RHK", "INDIKATOR") else 16)
        for row_no, row in enumerate(data, start=1):
            for col, value in enumerate(row):
                if isinstance(value, int | float) and not isinstance(value, bool):
                    sheet.write_number(row_no, col, value)
                else:
                    sheet.write_string(row_no, col, str(value))  # the NIP stays text
        sheet.freeze_panes(1, 0)
        book.close()
        return buf.getvalue()

    def action_export(self):
        self.ensure_one()
        records = self._export_records()
        if not records:
            raise UserError(self.env._(
                "No agreed performance record of %(year)s matches. Only the records you may see "
                "are exported.", year=self.year,
            ))
        data = skp_export.rows(self._export_data(records), self.period)
        if self.file_format == "xlsx":
            content = self._export_xlsx(data)
        else:
            content = skp_export.to_csv(data).encode("utf-8")
        return self._asn_download(
            content, "skp_%s_%s.%s" % (self.year, self.period, self.file_format))
