import io

import xlsxwriter
from odoo import fields
from odoo import models
from odoo.exceptions import UserError

from ..rules import kinerja as k
from ..rules import skp

# A predikat counts once the PPK has rated (R34); before that the record is "not rated".
RATED_STATES = (k.RATED, k.FINAL)


class AsnKinerjaRecapWizard(models.TransientModel):
    """The predikat recap of a year per unit and per PD, with the detail per employee, as an XLSX
    workbook. The records are searched as the current user: the record rules decide what the
    recap holds."""

    _name = "asn.kinerja.recap.wizard"
    _inherit = ["asn.kinerja.file.wizard"]
    _description = "Performance Recap"

    only_final = fields.Boolean(
        string="Final Appraisals Only",
        help="Only the records whose appraisal is final; otherwise every record of the year.",
    )

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
            "distribution": self._distribution_rows(per_pd, total),
        }

    def _distribution_rows(self, per_pd, total):
        """RULES.md §E, the curve per PD: [[pd, n1..n5, rated, %1..%5, organisation predikat,
        fits, problems], ..., [total row without the organisation's]]. Only rated records count
        (as in the other sheets); the organisation predikat is the regent's side's
        (asn.kinerja.org.predikat); "-" where none is entered for the PD and year."""
        _ = self.env._
        n = len(k.PREDIKAT)
        orgs = self.env["asn.kinerja.org.predikat"]._asn_for(
            {pd_id for _name, pd_id in per_pd if pd_id}, {self.year},
        )
        org_labels = dict(self.env["asn.kinerja.org.predikat"]._fields["predikat"]
                          ._description_selection(self.env))

        def curve(counts):
            by_code = {code: counts[i] for i, (code, _label) in enumerate(k.PREDIKAT)}
            shares = skp.distribution(by_code)
            return by_code, [*counts[:n], sum(counts[:n]),
                             *(round(shares[code] * 100, 1) for code, _label in k.PREDIKAT)]

        rows = []
        for pd_name, pd_id in sorted(per_pd):
            by_code, row = curve(per_pd[(pd_name, pd_id)])
            org = orgs.get((pd_id, self.year))
            if org:
                problems = skp.check_distribution(org.predikat, by_code)
                row += [org_labels[org.predikat], _("No") if problems else _("Yes"),
                        "\n".join(err.render(_) for err in problems)]
            else:
                row += ["-", "-", _("No organisation predikat entered for the year.")]
            rows.append([pd_name, *row])
        rows.append([_("Total"), *curve(total)[1], "", "", ""])
        return rows

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
            "distribution": [
                _("Regional Agency (PD)"), *counts[:len(k.PREDIKAT)], _("Rated"),
                *(_("%(predikat)s (%%)", predikat=label) for label in counts[:len(k.PREDIKAT)]),
                _("Organisation Predikat"), _("Fits"), _("Distribution Check"),
            ],
        }

    def _recap_title(self):
        """The title and the period lines of the workbook."""
        _ = self.env._
        title = _("Predikat Recap %(year)s: %(government)s", year=self.year,
                  government=self.company_id.name)
        if self.perangkat_daerah_id:
            title += " - " + self.perangkat_daerah_id.name
        period = _("Period: 1 January to 31 December %(year)s", year=self.year)
        if self.only_final:
            period += " (" + _("final appraisals only") + ")"
        return title, period

    def _recap_distribution_sheet(self, book, header, rows):
        """The first sheet (RULES.md §E): title, period, per PD the number and share of each
        predikat, the organisation predikat and whether the curve fits it, and the curve as a
        column chart (the share of each predikat, all PD together and each PD)."""
        _ = self.env._
        n = len(k.PREDIKAT)
        sheet = book.add_worksheet(_("Distribution")[:31])
        title_fmt = book.add_format({"bold": True, "font_size": 14})
        bold = book.add_format({"bold": True, "text_wrap": True, "valign": "top",
                                "bg_color": "#D9D9D9", "border": 1})
        warn = book.add_format({"text_wrap": True, "valign": "top", "font_color": "#9C0006"})
        pct = book.add_format({"num_format": "0.0"})
        title, period = self._recap_title()
        sheet.write_string(0, 0, title, title_fmt)
        sheet.write_string(1, 0, period)
        top = 3
        sheet.set_column(0, 0, 36)
        sheet.set_column(1, 2 * n + 3, 12)
        sheet.set_column(2 * n + 4, 2 * n + 4, 60)
        for col, text in enumerate(header):
            sheet.write_string(top, col, text, bold)
        for row_no, row in enumerate(rows, start=top + 1):
            for col, value in enumerate(row):
                if isinstance(value, str):
                    sheet.write_string(row_no, col, value, warn if col == 2 * n + 4 else None)
                else:
                    sheet.write_number(row_no, col, value, pct if n + 2 <= col <= 2 * n + 1
                                       else None)
        sheet.freeze_panes(top + 1, 1)
        # The curve: the total first, then each PD (up to ten, a chart stays readable).
        chart = book.add_chart({"type": "column"})
        name = sheet.name
        last = top + len(rows)
        for row_no in [last] + list(range(top + 1, last))[:10]:
            chart.add_series({
                "name": [name, row_no, 0],
                "categories": [name, top, n + 2, top, 2 * n + 1],
                "values": [name, row_no, n + 2, row_no, 2 * n + 1],
            })
        chart.set_title({"name": _("Distribution of the predikat (%)")})
        chart.set_y_axis({"name": "%", "min": 0, "max": 100})
        chart.set_size({"width": 720, "height": 360})
        sheet.insert_chart(last + 2, 0, chart)
        return sheet

    def _recap_xlsx(self, rows):
        _ = self.env._
        headers = self._recap_headers()
        buf = io.BytesIO()
        book = xlsxwriter.Workbook(buf, {"in_memory": True})
        bold = book.add_format({"bold": True, "text_wrap": True, "valign": "top",
                                "bg_color": "#D9D9D9", "border": 1})
        total_fmt = book.add_format({"bold": True, "top": 1})
        self._recap_distribution_sheet(book, headers["distribution"], rows["distribution"])
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
        return self._asn_download(
            self._recap_xlsx(self._recap_rows(records)),
            self.env._("Predikat Recap %(year)s", year=self.year) + ".xlsx",
        )
