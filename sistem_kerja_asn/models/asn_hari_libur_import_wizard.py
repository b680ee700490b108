import base64
from datetime import datetime
from datetime import time

import pytz
from odoo import fields
from odoo import models
from odoo.exceptions import AccessError
from odoo.exceptions import UserError

from ..rules import jam_kerja as jk
from ..rules.errors import RuleError


class AsnHariLiburImportWizard(models.TransientModel):
    """R39 (Perwali Denpasar 69/2023 Ps 19): the national holidays and joint leave (cuti bersama)
    of the year's SKB list, uploaded by the regional HR office as a CSV (``date,name``), become
    company-wide time off on every calendar of the company (Odoo's global
    ``resource.calendar.leaves``); working-day deadlines skip them."""

    _name = "asn.hari.libur.import.wizard"
    _description = "Import Holidays"

    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company,
    )
    file = fields.Binary(string="CSV File", required=True)
    filename = fields.Char()

    def _text(self):
        raw = base64.b64decode(self.file or b"")
        for encoding in ("utf-8-sig", "cp1252"):
            try:
                return raw.decode(encoding)
            except UnicodeDecodeError:
                continue
        raise UserError(self.env._("The file is not a text (CSV) file."))

    def action_import(self):
        """Create one company-wide day off per listed date; a date already off is skipped."""
        self.ensure_one()
        if not self.env.user.has_group("sistem_kerja_asn.group_admin_daerah") \
                or self.company_id not in self.env.user.company_ids:
            raise AccessError(self.env._(
                "The regional HR office of the company imports its holidays."))
        try:
            rows = jk.parse_holidays_csv(self._text())
        except RuleError as err:
            raise UserError(err.render(self.env._)) from err
        company = self.company_id
        tz = pytz.timezone(company.resource_calendar_id.tz or jk.TIMEZONE)
        Leave = self.env["resource.calendar.leaves"].sudo().with_company(company)
        calendar = company.resource_calendar_id.sudo()
        known = calendar._asn_holidays(company, rows[0][0], rows[-1][0]) if calendar else set()
        vals_list = []
        for day, name in rows:
            if day in known:
                continue
            start = tz.localize(datetime.combine(day, time.min)).astimezone(pytz.utc)
            end = tz.localize(datetime.combine(day, time(23, 59, 59))).astimezone(pytz.utc)
            vals_list.append({
                "name": name, "company_id": company.id, "calendar_id": False,
                "resource_id": False, "time_type": "leave",
                "date_from": start.replace(tzinfo=None), "date_to": end.replace(tzinfo=None),
            })
        leaves = Leave.create(vals_list)
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Holidays"),
            "res_model": "resource.calendar.leaves",
            "view_mode": "list,form",
            "domain": [("id", "in", leaves.ids)] if leaves else [
                ("resource_id", "=", False), ("company_id", "=", company.id)],
            "target": "current",
        }
