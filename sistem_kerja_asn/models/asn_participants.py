from odoo import models
from odoo.osv import expression
from odoo.tools import SQL

# The work models whose record rules read a stored list of participant users (issue 7), in the
# order their participants are recomputed: an escalation reads its team's list.
PARTICIPANT_MODELS = ("asn.penugasan", "asn.tim.kerja", "asn.laporan", "asn.eskalasi")


class HrEmployee(models.Model):
    _inherit = "hr.employee"

    def _asn_refresh_participants(self, units=None):
        """Access follows the link (issue 11): recompute the stored participants of the
        assignments, teams, reports and raised problems in which these employees hold a role, or
        whose units (``units`` and below) may have a new head, then write them.

        Called when an employee's user changes (``write``), when a unit's head or parent changes
        (``hr.department.write``) and when the resolver changes PPKs or PUOs (its bulk SQL fires
        no ORM trigger). Only the records concerned are recomputed: those of the employees, of
        the people they appraise or lead, of their teams, and of the units they head (a head
        holds the PUO and PD-head roles of everything below, R2, R3).
        """
        env = self.env
        Emp = env["hr.employee"].sudo().with_context(active_test=False)
        Dept = env["hr.department"].sudo().with_context(active_test=False)
        employees = Emp.browse(self.ids).exists()
        units = Dept.browse(units.ids if units else []).exists()
        if not employees and not units:
            return
        # A head (or the PPK of a head, the PPK_OWNER role) reaches the records of the units
        # he heads and all below them.
        heads = employees | Emp.search([("ppk_id", "in", employees.ids),
                                        ("id", "not in", employees.ids)])
        headed = Dept.search([("manager_id", "in", heads.ids)]) if heads else Dept
        subtree = Dept.search([("id", "child_of", (headed | units).ids)]) if headed | units \
            else Dept
        companies = env["res.company"].sudo().search([("asn_pyb_id", "in", employees.ids)]) \
            if employees and "asn_pyb_id" in env["res.company"]._fields else env["res.company"]
        emp_ids, unit_ids = employees.ids, subtree.ids

        def find(model, *domains):
            domains = [d for d in domains if d]
            if not domains:
                return env[model].sudo().browse()
            return env[model].sudo().with_context(active_test=False).search(
                expression.OR(domains))

        assignments = find(
            "asn.penugasan",
            emp_ids and [("employee_id", "in", emp_ids)],
            emp_ids and [("employee_id.ppk_id", "in", emp_ids)],
            emp_ids and [("employee_id.pimpinan_unit_id", "in", emp_ids)],
            emp_ids and [("tim_kerja_id.member_ids.employee_id", "in", emp_ids)],
            unit_ids and [("owning_unit_id", "in", unit_ids)],
            unit_ids and [("target_unit_id", "in", unit_ids)],
            unit_ids and [("employee_department_id", "in", unit_ids)],
            companies and [("company_id", "in", companies.ids)],
            companies and [("target_company_id", "in", companies.ids)],
        )
        teams = find(
            "asn.tim.kerja",
            emp_ids and [("member_ids.employee_id", "in", emp_ids)],
            unit_ids and [("owning_unit_id", "in", unit_ids)],
        )
        reports = find(
            "asn.laporan",
            assignments and [("penugasan_id", "in", assignments.ids)],
            emp_ids and [("submitter_id", "in", emp_ids)],
        ) | self._asn_reports_reviewed_by(emp_ids)
        escalations = find(
            "asn.eskalasi",
            teams and [("tim_kerja_id", "in", teams.ids)],
            emp_ids and [("tim_kerja_id.member_ids.employee_id.pimpinan_unit_id", "in", emp_ids)],
        )
        todo = dict(zip(PARTICIPANT_MODELS, (assignments, teams, reports, escalations),
                        strict=True))
        for model, records in todo.items():
            field = env[model]._fields["participant_user_ids"]
            for computed in env.registry.field_computed.get(field, [field]):
                env.add_to_compute(computed, records)
        for model, records in todo.items():
            if records:
                env[model].sudo().flush_model(["participant_user_ids"])

    def _asn_reports_reviewed_by(self, emp_ids):
        """The reports whose review chain (fixed at submission, R32) names one of these
        employees as a reviewer."""
        Report = self.env["asn.laporan"].sudo()
        if not emp_ids or "chain_data" not in Report._fields:
            return Report
        Report.flush_model(["chain_data"])
        rows = self.env.execute_query(SQL(
            "SELECT id FROM asn_laporan WHERE jsonb_typeof(chain_data) = 'array' AND EXISTS ("
            " SELECT 1 FROM jsonb_array_elements(chain_data) step"
            " WHERE step->>'reviewer_id' = ANY(%s))",
            [str(i) for i in emp_ids],
        ))
        return Report.browse(r[0] for r in rows)
