from odoo import api
from odoo import fields
from odoo import models

from ..rules import positions
from .hr_employee import JABATAN_LEVELS


class HrEmployeePublic(models.Model):
    """Position and the resolved officials are organisation facts every colleague may read
    (like the manager); NIP, rank, the reasons, the problems and the delegations stay HR-only
    (issue 11: every field the addon adds to hr.employee and not here has
    ``groups="hr.group_hr_user"``)."""

    _inherit = "hr.employee.public"

    jabatan_type = fields.Selection(positions.JABATAN_TYPES, string="Position Class", readonly=True)
    jenjang = fields.Selection(positions.JENJANG, readonly=True)
    jabatan_level = fields.Selection(
        JABATAN_LEVELS, string="Official Level", readonly=True,
    )
    ppk_id = fields.Many2one("hr.employee.public", string="Appraiser (PPK)", readonly=True)
    pimpinan_unit_id = fields.Many2one(
        "hr.employee.public", string="Unit Leader (PUO)", readonly=True
    )
    atasan_ppk_id = fields.Many2one(
        "hr.employee.public", string="Appraiser's Superior", readonly=True
    )
    koordinator_id = fields.Many2one("hr.employee.public", string="Coordinator", readonly=True)

    # -- issue 14: the employee's card on the leader's dashboard (models/asn_dashboard.py) ---

    asn_dash_active_count = fields.Integer(
        compute="_compute_asn_dash_counts", string="Active Assignments")
    asn_dash_team_count = fields.Integer(
        compute="_compute_asn_dash_counts", string="Active Teams")
    asn_dash_report_count = fields.Integer(
        compute="_compute_asn_dash_counts", string="Open Reports")
    asn_dash_late_count = fields.Integer(
        compute="_compute_asn_dash_counts", string="Late Assignments")
    asn_dash_load = fields.Float(compute="_compute_asn_dash_counts", string="Load")

    @api.depends_context("uid", "allowed_company_ids")
    def _compute_asn_dash_counts(self):
        """Per employee, as the current user: the same counters as his unit's card."""
        ids = self.filtered("id").ids
        Penugasan = self.env["asn.penugasan"]
        active = {
            emp.id: (count, load) for emp, count, load in Penugasan._read_group(
                [("employee_id", "in", ids), ("is_active_assignment", "=", True)],
                ["employee_id"], ["__count", "load_weight:sum"])
        }
        late = dict(
            (emp.id, count) for emp, count in Penugasan._read_group(
                [("employee_id", "in", ids)] + Penugasan._asn_late_domain(),
                ["employee_id"], ["__count"])
        )
        teams = dict(
            (emp.id, count) for emp, count in self.env["asn.tim.kerja.member"]._read_group(
                [("employee_id", "in", ids), ("tim_kerja_id.state", "=", "established")],
                ["employee_id"], ["__count"])
        )
        reports = dict(
            (emp.id, count) for emp, count in self.env["asn.laporan"]._read_group(
                [("submitter_id", "in", ids)] + self.env["asn.laporan"]._asn_open_domain(),
                ["submitter_id"], ["__count"])
        )
        for emp in self:
            emp.asn_dash_active_count, emp.asn_dash_load = active.get(emp.id, (0, 0.0))
            emp.asn_dash_late_count = late.get(emp.id, 0)
            emp.asn_dash_team_count = teams.get(emp.id, 0)
            emp.asn_dash_report_count = reports.get(emp.id, 0)

    def action_asn_dash_assignments(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window", "res_model": "asn.penugasan",
            "name": self.env._("Assignments: %(employee)s", employee=self.name),
            "view_mode": "list,form", "views": [(False, "list"), (False, "form")],
            "domain": [("employee_id", "=", self.id)],
            "context": {"search_default_active_assignments": 1},
        }
