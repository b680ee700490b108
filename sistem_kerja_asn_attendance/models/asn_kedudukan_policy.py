from datetime import datetime
from datetime import time
from datetime import timedelta

from odoo import fields
from odoo import models


class AsnKedudukanPolicy(models.Model):
    """Perwali Denpasar 69/2023 Ps 24 in the attendances: the hours in force before the
    regulation's, against which check-ins dated before the switch are measured."""

    _inherit = "asn.kedudukan.policy"

    work_calendar_before_id = fields.Many2one(
        "resource.calendar", string="Working Hours Before", tracking=True, ondelete="set null",
        help="Perwali Denpasar 69/2023 Ps 24: the company's working hours before the regulation's "
        "applied. Check-ins dated before the date of the new working hours are measured against "
        "them. Recorded when the company switches; set it by hand if the switch came before the "
        "Attendances app.",
    )

    def _asn_apply_work_calendar(self, today=None):
        """DPS Ps 24: remember the hours the company leaves for the regulation's."""
        before = {policy.id: policy.sudo().company_id.resource_calendar_id for policy in self}
        res = super()._asn_apply_work_calendar(today=today)
        for policy in self.sudo():
            old, new = before[policy.id], policy.company_id.resource_calendar_id
            if old and old != new and new == policy.work_calendar_id:
                policy.work_calendar_before_id = old
        return res

    def write(self, vals):
        """Check-ins dated before the switch are measured again when its date or the hours
        before it change (DPS Ps 24)."""
        dates = {policy.id: policy.work_calendar_from for policy in self}
        res = super().write(vals)
        if {"work_calendar_id", "work_calendar_from", "work_calendar_before_id"} & set(vals):
            for policy in self.sudo():
                last = max(filter(None, (dates[policy.id], policy.work_calendar_from)),
                           default=None)
                if last:
                    self.env["hr.attendance"].sudo().search([
                        ("employee_id.company_id", "=", policy.company_id.id),
                        ("check_in", "<", datetime.combine(last + timedelta(days=2), time.min)),
                    ])._asn_measure_again()
        return res
