from odoo import http
from odoo.addons.portal.controllers.portal import CustomerPortal
from odoo.http import request

from ..rules import jam_kerja as jk


class SistemKerjaJamKerjaPortal(CustomerPortal):
    """The employee's working hours on his portal home (``/my``): the Monday assembly (R38) and
    his approved flexible group (R41)."""

    @http.route()
    def home(self, **kw):
        response = super().home(**kw)
        if hasattr(response, "qcontext"):
            response.qcontext.update(self._asn_work_info())
        return response

    def _asn_work_info(self):
        """What the home page shows; read as superuser for the user's own employee only (a
        portal user reads no employee)."""
        employee = request.env.user._asn_employees()[:1]
        if not employee:
            return {}
        env = request.env
        policy = env["asn.kedudukan.policy"].sudo()._for_company(employee.company_id)
        flex = employee.sudo().asn_flex_id
        groups = dict(env["resource.calendar"]._fields["asn_flex_group"]
                      ._description_selection(env))
        calendar = employee.sudo()._asn_calendar()
        return {
            "asn_work_hours": calendar.name or "",
            "asn_apel": policy.monday_assembly,
            "asn_apel_time": jk.hour_label(policy.monday_assembly_time or 0.0),
            "asn_apel_place": policy.monday_assembly_place or "",
            "asn_flex_group": groups.get(flex.calendar_id.asn_flex_group) or "",
            "asn_flex_location": flex.location or "",
            "asn_flex_from": flex.date_from,
            "asn_flex_until": flex.date_to,
        }
