from odoo import models
from odoo.addons.sistem_kerja_asn.rules import jam_kerja as jk


class AsnKerjaFleksibel(models.Model):
    """R41: when a flexible work request is approved (or its period or group changes after), the
    employee's check-ins of its period are measured against the group again."""

    _inherit = "asn.kerja.fleksibel"

    def _asn_attendance_scopes(self):
        """[(employee, first day, last day)] of the approved requests by time."""
        return [
            (rec.employee_id, rec.date_from, rec.date_to)
            for rec in self.sudo()
            if rec.state == jk.APPROVED and rec.calendar_id
        ]

    def write(self, vals):
        if not {"state", "date_from", "date_to", "calendar_id", "employee_id"} & set(vals):
            return super().write(vals)
        before = self._asn_attendance_scopes()
        res = super().write(vals)
        self.env["hr.attendance"]._asn_recompute_late(before + self._asn_attendance_scopes())
        return res
