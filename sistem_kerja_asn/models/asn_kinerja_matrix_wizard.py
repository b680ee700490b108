import base64
import io

import xlsxwriter
from odoo import api
from odoo import fields
from odoo import models
from odoo.exceptions import AccessError
from odoo.exceptions import UserError

from ..rules import penugasan as flows
from ..rules import skp
from ..rules import tim_kerja as teams

# The roles as the Indonesian form names them (the printed matrix is an official document).
ROLE_LABELS = {
    skp.OWNER: "Pemilik Hasil",
    skp.KETUA_ROLE: "Ketua Tim",
    skp.ANGGOTA: "Anggota Tim",
    skp.INDIVIDU: "Penugasan Individu",
    skp.INTERVENSI: "Intervensi",
}
KIND_LABELS = {skp.UTAMA: "Utama", skp.TAMBAHAN: "Tambahan"}
# Assignments that no longer deliver anything, and teams that never worked.
DEAD_ASSIGNMENTS = (flows.REFUSED, flows.CANCELLED)
DEAD_TEAMS = (teams.DISSOLVED,)


class AsnKinerjaMatrixWizard(models.TransientModel):
    """The Matriks Peran Hasil of a unit for a year (issue 15, R22-R29, R35): who contributes
    which of the unit leader's results (his RHK), made from what the addon knows, never typed:
    the teams delivering a result (ketua, anggota), the individual assignments delivering it
    and the RHK of the staff that support it (intervensi). On screen, as a PDF and as an XLSX.
    Drawn by the leader of the unit (or of a unit above it) and the HR clerks of its PD."""

    _name = "asn.kinerja.matrix.wizard"
    _description = "Role-Result Matrix"

    company_id = fields.Many2one(
        "res.company", string="Government", required=True, default=lambda self: self.env.company,
        domain=lambda self: [("id", "in", self.env.companies.ids)],
    )
    allowed_department_ids = fields.Many2many(
        "hr.department", compute="_compute_allowed_department_ids",
    )
    department_id = fields.Many2one(
        "hr.department", string="Unit", required=True,
        default=lambda self: self._default_department(),
        domain="[('id', 'in', allowed_department_ids)]",
        help="A unit you lead (or one below it), or a unit of a PD you administer.",
    )
    year = fields.Integer(
        string="Period (Year)", required=True,
        default=lambda self: fields.Date.context_today(self).year,
    )
    matrix_html = fields.Html(
        string="Matrix", compute="_compute_matrix_html", sanitize=False,
    )
    file_data = fields.Binary(string="File", readonly=True, attachment=False)
    file_name = fields.Char(readonly=True)

    # -- who may draw it ---------------------------------------------------------------------------

    @api.model
    def _default_department(self):
        """The unit the user heads, if he heads one: the matrix opens on his own results."""
        employees = self.env.user._asn_employees()
        if not employees:
            return self.env["hr.department"]
        return self.env["hr.department"].sudo().search(
            [("manager_id", "in", employees.ids), ("company_id", "in", self.env.companies.ids)],
            order="id", limit=1,
        ).with_env(self.env)

    @api.depends("company_id")
    @api.depends_context("uid")
    def _compute_allowed_department_ids(self):
        user = self.env.user
        Dept = self.env["hr.department"].sudo()
        for wizard in self:
            if user.has_group("sistem_kerja_asn.group_admin_daerah") \
                    and wizard.company_id in user.company_ids:
                units = Dept.search([("company_id", "=", wizard.company_id.id)])
            else:
                units = (user.asn_led_unit_ids | user.sudo().asn_admin_unit_ids).filtered(
                    lambda d, c=wizard.company_id: d.company_id == c
                )
            wizard.allowed_department_ids = units

    def _asn_may_draw(self):
        """The leader of the unit or of a unit above it (asn_led_unit_ids), the HR clerk of its
        PD or the regional HR office (res.users._asn_hr_covers)."""
        self.ensure_one()
        if self.env.su:
            return True
        user = self.env.user
        dept = self.department_id.sudo()
        return bool(dept) and (dept in user.asn_led_unit_ids
                               or user._asn_hr_covers(dept, dept.company_id))

    def _check_matrix_access(self):
        for wizard in self:
            if not wizard._asn_may_draw():
                raise AccessError(self.env._(
                    "The role-result matrix of %(unit)s is drawn by the leader of the unit and "
                    "the HR clerks of its regional agency.",
                    unit=wizard.department_id.sudo().name or "-",
                ))

    @api.model_create_multi
    def create(self, vals_list):
        wizards = super().create(vals_list)
        wizards._check_matrix_access()
        return wizards

    def write(self, vals):
        res = super().write(vals)
        if "department_id" in vals:
            self._check_matrix_access()
        return res

    # -- the matrix --------------------------------------------------------------------------------

    def _matrix_data(self):
        """The matrix of the unit's head's RHK of the year (rules/skp.role_matrix and
        matrix_table), read as superuser once :meth:`_check_matrix_access` let the user draw it:
        {"unit", "pd", "leader", "year", "columns" (hr.employee), "rows": [{"no", "result"
        (asn.kinerja.expectation), "kind", "cells": [[(role label, [details])] per column]}],
        "legend": [(label, meaning)]}."""
        self.ensure_one()
        self._check_matrix_access()
        dept = self.department_id.sudo()
        leader = dept.manager_id
        records = self.env["asn.kinerja"].sudo().search(
            [("employee_id", "=", leader.id), ("year", "=", self.year)], order="date_start, id",
        ) if leader else self.env["asn.kinerja"]
        rhks = records.expectation_ids.sorted(
            lambda e: (e.kind != skp.UTAMA, e.kinerja_id.date_start, e.sequence, e.id))
        team_results, assignments, cascade, details = {}, [], [], {}

        def detail(emp, result, role, text):
            details.setdefault((emp.id, result.id, role), []).append(text)

        for rhk in rhks:
            children = rhk.child_ids.filtered(lambda c: c.kinerja_id.year == self.year)
            for team in (rhk.tim_kerja_ids | children.tim_kerja_ids):
                if team.state not in DEAD_TEAMS:
                    team_results.setdefault(team, []).append(rhk.id)
            for task in (rhk.penugasan_ids | children.penugasan_ids):
                if task.form == flows.INDIVIDU and task.state not in DEAD_ASSIGNMENTS \
                        and task.employee_id:
                    assignments.append((task.employee_id.id, rhk.id))
                    detail(task.employee_id, rhk, skp.INDIVIDU, task.name)
            for child in children:
                cascade.append((child.id, child.employee_id.id, rhk.id))
                detail(child.employee_id, rhk, skp.INTERVENSI, child.name)
        team_rows = []
        for team, result_ids in team_results.items():
            members = team.member_ids.filtered(lambda m: m.role == teams.ANGGOTA).employee_id
            team_rows.append((team.ketua_id.id, members.ids, result_ids))
            for result in rhks.browse(result_ids):
                if team.ketua_id:
                    detail(team.ketua_id, result, skp.KETUA_ROLE, team.name)
                for member in members - team.ketua_id:
                    detail(member, result, skp.ANGGOTA, team.name)
        results = [(rhk.id, rhk.employee_id.id) for rhk in rhks]
        matrix = skp.role_matrix(results, team_rows, assignments, cascade)
        Emp = self.env["hr.employee"].sudo().with_context(active_test=False)
        # The unit's people first (its own, then those of the units below it), then the others
        # (members from other units), each by name.
        people = Emp.browse(sorted({emp for emp, _result in matrix}))
        below = self.env["hr.department"].sudo().search([("id", "child_of", dept.id)])
        unit_order = people.sorted(lambda e: (
            0 if e.department_id == dept else 1 if e.department_id in below else 2,
            e.name or "", e.id))
        columns, rows = skp.matrix_table(results, matrix, unit_order.ids)
        return {
            "unit": dept,
            "pd": dept.perangkat_daerah_id,
            "leader": leader,
            "year": self.year,
            "columns": Emp.browse(columns),
            "rows": [{
                "no": index + 1,
                "result": rhks.browse(result),
                "kind": KIND_LABELS.get(rhks.browse(result).kind, ""),
                "cells": [[(ROLE_LABELS[role], details.get((emp, result, role), []))
                           for role in roles] for emp, roles in zip(columns, cells, strict=True)],
            } for index, (result, cells) in enumerate(rows)],
            "legend": [
                (ROLE_LABELS[skp.OWNER], "pimpinan unit kerja yang memiliki Rencana Hasil Kerja"),
                (ROLE_LABELS[skp.KETUA_ROLE], "ketua tim kerja yang mewujudkan hasil"),
                (ROLE_LABELS[skp.ANGGOTA], "anggota tim kerja yang mewujudkan hasil"),
                (ROLE_LABELS[skp.INDIVIDU], "pegawai yang ditugaskan langsung (surat tugas)"),
                (ROLE_LABELS[skp.INTERVENSI], "Rencana Hasil Kerja pegawai yang mengintervensi "
                 "hasil pimpinan"),
            ],
        }

    def _matrix_data_or_raise(self):
        data = self._matrix_data()
        if not data["rows"]:
            raise UserError(self.env._(
                "No work result plan (RHK) of the head of %(unit)s for %(year)s: the matrix "
                "shares out the leader's results.",
                unit=data["unit"].name, year=self.year,
            ))
        return data

    @api.depends("department_id", "year", "company_id")
    @api.depends_context("uid")
    def _compute_matrix_html(self):
        for wizard in self:
            if not (wizard.department_id and wizard.year and wizard._asn_may_draw()):
                wizard.matrix_html = False
                continue
            wizard.matrix_html = self.env["ir.qweb"]._render(
                "sistem_kerja_asn.kinerja_matrix_table", {"M": wizard._matrix_data()},
            )

    # -- the outputs -------------------------------------------------------------------------------

    def action_print_pdf(self):
        self.ensure_one()
        self._matrix_data_or_raise()
        return self.env.ref("sistem_kerja_asn.action_report_asn_kinerja_matrix") \
            .report_action(self, config=False)

    def _matrix_xlsx(self, data):
        """Title rows (title, unit, PD, period), the header row (No, kind, the leader's RHK,
        then each employee with his NIP), a row per result, the legend; panes frozen below the
        header and right of the results."""
        buf = io.BytesIO()
        book = xlsxwriter.Workbook(buf, {"in_memory": True})
        sheet = book.add_worksheet("Matriks Peran Hasil")
        title = book.add_format({"bold": True, "font_size": 14})
        bold = book.add_format({"bold": True})
        head = book.add_format({"bold": True, "text_wrap": True, "valign": "top", "align": "center",
                                "bg_color": "#D9D9D9", "border": 1})
        cell = book.add_format({"text_wrap": True, "valign": "top", "border": 1})
        center = book.add_format({"valign": "top", "align": "center", "border": 1})
        columns = data["columns"]
        sheet.write_string(0, 0, "MATRIKS PERAN HASIL", title)
        sheet.write_string(1, 0, "Unit Kerja", bold)
        sheet.write_string(1, 2, data["unit"].name or "")
        sheet.write_string(2, 0, "Perangkat Daerah", bold)
        sheet.write_string(2, 2, data["pd"].name or "-")
        sheet.write_string(3, 0, "Periode", bold)
        sheet.write_string(3, 2, "1 Januari - 31 Desember %s" % data["year"])
        header_row = 5
        header = ["No", "Jenis", "Rencana Hasil Kerja Pimpinan"] + [
            "%s\nNIP %s" % (emp.name, emp.nip or "-") for emp in columns
        ]
        for col, text in enumerate(header):
            sheet.write_string(header_row, col, text, head)
        sheet.set_column(0, 0, 5)
        sheet.set_column(1, 1, 10)
        sheet.set_column(2, 2, 45)
        if columns:
            sheet.set_column(3, 2 + len(columns), 22)
        sheet.set_row(header_row, 45)
        for offset, row in enumerate(data["rows"], start=1):
            line = header_row + offset
            sheet.write_number(line, 0, row["no"], center)
            sheet.write_string(line, 1, row["kind"], cell)
            sheet.write_string(line, 2, row["result"].name or "", cell)
            for col, roles in enumerate(row["cells"], start=3):
                sheet.write_string(line, col, "\n".join(
                    label + (": " + ", ".join(details) if details else "")
                    for label, details in roles
                ), cell)
        sheet.freeze_panes(header_row + 1, 3)
        line = header_row + len(data["rows"]) + 2
        sheet.write_string(line, 0, "Keterangan:", bold)
        for offset, (label, meaning) in enumerate(data["legend"], start=1):
            sheet.write_string(line + offset, 0, "%s: %s" % (label, meaning))
        book.close()
        return buf.getvalue()

    def action_export_xlsx(self):
        self.ensure_one()
        data = self._matrix_data_or_raise()
        self.write({
            "file_data": base64.b64encode(self._matrix_xlsx(data)),
            "file_name": "Matriks Peran Hasil - %s - %s.xlsx" % (
                (data["unit"].name or "").replace("/", "-"), self.year),
        })
        return {
            "type": "ir.actions.act_url",
            "url": "/web/content/?model=%s&id=%s&field=file_data&filename_field=file_name"
                   "&download=true" % (self._name, self.id),
            "target": "self",
        }
