from odoo import api
from odoo import fields
from odoo import models

# The work documents whose activities tell a user what waits for him (issue 14).
ASN_DOCUMENT_MODELS = (
    "asn.penugasan", "asn.tim.kerja", "asn.laporan", "asn.eskalasi", "asn.kinerja",
    "asn.kinerja.rekomendasi", "asn.delegasi.penilaian", "asn.kerja.fleksibel",
    "asn.pengecualian.jam.kerja",
)


class ResUsers(models.Model):
    _inherit = "res.users"

    asn_admin_pd_ids = fields.Many2many(
        "hr.department", "asn_admin_pd_user_rel", "user_id", "department_id",
        string="Administered Regional Agencies",
        domain="[('is_perangkat_daerah', '=', True)]",
        help="The Perangkat Daerah an HR clerk (Admin Kepegawaian PD) administers: their "
        "employees' assignments, reports and performance records.",
    )
    asn_led_unit_ids = fields.Many2many(
        "hr.department", compute="_compute_asn_unit_scopes", string="Units Led",
        help="The units this user heads and every unit below them: as their leader (PUO) the "
        "user reads the work of the employees in them (record rules).",
    )
    asn_admin_unit_ids = fields.Many2many(
        "hr.department", compute="_compute_asn_unit_scopes", string="Administered Units",
        help="Every unit of the PDs this HR clerk administers (record rules).",
    )

    @api.depends("asn_admin_pd_ids")
    @api.depends_context("uid")
    def _compute_asn_unit_scopes(self):
        """Expanded once here (the record rules cache the ids): a plain ``IN`` list keeps the
        rules' SQL as cheap as the superuser's (bench/regency_bench.py, measure c)."""
        Dept = self.env["hr.department"].sudo().with_context(active_test=False)
        for user in self:
            employees = user._asn_employees()
            led = Dept.search([("manager_id", "in", employees.ids)]) if employees else Dept
            user.asn_led_unit_ids = Dept.search([("id", "child_of", led.ids)]) if led else Dept
            pds = user.sudo().asn_admin_pd_ids
            user.asn_admin_unit_ids = Dept.search([("id", "child_of", pds.ids)]) if pds else Dept

    def _asn_hr_covers(self, unit, company):
        """An HR clerk of the PD of ``unit`` (Admin PD), or the regional HR office of
        ``company`` (Admin Daerah): the HR role on a record (issue 7)."""
        self.ensure_one()
        if company not in self.company_ids:
            return False
        if self.has_group("sistem_kerja_asn.group_admin_daerah"):
            return True
        return bool(self.has_group("sistem_kerja_asn.group_admin_pd")
                    and unit and unit in self.sudo().asn_admin_unit_ids)

    def _asn_employees(self):
        """The employees of this user in every company (a cross-agency step is taken by a user
        of the other government, whatever companies the current context allows)."""
        self.ensure_one()
        return self.env["hr.employee"].sudo().with_context(active_test=False).search(
            [("user_id", "=", self.id)]
        )

    def write(self, vals):
        res = super().write(vals)
        if "asn_admin_pd_ids" in vals:
            self.env.registry.clear_cache()  # the record rules read it
        return res

    def _asn_home_action(self):
        """Issue 14: where "Sistem Kerja" opens for this user. The HR clerk and a leader (he
        heads a unit) land on their dashboard (what waits for their decision, the problems, the
        units' workload and late work: models/asn_dashboard.py); an employee on the reports
        returned to him, else the work he has to report on."""
        self.ensure_one()
        Action = self.env["ir.actions.act_window"]
        if self.has_group("sistem_kerja_asn.group_admin_pd") or self.asn_led_unit_ids:
            return self.env["asn.dashboard"].with_user(self)._action_for_current_user()
        returned = self.env["asn.laporan"].search_count(
            [("submitter_id.user_id", "=", self.id), ("state", "=", "returned")], limit=1)
        if returned:
            return Action._for_xml_id("sistem_kerja_asn.asn_my_work_returned_action")
        return Action._for_xml_id("sistem_kerja_asn.asn_my_work_to_report_action")

    def _asn_my_units_work_action(self):
        """Issue 14: the work of every unit this user heads and of the units below them (a
        Camat follows his Seksi and Kelurahan, not only the staff whose PUO he is)."""
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "sistem_kerja_asn.asn_my_units_work_action")
        units = self.asn_led_unit_ids.ids
        action["domain"] = ["|", ("employee_department_id", "in", units),
                            ("owning_unit_id", "in", units)]
        return action
