from odoo import models


class ResUsers(models.Model):
    _inherit = "res.users"

    def _asn_employees(self):
        """The employees of this user in every company (a cross-agency step is taken by a user
        of the other government, whatever companies the current context allows)."""
        self.ensure_one()
        return self.env["hr.employee"].sudo().with_context(active_test=False).search(
            [("user_id", "=", self.id)]
        )
