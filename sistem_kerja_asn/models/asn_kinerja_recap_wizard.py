import base64
import io

import xlsxwriter
from odoo import fields
from odoo import models
from odoo.exceptions import UserError

from ..rules import kinerja as k


class AsnKinerjaRecapWizard(models.TransientModel):
    """The predikat recap of a year per unit and per PD, as an XLSX workbook. The records are
    searched as the current user: the record rules decide what the recap holds."""

    _name = "asn.kinerja.recap.wizard"
    _description = "Performance Recap"

    year = fields.Integer(required=True, default=lambda self: fields.Date.context_today(self).year)
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company,
    )
    perangkat_daerah_id = fields.Many2one(
        "hr.department", string="Regional Agency (PD)",
        domain="[('is_perangkat_daerah', '=', True), ('company_id', '=', company_id)]",
    )
    only_final = fields.Boolean(string="Final Appraisals Only")
    file_data = fields.Binary(string="File", readonly=True, attachment=False)
    file_name = fields.Char(readonly=True)

    def _records(self):
        domain = [("year", "=", self.year), ("company_id", "=", self.company_id.id)]
        if self.perangkat_daerah_id:
            domain.append(("perangkat_daerah_id", "=", self.perangkat_daerah_id.id))
        if self.only_final:
            domain.append(("state", "=", k.FINAL))
        return self.env["asn.kinerja"].search(domain, order="perangkat_daerah_id, department_id")

    def _recap_rows(self, records):
        """{"unit": [(pd, unit, counts)], "pd": [(pd, counts)], "total": counts}; counts has a
        key per predikat, "none" (not rated yet) and "total"."""
        keys = [code for code, _label in k.PREDIKAT] + ["none", "total"]
        units, pds = {}, {}
        total = dict.fromkeys(keys, 0)
        for rec in records.sudo():
            pd = rec.perangkat_daerah_id.name or "-"
            unit = rec.department_id.name or "-"
            key = rec.predikat or "none"
            for counts in (units.setdefault((pd, unit), dict.fromkeys(keys, 0)),
                           pds.setdefault(pd, dict.fromkeys(keys, 0)), total):
                counts[key] += 1
                counts["total"] += 1
        return {
            "unit": [(pd, unit, c) for (pd, unit), c in sorted(units.items())],
            "pd": sorted(pds.items()),
            "total": total,
        }

    def _xlsx(self, records):
        rows = self._recap_rows(records)
        labels = dict(self.env["asn.kinerja"]._fields["predikat"]._description_selection(self.env))
        count_heads = [labels[code] for code, _l in k.PREDIKAT] + [
            self.env._("Not rated"), self.env._("Total")]
        keys = [code for code, _l in k.PREDIKAT] + ["none", "total"]
        out = io.BytesIO()
        book = xlsxwriter.Workbook(out, {"in_memory": True})
        bold = book.add_format({"bold": True, "bg_color": "#D9E1F2", "border": 1})
        total_fmt = book.add_format({"bold": True, "top": 1})

        def sheet(name, heads, data, widths, total_row=None):
            ws = book.add_worksheet(name)
            ws.write_row(0, 0, heads, bold)
            for i, width in enumerate(widths):
                ws.set_column(i, i, width)
            for r, row in enumerate(data, start=1):
                ws.write_row(r, 0, row)
            if total_row:
                ws.write_row(len(data) + 1, 0, total_row, total_fmt)
            ws.freeze_panes(1, 0)
            return ws

        pd_head, unit_head = self.env._("Regional Agency (PD)"), self.env._("Unit")
        sheet(self.env._("Per Unit"), [pd_head, unit_head, *count_heads],
              [[pd, unit, *(c[key] for key in keys)] for pd, unit, c in rows["unit"]],
              [32, 32] + [14] * len(keys))
        sheet(self.env._("Per PD"), [pd_head, *count_heads],
              [[pd, *(c[key] for key in keys)] for pd, c in rows["pd"]],
              [32] + [14] * len(keys),
              total_row=[self.env._("Total"), *(rows["total"][key] for key in keys)])
        states = dict(self.env["asn.kinerja"]._fields["state"]._description_selection(self.env))
        ratings = dict(self.env["asn.kinerja"]._fields["rating_hasil_kerja"]
                       ._description_selection(self.env))
        detail = []
        for rec in records.sudo():
            emp = rec.employee_id
            detail.append([
                emp.name, emp.nip or "", emp._asn_position_title(), rec.department_id.name or "",
                rec.perangkat_daerah_id.name or "", states.get(rec.state, ""),
                ratings.get(rec.rating_hasil_kerja, ""), ratings.get(rec.rating_perilaku, ""),
                labels.get(rec.predikat, ""), rec.rater_id.name or "",
            ])
        sheet(self.env._("Detail"), [
            self.env._("Employee"), self.env._("NIP"), self.env._("Position"), unit_head, pd_head,
            self.env._("Status"), self.env._("Work Results"), self.env._("Work Behaviour"),
            self.env._("Predikat"), self.env._("Rated By"),
        ], detail, [30, 20, 30, 28, 28, 14, 18, 18, 16, 28])
        book.close()
        return out.getvalue()

    def action_export(self):
        self.ensure_one()
        records = self._records()
        if not records:
            raise UserError(self.env._(
                "No performance record matches: year %(year)s%(pd)s. Only the records you may "
                "see are counted.",
                year=self.year,
                pd=(", " + self.perangkat_daerah_id.name) if self.perangkat_daerah_id else "",
            ))
        self.write({
            "file_data": base64.b64encode(self._xlsx(records)),
            "file_name": "Rekap Predikat Kinerja %s.xlsx" % self.year,
        })
        return {
            "type": "ir.actions.act_url",
            "url": "/web/content/?model=asn.kinerja.recap.wizard&id=%s&field=file_data"
                   "&filename_field=file_name&download=true" % self.id,
            "target": "self",
        }
