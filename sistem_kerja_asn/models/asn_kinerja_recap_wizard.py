import base64
import io

import xlsxwriter
from odoo import fields
from odoo import models
from odoo.exceptions import UserError

from ..rules import kinerja as k

# A predikat counts once the PPK has rated (R34); before that the record is "not rated".
RATED_STATES = (k.RATED, k.FINAL)


class AsnKinerjaRecapWizard(models.TransientModel):
    """The predikat recap of a year per unit and per PD, with the detail per employee, as an XLSX
    workbook. The records are searched as the current user: the record rules decide what the
    recap holds."""

    _name = "asn.kinerja.recap.wizard"
    _description = "Performance Recap"

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
    only_final = fields.Boolean(
        string="Final Appraisals Only",
        help="Only the records whose appraisal is final; otherwise every record of the year.",
    )
    file_data = fields.Binary(string="File", readonly=True, attachment=False)
    file_name = fields.Char(readonly=True)

    # -- the records and the counting ------------------------------------------------------------

    def _recap_domain(self):
        self.ensure_one()
        domain = [("year", "=", self.year), ("company_id", "=", self.company_id.id)]
        if self.perangkat_daerah_id:
            domain.append(("perangkat_daerah_id", "=", self.perangkat_daerah_id.id))
        if self.only_final:
            domain.append(("state", "=", k.FINAL))
        return domain

    def _recap_records(self):
        """The matching records, searched as the current user (never sudo: the record rules)."""
        return self.env["asn.kinerja"].search(self._recap_domain())

    def _labels(self, field_name):
        field = self.env["asn.kinerja"]._fields[field_name]
        return dict(field._description_selection(self.env))

    def _recap_rows(self, records):
        """Count ``records`` per unit and per PD (predikat in the order Sangat Baik .. Sangat
        Kurang, then not rated, then total) and list them one per employee. Plain Python only:
        {"per_unit": [[pd, unit, n1..n5, not_rated, total], ...],
         "per_pd": [[pd, n1..n5, not_rated, total], ...], "total": ["Total", n1.., total],
         "detail": [[employee, nip, position, unit, pd, state, work results, work behaviour,
                     predikat, rater], ...]}
        A record counts with its predikat once rated (after an objection: the atasan PPK's
        ratings); before that as not rated, whatever ratings were typed in."""
        order = [key for key, _label in k.PREDIKAT]
        states = self._labels("state")
        ratings = self._labels("rating_hasil_kerja")
        predikats = self._labels("predikat")
        width = len(order) + 2  # the predikat, not rated, total

        def bump(counts, predikat):
            counts[order.index(predikat) if predikat in order else len(order)] += 1
            counts[-1] += 1

        per_unit, per_pd, detail = {}, {}, []
        total = [0] * width
        for rec in records.sudo():
            emp = rec.employee_id
            unit, pd = rec.department_id, rec.perangkat_daerah_id
            rated = rec.state in RATED_STATES
            hasil, perilaku = rec._held_ratings()
            predikat = rec.predikat if rated else False
            pd_name, unit_name = pd.name or "-", unit.name or "-"
            bump(per_unit.setdefault((pd_name, unit_name, unit.id), [0] * width), predikat)
            bump(per_pd.setdefault((pd_name, pd.id), [0] * width), predikat)
            bump(total, predikat)
            detail.append([
                emp.name or "", emp.nip or "", emp._asn_position_title() if emp else "",
                unit_name, pd_name, states.get(rec.state, rec.state or ""),
                ratings.get(hasil, "-") if rated else "-",
                ratings.get(perilaku, "-") if rated else "-",
                predikats.get(predikat, "-"),
                rec.rater_id.name or "-",
            ])
        detail.sort(key=lambda row: (row[4], row[3], row[0]))
        return {
            "per_unit": [[key[0], key[1], *per_unit[key]] for key in sorted(per_unit)],
            "per_pd": [[key[0], *per_pd[key]] for key in sorted(per_pd)],
            "total": [self.env._("Total"), *total],
            "detail": detail,
        }

    # -- the workbook ----------------------------------------------------------------------------

    def _recap_headers(self):
        _ = self.env._
        predikats = self._labels("predikat")
        counts = [predikats[key] for key, _label in k.PREDIKAT] + [_("Not rated"), _("Total")]
        return {
            "per_unit": [_("Regional Agency (PD)"), _("Unit"), *counts],
            "per_pd": [_("Regional Agency (PD)"), *counts],
            "detail": [
                _("Employee"), _("NIP"), _("Position"), _("Unit"), _("Regional Agency (PD)"),
                _("State"), _("Work Results"), _("Work Behaviour"), _("Predikat"), _("Rated By"),
            ],
        }

    def _recap_xlsx(self, rows):
        _ = self.env._
        headers = self._recap_headers()
        buf = io.BytesIO()
        book = xlsxwriter.Workbook(buf, {"in_memory": True})
        bold = book.add_format({"bold": True, "text_wrap": True, "valign": "top",
                                "bg_color": "#D9D9D9", "border": 1})
        total_fmt = book.add_format({"bold": True, "top": 1})
        sheets = [
            (_("Per Unit"), headers["per_unit"], rows["per_unit"], None, [30, 30]),
            (_("Per PD"), headers["per_pd"], rows["per_pd"], rows["total"], [40]),
            (_("Detail"), headers["detail"], rows["detail"], None,
             [30, 22, 30, 30, 30, 14, 20, 20, 18, 30]),
        ]
        for name, header, body, footer, widths in sheets:
            sheet = book.add_worksheet(name[:31])
            for col, title in enumerate(header):
                sheet.set_column(col, col, widths[col] if col < len(widths) else 14)
                sheet.write_string(0, col, title, bold)
            sheet.freeze_panes(1, 0)
            for row_no, row in enumerate(body, start=1):
                for col, value in enumerate(row):
                    if isinstance(value, str):
                        sheet.write_string(row_no, col, value)
                    else:
                        sheet.write_number(row_no, col, value)
            if footer:
                row_no = len(body) + 1
                for col, value in enumerate(footer):
                    sheet.write(row_no, col, value, total_fmt)
            if body:
                sheet.autofilter(0, 0, len(body), len(header) - 1)
        book.close()
        return buf.getvalue()

    def action_export(self):
        self.ensure_one()
        records = self._recap_records()
        if not records:
            parts = [str(self.year), self.company_id.name]
            if self.perangkat_daerah_id:
                parts.append(self.perangkat_daerah_id.name)
            if self.only_final:
                parts.append(self.env._("final appraisals only"))
            raise UserError(self.env._(
                "No performance record matches: %(filters)s. Only the records you may see are "
                "counted.", filters=", ".join(parts),
            ))
        data = self._recap_xlsx(self._recap_rows(records))
        self.write({
            "file_data": base64.b64encode(data),
            "file_name": self.env._("Predikat Recap %(year)s", year=self.year) + ".xlsx",
        })
        return {
            "type": "ir.actions.act_url",
            "url": "/web/content/?model=%s&id=%s&field=file_data&filename_field=file_name"
                   "&download=true" % (self._name, self.id),
            "target": "self",
        }
