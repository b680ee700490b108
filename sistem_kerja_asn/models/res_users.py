from odoo import api
from odoo import fields
from odoo import models


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
        rules' SQL as cheap as the superuser's (bench/access_bench.py)."""
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
